/**
 * `content.ts` is the one caller of `getCollection`; here `astro:content` is
 * replaced by a few in-memory entries, so the archive's order, neighbours,
 * redirects and pilots can be checked without a build.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Entry = {
  id: string;
  data: Record<string, unknown>;
  rendered?: { metadata?: Record<string, unknown> };
  filePath?: string;
};
let collections: Record<string, Entry[]> = {};

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => [...(collections[name] ?? [])],
}));

const issue = (id: string, year: number, n: number): Entry => ({
  id,
  data: { year, numbers: [n, n + 1] },
});
const article = (
  issueId: string,
  slug: string,
  order: number,
  extra: Record<string, unknown> = {},
): Entry => ({
  id: `${issueId}/articles/${slug}`,
  data: { issue: issueId, slug, order, kind: 'article', ...extra },
});

async function load() {
  vi.resetModules();
  const content = await import('./content.ts');
  return { content, archive: await content.loadArchive() };
}

beforeEach(() => {
  collections = {
    // Listed out of order on purpose: collection order is not guaranteed.
    issues: [issue('2019-1-2', 2019, 1), issue('2018-5-6', 2018, 5), issue('2018-11-12', 2018, 11)],
    articles: [
      article('2019-1-2', 'later', 1),
      article('2018-5-6', 'afterword', 3),
      article('2018-5-6', 'overview', 1, { redirectFrom: ['zongshu'] }),
      article('2018-11-12', 'only', 1),
      article('2018-5-6', 'yunqi', 2, { kind: 'pilot', pilot: 'yunqi' }),
      article('2019-1-2', 'yunqi-again', 2, { kind: 'pilot', pilot: 'yunqi' }),
      article('2019-1-2', 'unregistered', 3, { kind: 'pilot' }),
    ],
    pilots: [
      { id: 'unused', data: { name: '乙', city: '杭州市' } },
      { id: 'yunqi', data: { name: '云栖小镇总工会', city: '杭州市', county: '西湖区' } },
    ],
    redirects: [{ id: 'r1', data: { from: '/issues/2018-5-6/old/', to: '/issues/2018-5-6/' } }],
  };
});

describe('loadArchive', () => {
  it('orders issues oldest first, by year then number, and articles by issue then their order', async () => {
    const { archive } = await load();
    expect(archive.issues.map((i) => i.id)).toEqual(['2018-5-6', '2018-11-12', '2019-1-2']);
    expect(archive.articles.map((a) => a.data.slug)).toEqual([
      'overview', 'yunqi', 'afterword', 'only', 'later', 'yunqi-again', 'unregistered',
    ]); // prettier-ignore
    expect(archive.articlesOf('2018-5-6').map((a) => a.data.slug)).toEqual([
      'overview',
      'yunqi',
      'afterword',
    ]);
    expect(archive.articlesOf('1999-1')).toEqual([]);
  });

  it('gives an article its previous and next article within its issue only', async () => {
    const { content, archive } = await load();
    const [overview, yunqi, afterword, only] = archive.articles;
    expect(content.neighbours(archive, yunqi!)).toEqual({ prev: overview, next: afterword });
    expect(content.neighbours(archive, overview!)).toEqual({ next: yunqi });
    expect(content.neighbours(archive, afterword!)).toEqual({ prev: yunqi });
    expect(content.neighbours(archive, only!)).toEqual({});
  });

  it('keeps old URLs working: redirects from the file and from each article’s earlier slugs, sorted', async () => {
    const { content, archive } = await load();
    expect(archive.redirects).toEqual([
      { from: '/issues/2018-5-6/old/', to: '/issues/2018-5-6/' },
      { from: '/issues/2018-5-6/zongshu/', to: '/issues/2018-5-6/overview/' },
    ]);
    expect(content.articleUrl(archive.articles[0]!)).toBe('/issues/2018-5-6/overview/');
  });

  it('lists pilots that have reports, with their reports oldest first; an unregistered report is its own pilot', async () => {
    const { archive } = await load();
    expect(archive.pilotEntries.map((p) => p.id)).toEqual(['yunqi']);
    expect(archive.reportsOf('yunqi').map((a) => a.data.slug)).toEqual(['yunqi', 'yunqi-again']);
    expect(archive.reportsOf('unregistered').map((a) => a.data.slug)).toEqual(['unregistered']);
    expect(archive.pilots).toHaveLength(3);
    expect(archive.pilotOf(archive.articles[1]!)?.id).toBe('yunqi');
    expect(archive.issueOf(archive.articles[4]!).id).toBe('2019-1-2');
  });

  it('stops the build naming the file when an article’s issue or pilot does not exist', async () => {
    collections.articles!.push(article('2020-1', 'stray', 1));
    await expect(load()).rejects.toThrow(
      'content/issues/2020-1/articles/stray.mdx: field `issue`: no issue “2020-1” (content/issues/2020-1/issue.yaml)',
    );
    collections.articles!.pop();
    collections.articles!.push(article('2018-5-6', 'ghost', 9, { kind: 'pilot', pilot: 'ghost' }));
    await expect(load()).rejects.toThrow('field `pilot`: no pilot “ghost” in content/pilots.yaml');
  });
});

describe('getPlainText', () => {
  it('returns the plain text the loader made, and says so when an article did not come through it', async () => {
    const { content } = await load();
    const withText = { id: 'a', data: {}, rendered: { metadata: { plainText: '正文' } } };
    expect(content.getPlainText(withText as never)).toBe('正文');
    expect(() =>
      content.getPlainText({
        id: 'b',
        data: {},
        filePath: 'content/issues/x/articles/b.mdx',
      } as never),
    ).toThrow(
      'content/issues/x/articles/b.mdx: no plain text: articles must come through articleLoader',
    );
  });
});
