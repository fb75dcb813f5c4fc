/**
 * An OAI-PMH Static Repository (one XML file holding Identify,
 * ListMetadataFormats and ListRecords, as CollectionBuilder publishes one):
 * harvesters reach it through a Static Repository Gateway, which answers the
 * OAI-PMH verbs from this file. Pure: records in, XML text out. Built with
 * xmlbuilder2, which escapes text and attributes and declares namespaces;
 * characters XML 1.0 forbids are removed first ({@link cleanXmlText}), since
 * xmlbuilder2 would pass them through and a harvester's parser would reject the file.
 */
import { create } from 'xmlbuilder2';

export const NS = {
  static: 'http://www.openarchives.org/OAI/2.0/static-repository',
  oai: 'http://www.openarchives.org/OAI/2.0/',
  oaiDc: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** The fifteen Dublin Core elements, in oai_dc's order; each may repeat. */
export const DC_ELEMENTS = [
  'title',
  'creator',
  'subject',
  'description',
  'publisher',
  'contributor',
  'date',
  'type',
  'format',
  'identifier',
  'source',
  'language',
  'relation',
  'coverage',
  'rights',
] as const;

export type DcElement = (typeof DC_ELEMENTS)[number];

export interface OaiRecord {
  /** `oai:<host>:<local id>`, unique in the repository. */
  identifier: string;
  /** YYYY-MM-DD: when the record was made or last changed. */
  datestamp: string;
  dc: Partial<Record<DcElement, string[]>>;
}

export interface StaticRepository {
  repositoryName: string;
  /** The gateway's URL followed by this file's URL without its scheme (spec §3.2). */
  baseURL: string;
  adminEmail: string;
  records: OaiRecord[];
}

/** Text without the characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE/F; lone surrogates). */
export function cleanXmlText(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** The static repository file. Records keep their order; the earliest datestamp is computed from them. */
export function buildStaticRepository(repo: StaticRepository): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.static, 'Repository', {
    'xmlns:oai': NS.oai,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.static} http://www.openarchives.org/OAI/2.0/static-repository.xsd`,
  });
  const oai = (parent: typeof root, name: string, text?: string) => {
    const el = parent.ele(NS.oai, `oai:${name}`);
    if (text !== undefined) el.txt(cleanXmlText(text));
    return el;
  };
  const earliest = repo.records.map((r) => r.datestamp).sort()[0] ?? '1970-01-01';
  const identify = root.ele('Identify');
  oai(identify, 'repositoryName', repo.repositoryName);
  oai(identify, 'baseURL', repo.baseURL);
  oai(identify, 'protocolVersion', '2.0');
  oai(identify, 'adminEmail', repo.adminEmail);
  oai(identify, 'earliestDatestamp', earliest);
  oai(identify, 'deletedRecord', 'no');
  oai(identify, 'granularity', 'YYYY-MM-DD');
  const format = oai(root.ele('ListMetadataFormats'), 'metadataFormat');
  oai(format, 'metadataPrefix', 'oai_dc');
  oai(format, 'schema', 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd');
  oai(format, 'metadataNamespace', NS.oaiDc);
  const list = root.ele('ListRecords', { metadataPrefix: 'oai_dc' });
  for (const r of repo.records) {
    const record = oai(list, 'record');
    const header = oai(record, 'header');
    oai(header, 'identifier', r.identifier);
    oai(header, 'datestamp', r.datestamp);
    const dc = oai(record, 'metadata').ele(NS.oaiDc, 'oai_dc:dc', {
      'xmlns:dc': NS.dc,
      'xsi:schemaLocation': `${NS.oaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
    });
    for (const name of DC_ELEMENTS)
      for (const v of r.dc[name] ?? []) {
        const text = cleanXmlText(v).trim();
        if (text) dc.ele(NS.dc, `dc:${name}`).txt(text);
      }
  }
  return root.end({ prettyPrint: true });
}
