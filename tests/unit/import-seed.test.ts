/**
 * The bundled issue, end to end through the importer: every article found,
 * every pilot placed and typed, nothing lost — and the same result from the
 * seed's variants (BOM, CRLF, GB18030).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../src/ingest/import-issue.ts';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { keepHan } from '../../src/ingest/text.ts';

const SEED = 'seeds/2018-5-6.txt';
const bytes = readFileSync(SEED);
const vocab = loadVocabularies();
const run = (b: Uint8Array): ParsedIssue => parseIssue(b, SEED, vocab);
const result = run(bytes);
const expectedPilots = JSON.parse(readFileSync('tests/fixtures/seed-pilots.json', 'utf8')) as {
  toc: string;
  city: string;
  county: string;
  type: string;
  tier: string;
}[];

describe('import of the 2018/5-6 issue', () => {
  it('reads the masthead', () => {
    expect(result.issueId).toBe('2018-5-6');
    expect(result.masthead).toMatchObject({
      title: '浙江工运',
      label: '2018/5-6',
      totals: [407, 408],
      date: '2018-12-10',
      volumeTitle: '浙江省基层工会改革试点实践实录 · 新业态探索篇',
      sponsors: ['浙江省总工会', '浙江省工人运动研究会'],
      organizers: ['浙江工人日报社'],
    });
    expect(result.masthead.board.find((b) => b.role === '编委会主任')?.names).toEqual(['张才方']);
    expect(result.masthead.editors.find((b) => b.role === '责任编辑')?.names).toEqual([
      '陈金波',
      '王艳',
    ]);
  });

  it('matches every TOC entry and finds 91 articles: 83 pilots and 8 others', () => {
    const r = result.report;
    expect(r.tocEntries).toBe(89);
    expect(r.unmatched).toEqual([]);
    expect(r.articles).toBe(91);
    expect(r.pilots).toBe(83);
    const others = result.articles.filter((a) => a.kind !== 'pilot').map((a) => [a.kind, a.title]);
    expect(others).toEqual([
      ['news', '全省基层群团改革工作现场推进会在义乌召开'],
      ['news', '中共浙江省委办公厅关于做好市、县（市、区）基层群团改革试点工作的通知(附名单)'],
      ['editorial', '点亮一盏灯 照亮一大片'],
      ['overview', '新业态工会“动”起来'],
      ['other-province', '改革3年 上海群团可圈可点'],
      ['other-province', '农民工“网红”眼中的重庆群团改革'],
      ['chronicle', '9-10月省总大事记'],
      ['afterword', '行百里者半九十'],
    ]);
  });

  it('places nothing outside an article and loses no character', () => {
    expect(result.report.unassigned).toEqual([]);
    expect(result.report.fidelity).toMatchObject({ ok: true, ratio: 1 });
    expect(result.report.fidelity.expected).toBeGreaterThan(60_000);
  });

  it('classifies every pilot: city, county, type, tier', () => {
    const pilots = result.articles.filter((a) => a.kind === 'pilot');
    expect(
      pilots.map((a) => ({
        toc: a.tocEntry?.text,
        city: a.city,
        county: a.county,
        type: a.type,
        tier: a.tier,
      })),
    ).toEqual(expectedPilots);
  });

  it('counts the pilot types as the 综述 states them: 36, 20, 22, 5', () => {
    const count = (t: string) => result.articles.filter((a) => a.type === t).length;
    expect([count('特色小镇'), count('楼宇商圈'), count('工业文创园区'), count('其他')]).toEqual([
      36, 20, 22, 5,
    ]);
    expect(result.report.statedTypeCounts).toEqual({
      特色小镇: 36,
      楼宇商圈: 20,
      工业文创园区: 22,
      其他: 5,
    });
  });

  it('reads heads: org and title, subtitle, bylines, kickers, source notes', () => {
    const by = (t: string) => result.articles.find((a) => a.tocEntry?.text === t || a.title === t)!;
    expect(by('争当创新改革的先行军')).toMatchObject({
      subtitle: '杭州市余杭区梦想小镇工会工作纪实',
      byline: { role: '杭州市余杭区人大常委会副主任、总工会主席', names: ['杜坚强'] },
      tier: '省级',
    });
    expect(by('争当创新改革的先行军').blocks[0]).toMatchObject({ type: 'editor-note' });
    expect(by('杭州市下城区武林商圈工会')).toMatchObject({
      org: '杭州市下城区武林商圈工会',
      title: '“杭州之心”的娘家情怀',
      byline: { role: '特约记者', names: ['洪茵婷'] },
    });
    expect(by('龙游县红木小镇工会')).toMatchObject({
      org: '龙游县(龙天)红木小镇工会',
      byline: { names: ['王艳', '潘仙德'] },
    });
    expect(by('新业态工会“动”起来')).toMatchObject({
      subtitle: '浙江省基层工会改革试点实践实录“新业态探索篇”综述',
      byline: { role: '记者', names: ['章慧芬'] },
    });
    expect(by('9-10月省总大事记')).toMatchObject({
      kicker: '省总工会 大事记',
      subtitle: '9月—10月',
      source: '(由省总工会办公室供稿)',
    });
    expect(by('全省基层群团改革工作现场推进会在义乌召开')).toMatchObject({
      source: '浙江新闻客户端',
      date: '2017-09-22',
    });
    expect(by('改革3年 上海群团可圈可点').blocks.at(-1)).toMatchObject({
      type: 'source-note',
      text: '(综合《解放日报》等)',
    });
  });

  it('rejoins words and paragraphs broken by columns and pages', () => {
    const text = result.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n');
    for (const joined of [
      '建立了党支部。按照',
      '职工素质',
      '新兴产业',
      '小镇工会与“e港青友”(信息港小镇团委)',
      '专兼并举选干部,壮大工会服务实力',
    ]) {
      expect(text).toContain(joined);
    }
    expect(text).not.toMatch(/\*\*[1I■]\*\*|\^\[\d\]|■|¹/u);
  });

  it('keeps real subheadings and makes them headings', () => {
    const headings = result.articles.flatMap((a) =>
      a.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
    );
    expect(headings).toContain('工会工作的一切从组建开始');
    expect(headings).toContain('先进文化引领,实现阵地共建');
    expect(headings).toHaveLength(34);
  });

  it('lists the 大事记 as dated entries', () => {
    const chronicle = result.articles.find((a) => a.kind === 'chronicle')!;
    const dated = chronicle.blocks.filter((b) => b.type === 'dated');
    expect(dated).toHaveLength(21);
    expect(dated[0]).toMatchObject({ date: '9月3日' });
  });

  it('gives every article a unique ASCII slug', () => {
    const slugs = result.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives the same result for a BOM, CRLF line ends or GB18030', () => {
    const text = bytes.toString('utf8');
    const summary = (r: ParsedIssue) =>
      r.articles.map((a) => [a.slug, a.title, a.city, keepHan(a.blocks.map((b) => b.text).join(''))]);
    const base = summary(result);
    expect(summary(run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])))).toEqual(base);
    expect(summary(run(Buffer.from(text.replace(/\n/g, '\r\n'))))).toEqual(base);
    expect(summary(run(iconv.encode(text, 'gb18030')))).toEqual(base);
  });
});
