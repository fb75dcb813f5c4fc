import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, type Article, type Issue } from '../../../../lib/content.ts';
import { renderCard } from '../../../../lib/social-card.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.articles.map((article) => ({
    params: { issue: article.data.issue, slug: article.data.slug },
    props: { article, issue: archive.issueOf(article) },
  }));
}) satisfies GetStaticPaths;

/** The article's social card (OpenGraph image). */
export const GET: APIRoute = async ({ props }) => {
  const { article, issue } = props as { article: Article; issue: Issue };
  const d = article.data;
  const png = await renderCard({
    title: d.title,
    ...(d.org && d.org !== d.title
      ? { subtitle: d.org }
      : d.subtitle
        ? { subtitle: d.subtitle }
        : {}),
    footer: `《浙江工运》${issue.data.label} · ${d.section}${d.page !== undefined ? ` · 第 ${d.page} 页` : ''}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
