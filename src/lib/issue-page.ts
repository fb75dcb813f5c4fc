/** The issue pages and what each shows, so the route stays a dozen lines. */
import { loadArchive } from './content.ts';
import { issueNeighbours, buildTocView } from './toc-view.ts';

/** Every issue page with what it shows: 目录 as printed, 卷首要闻, 卷首语, neighbours. */
export async function issuePaths() {
  const archive = await loadArchive();
  return archive.issues.map((issue) => {
    const articles = archive.articlesOf(issue.id);
    return {
      params: { issue: issue.id },
      props: {
        issue,
        toc: buildTocView(archive, issue),
        news: articles.filter((a) => a.data.kind === 'news'),
        foreword: articles.find((a) => a.data.kind === 'editorial'),
        ...issueNeighbours(archive, issue),
      },
    };
  });
}
