import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import type { BuiltArticle } from './build-articles.ts';
import { classifyArticles } from './classify-articles.ts';
import { loadVolumes } from '../core/volumes.ts';
import { pickVolumeTyping } from './volume.ts';
import type { TocEntry, TocSection } from './types.ts';

const vocab = loadVocabularies();
/** The types of the first volume (新业态探索篇), as the seed's pilots have them. */
const typing = pickVolumeTyping(vocab.pilotTypes, loadVolumes()[0], undefined);
const section = (name: string, key: string, kind: TocSection['kind'], note?: string): TocSection => ({
  name, key, kind, line: 1, ...(note ? { note } : {}),
}); // prettier-ignore
const sketch = section('速写', 'sketch', 'pilot', '市、县(市、区)级试点');
const special = section('特别报道', 'special', 'pilot', '省级试点');
const overview = section('综述', 'overview', 'overview');

function article(
  s: TocSection,
  text: string,
  more: Partial<BuiltArticle> & { cityGroup?: string } = {},
): BuiltArticle {
  const entry: TocEntry = {
    section: s,
    text,
    line: 5,
    index: 0,
    ...(more.cityGroup ? { cityGroup: more.cityGroup } : {}),
  };
  return {
    kind: s.kind, sectionKey: s.key, section: s.name, order: 1, title: text,
    blocks: [], lines: [40], line: 40, segments: [], tocEntry: entry, ...more,
  }; // prettier-ignore
}

describe('classifyArticles', () => {
  it('places a 速写 pilot in its city and county, types it and tiers it, saying which rule did each', () => {
    const a = article(sketch, '西湖区云栖小镇', {
      org: '杭州市西湖区云栖小镇总工会',
      cityGroup: '杭州市',
    });
    const [c] = classifyArticles([a], typing, vocab, 'seeds/x.txt').articles;
    expect(c).toMatchObject({ city: '杭州市', county: '西湖区', type: '特色小镇', tier: '市县级' });
    expect(c!.rules).toEqual({
      place: 'county “西湖区” in “西湖区云栖小镇 杭州市西湖区云栖小镇总工会”',
      type: 'keyword “小镇”',
    });
  });

  it('tiers a pilot by its section’s note: 省级试点', () => {
    const a = article(special, '争当创新改革的先行军', { org: '杭州市余杭区梦想小镇工会' });
    expect(classifyArticles([a], typing, vocab, 'f').articles[0]).toMatchObject({
      tier: '省级',
      city: '杭州市',
      county: '余杭区',
    });
  });

  it('types a pilot by its names, not by the article’s title', () => {
    const a = article(sketch, '东冠高新园区', {
      title: '绘就小镇新蓝图',
      org: '杭州市滨江区东冠高新区楼宇工会联合会',
      cityGroup: '杭州市',
    });
    expect(classifyArticles([a], typing, vocab, 'f').articles[0]).toMatchObject({
      type: '楼宇商圈',
      county: '滨江区',
    });
  });

  it('warns, at the article’s line, of a pilot it cannot place in a county', () => {
    const a = article(sketch, '某某创业园', { org: '某某创业园工会', cityGroup: '杭州市' });
    const r = classifyArticles([a], typing, vocab, 'seeds/x.txt');
    expect(r.articles[0]!.county).toBeUndefined();
    expect(r.articles[0]!.city).toBe('杭州市');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'warning', file: 'seeds/x.txt', line: 40 });
    expect(r.problems[0]!.message).toMatch(/^no county for pilot “某某创业园” \(/u);
    expect(r.problems[0]!.hint).toBe('set `county:` in its frontmatter');
  });

  it('leaves articles that report on no pilot as they are', () => {
    const a = article(overview, '新业态工会“动”起来');
    const r = classifyArticles([a], typing, vocab, 'f');
    expect(r.articles[0]).toBe(a);
    expect(r.problems).toEqual([]);
  });
});

