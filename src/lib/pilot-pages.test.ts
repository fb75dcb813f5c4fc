import { describe, expect, it } from 'vitest';
import type { Archive, Article, Issue, Pilot } from './content.ts';
import { groupPilotsByCity, pilotIndex, pilotPages } from './pilot-pages.ts';

const pilot = (id: string, city?: string) =>
  ({ id, data: { name: id, ...(city ? { city } : {}) } }) as unknown as Pilot;
const report = (pilotId: string, issue: string) =>
  ({ id: `${issue}/${pilotId}`, data: { issue, pilot: pilotId } }) as unknown as Article;

/** Two pilots in 杭州市 (one reported twice), one with no city. */
function archive(): Archive {
  const pilotEntries = [pilot('a', '杭州市'), pilot('b', '杭州市'), pilot('c')];
  const pilots = [
    report('a', '2018-1'),
    report('b', '2018-1'),
    report('a', '2018-2'),
    report('c', '2018-2'),
  ];
  const issues = ['2018-1', '2018-2'].map(
    (id) => ({ id, data: { label: id } }) as unknown as Issue,
  );
  return {
    pilotEntries,
    pilots,
    reportsOf: (id: string) => pilots.filter((a) => a.data.pilot === id),
    issueOf: (a: Article) => issues.find((i) => i.id === a.data.issue)!,
  } as unknown as Archive;
}

describe('groupPilotsByCity', () => {
  it('groups pilots by city in the order the cities first come, a pilot with no city under 其他', () => {
    const groups = groupPilotsByCity(
      [pilot('a', '宁波市'), pilot('b'), pilot('c', '杭州市'), pilot('d', '宁波市')],
      (id) => (id === 'a' ? 2 : 1),
    );
    expect(groups.map((g) => [g.city, g.pilots.map((p) => [p.pilot.id, p.reports])])).toEqual([
      [
        '宁波市',
        [
          ['a', 2],
          ['d', 1],
        ],
      ],
      ['其他', [['b', 1]]],
      ['杭州市', [['c', 1]]],
    ]);
  });

  it('gives no group for no pilots', () => {
    expect(groupPilotsByCity([], () => 0)).toEqual([]);
  });
});

describe('pilotIndex', () => {
  it('counts pilots and reports apart: a pilot reported twice is one pilot', () => {
    const index = pilotIndex(archive());
    expect(index.pilots).toBe(3);
    expect(index.reports).toBe(4);
    expect(index.byCity.map((g) => [g.city, g.pilots.map((p) => p.reports)])).toEqual([
      ['杭州市', [2, 1]],
      ['其他', [1]],
    ]);
  });
});

describe('pilotPages', () => {
  it('makes one page per pilot, listing its reports with their issues', () => {
    const pages = pilotPages(archive());
    expect(pages.map((p) => p.params.pilot)).toEqual(['a', 'b', 'c']);
    expect(pages[0]!.props.reports.map((r) => [r.a.id, r.issue.id])).toEqual([
      ['2018-1/a', '2018-1'],
      ['2018-2/a', '2018-2'],
    ]);
  });
});
