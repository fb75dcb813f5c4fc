import { describe, expect, it } from 'vitest';
import type { Article, Issue } from './content.ts';
import { buildOaiRecord } from './oai-record.ts';

const issue = {
  id: '2018-5-6',
  data: { year: 2018, numbers: [5, 6], date: '2018-12-10', sponsors: ['浙江省总工会'] },
} as unknown as Issue;
const article = (data: Record<string, unknown>) =>
  ({
    id: '2018-5-6/longyouxian-hongmu-xiaozhen',
    data: {
      issue: '2018-5-6',
      slug: 'longyouxian-hongmu-xiaozhen',
      section: '重点报道',
      title: '新“娘家人”履职不含糊',
      org: '龙游县红木小镇工会',
      authors: ['王艳', '潘仙德'],
      page: 24,
      city: '衢州市',
      county: '龙游县',
      type: '特色小镇',
      ...data,
    },
  }) as unknown as Article;
const site = new URL('https://archive.example.org/');

describe('buildOaiRecord', () => {
  it('describes an article in Dublin Core: title, creators, subjects, source with page, place', () => {
    const r = buildOaiRecord(article({}), issue, site, ['工资集体协商', '职工书屋']);
    expect(r.identifier).toBe('oai:archive.example.org:2018-5-6/longyouxian-hongmu-xiaozhen');
    expect(r.datestamp).toBe('2018-12-10');
    expect(r.dc).toMatchObject({
      title: ['新“娘家人”履职不含糊'],
      creator: ['王艳', '潘仙德'],
      subject: ['重点报道', '特色小镇', '工资集体协商', '职工书屋'],
      description: ['龙游县红木小镇工会'],
      publisher: ['浙江省总工会'],
      date: ['2018-12-10'],
      identifier: ['https://archive.example.org/issues/2018-5-6/longyouxian-hongmu-xiaozhen/'],
      source: ['浙江工运, 2018(5-6): 24'],
      language: ['zh'],
      relation: ['https://archive.example.org/issues/2018-5-6/'],
      coverage: ['浙江省衢州市龙游县'],
    });
  });

  it('dates a corrected article by its latest correction, and leaves out what it lacks', () => {
    const r = buildOaiRecord(
      article({
        corrections: [
          { date: '2026-11-25', note: 'a' },
          { date: '2026-01-02', note: 'b' },
        ],
        authors: undefined,
        city: undefined,
        county: undefined,
        org: undefined,
        subtitle: '副题',
      }),
      issue,
      site,
      [],
    );
    expect(r.datestamp).toBe('2026-11-25');
    expect(r.dc.title).toEqual(['新“娘家人”履职不含糊——副题']);
    expect(r.dc.creator).toEqual([]);
    expect(r.dc.coverage).toEqual([]);
    expect(r.dc.description).toEqual([]);
  });
});
