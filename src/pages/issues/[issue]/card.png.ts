import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, type Issue } from '../../../lib/content.ts';
import { issueCard, renderCard } from '../../../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.issues.map((issue) => ({ params: { issue: issue.id }, props: { issue } }));
}) satisfies GetStaticPaths;

/** The issue's social card (OpenGraph image), shared by the issue page and its articles. */
export const GET: APIRoute = async ({ props }) => {
  const { issue } = props as { issue: Issue };
  const png = await renderCard(issueCard(issue.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
