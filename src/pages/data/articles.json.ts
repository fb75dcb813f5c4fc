import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/content.ts';
import { articleRecords } from '../../lib/export.ts';

/** Every article of the archive with its metadata and plain text, for researchers and tests. */
export const GET: APIRoute = async () => {
  const records = articleRecords(await loadArchive());
  return new Response(JSON.stringify(records, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
