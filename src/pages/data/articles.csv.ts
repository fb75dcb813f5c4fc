import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/content.ts';
import { ARTICLE_FIELDS, articleRecords, toCsv } from '../../lib/export.ts';

/** The same records as `articles.json`, without the text, for spreadsheets. */
export const GET: APIRoute = async () => {
  const fields = ARTICLE_FIELDS.filter((f) => f !== 'text');
  return new Response(toCsv(articleRecords(await loadArchive()), fields), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
