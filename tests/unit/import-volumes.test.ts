/**
 * Issues of the sibling volumes — 乡镇振兴篇 (2018/7-8) and 街道活力篇
 * (2018/9-10), written in the seed's raw format (tests/fixtures/volumes/):
 * every article whole, every pilot typed as its volume defines, headings
 * split anywhere read whole, and the report asking for exactly what it
 * cannot know.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../src/ingest/import-issue.ts';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { articleToMdx } from '../../src/ingest/mdx.ts';
import { formatReport } from '../../src/ingest/report.ts';
import { checkLeftovers } from '../../src/checks/leftovers.ts';

const vocab = loadVocabularies();
const DIR = 'tests/fixtures/volumes';
const text = (id: string) => readFileSync(`${DIR}/${id}.txt`, 'utf8');
const run = (id: string, raw = text(id), overrides = {}): ParsedIssue =>
  parseIssue(Buffer.from(raw), `seeds/${id}.txt`, vocab, overrides);
const expected = (id: string) =>
  JSON.parse(readFileSync(`${DIR}/${id}.expected.json`, 'utf8')) as Record<string, unknown>[];

/** What a reader sees of an article, in the fields the expectation names. */
function seen(r: ParsedIssue, e: Record<string, unknown>[]) {
  return r.articles.map((a, i) => {
    const all: Record<string, unknown> = {
      kind: a.kind,
      section: a.section,
      toc: a.tocEntry?.text,
      title: a.title,
      org: a.org,
      subtitle: a.subtitle,
      byline: a.byline ? { role: a.byline.role, names: a.byline.names } : undefined,
      city: a.city,
      county: a.county,
      type: a.type,
      tier: a.tier,
    };
    return Object.fromEntries(Object.keys(e[i] ?? all).map((k) => [k, all[k]]));
  });
}

describe.each([
  ['2018-7-8', '乡镇振兴篇', 36, 30, { 乡镇: 29, 街道: 1 }],
  ['2018-9-10', '街道活力篇', 34, 28, { 街道: 28 }],
])('the %s issue (%s)', (id, volume, articles, pilots, counts) => {
  const r = run(id);

  it('recognises its volume from the cover and finds every article, losing no character', () => {
    expect(r.masthead.volumeTitle).toBe(`浙江省基层工会改革试点实践实录 · ${volume}`);
    expect(r.report).toMatchObject({ articles, pilots, unmatched: [], unassigned: [] });
    expect(r.report.matched).toBe(r.report.tocEntries);
    expect(r.report.fidelity).toMatchObject({ ok: true, ratio: 1 });
  });

  it('reads every title, organisation, byline, city, county, type and tier', () => {
    const e = expected(id);
    expect(seen(r, e)).toEqual(e);
  });

  it('leaves no piece of a heading, no byline and no date in any body', () => {
    const left = r.articles.flatMap((a) => {
      const mdx = articleToMdx(a, r.issueId);
      const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
      return checkLeftovers({ file: a.slug, data: { ...a, kind: a.kind }, body, bodyLine: 1 });
    });
    expect(left).toEqual([]);
  });

  it('compares the 综述’s counts for this volume, not the province’s, and asks for nothing', () => {
    expect(r.report.statedTypeCounts).toEqual(counts);
    expect(r.report.typeCounts?.province).toMatchObject({ 乡镇: 117, 街道: 91 });
    expect(r.report.typeCounts?.mismatches).toEqual([]);
    expect(r.report.asks).toBeUndefined();
    expect(r.report.problems).toEqual([]);
    expect(formatReport(r.report, r.articles)).toContain(
      "types agree with the 综述's counts for this volume",
    );
  });
});

describe('what the report asks for', () => {
  const anonymous = text('2018-7-8')
    .replace('○ 乡镇振兴篇 ○', '')
    .replace('“乡镇振兴篇”综述', '综述')
    .replace(/本篇收录[^。]*。/u, '')
    .replace('这一期收录的乡镇试点', '这一期的试点');

  it('says first when it cannot tell the volume, with the lines to write in the issue file', () => {
    const r = run('2018-7-8', anonymous);
    const report = formatReport(r.report, r.articles).split('\n');
    expect(report[1]).toBe('Needed from you:');
    expect(report[2]).toContain("cannot tell the issue's volume");
    expect(report.slice(3, 12)).toContain(
      '    volumeTitle: 浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
    );
    expect(report.slice(3, 12)).toContain('    pilotTypes: [乡镇, 街道]');
    // The lines it shows, written in the issue file, type every pilot as its volume defines.
    const fixed = run('2018-7-8', anonymous, {
      volumeTitle: '浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
      pilotTypes: ['乡镇', '街道'],
    });
    expect(fixed.report.asks).toBeUndefined();
    const e = expected('2018-7-8');
    const pilots = (x: Record<string, unknown>[]) => x.filter((a) => a.kind === 'pilot');
    expect(pilots(seen(fixed, e))).toEqual(pilots(e));
  });

  it('names a volume title the series does not know yet', () => {
    const r = run(
      '2018-7-8',
      anonymous.replace(
        '浙江省基层工会 改革试点实践实录',
        '浙江省基层工会 改革试点实践实录\n\n○ 社区治理篇 ○',
      ),
    );
    expect(r.masthead.volumeTitle).toBe('浙江省基层工会改革试点实践实录 · 社区治理篇');
    expect(r.report.asks?.[0]).toContain('volume “社区治理篇” is not in src/data/volumes.yaml');
  });

  it('recognises the volume from the pilots the 综述 says it holds when no title names it', () => {
    const r = run(
      '2018-7-8',
      text('2018-7-8').replace('○ 乡镇振兴篇 ○', '').replace('“乡镇振兴篇”综述', '综述'),
    );
    expect(r.report.asks).toBeUndefined();
    expect(r.report.problems).toEqual([]);
    expect(r.masthead.volumeTitle).toBe('浙江省基层工会改革试点实践实录 · 乡镇振兴篇');
    const e = expected('2018-7-8').filter((a) => a.kind === 'pilot');
    expect(seen(r, expected('2018-7-8')).filter((a) => a.kind === 'pilot')).toEqual(e);
  });

  it('names a pilot that fits none of its volume’s types, and what to write', () => {
    const raw = text('2018-7-8')
      .replace('建德市梅城镇', '建德市梅城工业园')
      .replace('建德市梅城镇总工会 千年古镇', '建德市梅城工业园总工会 千年古镇');
    const r = run('2018-7-8', raw);
    const park = r.articles.find((a) => a.tocEntry?.text === '建德市梅城工业园')!;
    expect(park.type).toBeUndefined();
    expect(r.report.asks).toEqual([
      `seeds/2018-7-8.txt:${park.line}: pilot “建德市梅城工业园” fits none of 乡镇振兴篇's types (乡镇, 街道): after the import set \`type:\` in its frontmatter, or type it 其他 by writing in seeds/2018-7-8.yaml:`,
      '  pilotTypes: [乡镇, 街道, 其他]',
    ]);
    const report = formatReport(r.report, r.articles);
    expect(report.split('\n')[1]).toBe('Needed from you:');
    expect(report).toMatch(
      /jiandeshi-meicheng-gongyeyuan: 杭州市 建德市 · no type \(.*no keyword of 乡镇, 街道/u,
    );
    // Written in the issue file, that line types it 其他 and leaves the others as they were.
    const fixed = run('2018-7-8', raw, { pilotTypes: ['乡镇', '街道', '其他'] });
    expect(fixed.report.asks).toBeUndefined();
    expect(fixed.articles.find((a) => a.tocEntry?.text === '建德市梅城工业园')?.type).toBe('其他');
    expect(fixed.articles.find((a) => a.tocEntry?.text === '东湖街道')?.type).toBe('街道');
  });

  it('names the pilots to check when the volume’s counts differ', () => {
    const raw = text('2018-7-8').replace('其中乡镇29家,街道1家', '其中乡镇28家,街道2家');
    const r = run('2018-7-8', raw);
    const [town, street] = r.report.typeCounts?.mismatches ?? [];
    expect(town).toMatchObject({ type: '乡镇', stated: 28, typed: 29 });
    expect(town?.pilots).toHaveLength(29);
    expect(town?.pilots).toContain('杭州市萧山区瓜沥镇总工会');
    expect(street).toEqual({ type: '街道', stated: 2, typed: 1, pilots: [] });
    expect(formatReport(r.report, r.articles)).toContain(
      '⚠ the 综述 states for this volume 乡镇 28, 街道 2',
    );
  });
});

describe('headings split at other places', () => {
  it('joins a heading cut after the city or the county, and an overview’s title, in their issue', () => {
    let raw = text('2018-7-8');
    for (const [a, b] of [
      ['杭州市萧山区\n\n瓜沥镇总工会 “三张清单”', '杭州市\n\n萧山区瓜沥镇总工会 “三张清单”'],
      ['宁海县西店镇总工会\n', '宁海县\n\n西店镇总工会\n'],
      ['乡镇工会“强”起来\n\n浙江省基层', '乡镇工会“强”\n\n起来\n\n浙江省基层'],
    ] as const) {
      expect(raw).toContain(a);
      raw = raw.replace(a, b);
    }
    const r = run('2018-7-8', raw);
    const by = (t: string) => r.articles.find((a) => a.tocEntry?.text === t);
    expect(by('杭州市萧山区瓜沥镇总工会')).toMatchObject({
      org: '杭州市萧山区瓜沥镇总工会',
      title: '“三张清单”激活镇村工会',
      byline: { role: '特约记者', names: ['王晓燕'] },
    });
    expect(by('宁海县西店镇')).toMatchObject({ org: '宁海县西店镇总工会', county: '宁海县' });
    expect(by('乡镇工会“强”起来')).toMatchObject({
      title: '乡镇工会“强”起来',
      byline: { role: '记者' },
    });
    expect(r.report.fidelity.ok).toBe(true);
  });
});
