import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/content.ts';
import { PILOT_FIELDS, pilotRecords, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(pilotRecords(await loadArchive()), PILOT_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
