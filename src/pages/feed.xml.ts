import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { labelWithTotals } from '../core/issue-label.ts';
import { articleUrl, loadArchive } from '../lib/content.ts';
import { urls } from '../lib/urls.ts';

/**
 * The newest issues a feed carries. All of them made a 17 MB feed at 400
 * issues; readers poll it, and the archive's pages and sitemap list the rest.
 */
const FEED_ISSUES = 5;

/** RSS of the newest issues and their articles, newest issue first. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const issues = [...archive.issues].reverse().slice(0, FEED_ISSUES);
  const items = issues.flatMap((issue) => {
    const pubDate = new Date(issue.data.date ?? `${issue.data.year}-01-01`);
    return [
      {
        title: `${issue.data.title} ${labelWithTotals(issue.data)}${issue.data.volumeTitle ?? ''}`,
        link: urls.issue(issue.id),
        pubDate,
      },
      ...archive.articlesOf(issue.id).map((a) => ({
        title: a.data.title,
        link: articleUrl(a),
        pubDate,
        description: [a.data.org, a.data.subtitle, a.data.byline].filter(Boolean).join(' · '),
        categories: [a.data.section, a.data.city, a.data.type].filter((x): x is string => !!x),
      })),
    ];
  });
  return rss({
    title: '《浙江工运》数字档案',
    description: '《浙江工运》历期汇编：新刊与文章',
    site: site!,
    items,
    customData: '<language>zh-cn</language>',
  });
};
