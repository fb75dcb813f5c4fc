import { describe, expect, it } from 'vitest';
import type { Archive, Article, Issue } from './content.ts';
import { homePage } from './home-page.ts';

const issue = (id: string, year: number) => ({ id, data: { year, label: id } }) as unknown as Issue;
const article = (sectionKey: string, extra: Record<string, string> = {}) =>
  ({ data: { sectionKey, ...extra } }) as unknown as Article;

describe('homePage', () => {
  it('counts issues, articles, pilot reports and pilots, and groups the issues newest year first', () => {
    const report = article('special', { city: '杭州市', pilot: 'x' });
    const archive = {
      issues: [issue('2018-1', 2018), issue('2019-1', 2019), issue('2018-2', 2018)],
      articles: [article('foreword'), report],
      pilots: [report],
      pilotEntries: [{ id: 'x' }],
    } as unknown as Archive;
    const page = homePage(archive);
    expect(page.figures).toEqual({ issues: 3, articles: 2, reports: 1, pilots: 1 });
    expect(page.years.map(([year, list]) => [year, list.map((i) => i.id)])).toEqual([
      [2019, ['2019-1']],
      [2018, ['2018-1', '2018-2']],
    ]);
    expect(page.sections.map((s) => [s.section.name, s.articles.length])).toEqual([
      ['卷首语', 1],
      ['特别报道', 1],
    ]);
    // Every city is listed, even one with no reports yet.
    expect(page.cities).toHaveLength(11);
    expect(page.cities.find((c) => c.city.name === '杭州市')!.reports).toEqual([report]);
  });
});
