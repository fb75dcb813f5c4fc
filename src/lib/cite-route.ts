/** The downloadable citation files of each article (`cite.bib`, `cite.ris`): one route helper for both. */
import type { APIRoute } from 'astro';
import { citeFields } from './article-meta.ts';
import { bibtex, ris } from './citation.ts';
import { articleUrl, loadArchive, type Article, type Issue } from './content.ts';

export async function citeStaticPaths() {
  const archive = await loadArchive();
  return archive.articles.map((article) => ({
    params: { issue: article.data.issue, slug: article.data.slug },
    props: { article, issue: archive.issueOf(article) },
  }));
}

const TYPES = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
} as const;

export function citeRoute(format: 'bib' | 'ris'): APIRoute {
  return ({ props, site }) => {
    const { article, issue } = props as { article: Article; issue: Issue };
    const fields = citeFields(article, issue, new URL(articleUrl(article), site).href);
    const body =
      format === 'bib'
        ? bibtex(fields, `zjgy-${article.data.issue}-${article.data.slug}`)
        : ris(fields);
    return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
  };
}
