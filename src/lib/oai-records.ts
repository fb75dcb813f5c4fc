/** The archive as an OAI-PMH static repository: one `oai_dc` record per article (src/lib/oai-record.ts). */
import type { Archive } from './content.ts';
import { buildOaiRecord } from './oai-record.ts';
import { buildStaticRepository } from './oai-static.ts';
import { findPractices } from './practices.ts';
import { urls } from './urls.ts';

/**
 * The Static Repository Gateway that makes the file harvestable (OAI_GATEWAY):
 * none has agreed yet, so the default is the specification's placeholder, as
 * CollectionBuilder's template ships it. Set it when registering with one.
 */
export const OAI_GATEWAY = process.env.OAI_GATEWAY ?? 'http://gateway.institution.org/oai/';

/** The static repository file of the whole archive, served at `urls.oaiStatic()`. */
export function archiveStaticRepository(archive: Archive, site: URL): string {
  const file = new URL(urls.oaiStatic(), site);
  const newest = archive.issues.at(-1);
  // The newest colophon's address: the editors answer for the archive's records.
  const email = newest?.data.colophon.find((c) => c.label === '电子邮箱')?.value ?? '';
  return buildStaticRepository({
    repositoryName: '《浙江工运》数字档案',
    baseURL: `${OAI_GATEWAY}${file.host}${file.pathname}`,
    adminEmail: email,
    records: archive.articles.map((a) =>
      buildOaiRecord(a, archive.issueOf(a), site, findPractices(a).map((p) => p.name)),
    ),
  });
}
