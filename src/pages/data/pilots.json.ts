import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/content.ts';
import { pilotRecords } from '../../lib/export.ts';

/** Every pilot of the archive, across issues. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(pilotRecords(await loadArchive()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
