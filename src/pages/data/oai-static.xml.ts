import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/content.ts';
import { archiveStaticRepository } from '../../lib/oai-records.ts';

/** Every article as an OAI-PMH static repository (oai_dc), for harvesters. */
export const GET: APIRoute = async ({ site }) =>
  new Response(archiveStaticRepository(await loadArchive(), site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
