/**
 * Issues that differ from the bundled one: a TOC without page numbers,
 * missing imprint data supplied by the file beside the seed, sections and
 * pilot types of other volumes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/ingest/import-issue.ts';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { readOverrides } from '../../src/ingest/overrides.ts';
import { getOverridesPath } from '../../src/ingest/seed-input.ts';

const vocab = loadVocabularies();
const seed = readFileSync('seeds/2018-5-6.txt', 'utf8');
const tocStart = seed.indexOf('目录 Contents');
const tocEnd = seed.indexOf('编辑出版');
const withToc = (f: (toc: string) => string) =>
  seed.slice(0, tocStart) + f(seed.slice(tocStart, tocEnd)) + seed.slice(tocEnd);

describe('issues in other shapes', () => {
  it('imports a TOC printed without page numbers, and says pages are missing', () => {
    const r = parseIssue(
      Buffer.from(withToc((t) => t.replace(/^(- )?\d{1,3} /gm, '$1'))),
      'seeds/x.txt',
      vocab,
    );
    expect(r.report).toMatchObject({ tocEntries: 89, matched: 89, articles: 91, unassigned: [] });
    expect(r.report.fidelity.ok).toBe(true);
    expect(r.articles.every((a) => a.page === undefined)).toBe(true);
    expect(r.report.problems.map((i) => i.message)).toContain(
      'the 目录 has no page numbers: articles get no `page`',
    );
  });

  it('says what the text lacks and where to give it; the issue file supplies it', () => {
    const bare = seed
      .replace('2018 年 12 月 10 日出版', '')
      .replace(/^总第407、408期$/m, '')
      .replace('总第 407、408 期', '');
    const r = parseIssue(Buffer.from(bare), 'seeds/x.txt', vocab);
    const messages = r.report.problems.map((i) => `${i.message} — ${i.hint}`);
    expect(
      messages.some((m) => m.includes('publication date') && m.includes('`date:` in seeds/x.yaml')),
    ).toBe(true);
    expect(messages.some((m) => m.includes('running number') && m.includes('`totals:`'))).toBe(
      true,
    );
    const fixed = parseIssue(Buffer.from(bare), 'seeds/x.txt', vocab, {
      date: '2018-12-10',
      totals: [407, 408],
    });
    expect(fixed.masthead).toMatchObject({ date: '2018-12-10', totals: [407, 408] });
  });

  it('uses the sections and pilot types an issue file names (another volume of the series)', () => {
    const renamed = withToc((t) => t.replace('他山之石', '域外借鉴'));
    const r = parseIssue(
      Buffer.from(renamed.replace('\n他山之石\n', '\n域外借鉴\n')),
      'seeds/x.txt',
      vocab,
      {
        pilotTypes: ['乡镇', '街道', '其他'],
        sections: [{ name: '域外借鉴', key: 'abroad', slug: 'abroad', kind: 'other-province' }],
      },
    );
    const abroad = r.articles.filter((a) => a.sectionKey === 'abroad');
    expect(abroad.map((a) => a.kind)).toEqual(['other-province', 'other-province']);
    const types = new Set(r.articles.filter((a) => a.kind === 'pilot').map((a) => a.type));
    expect([...types].every((t) => ['乡镇', '街道', '其他'].includes(t!))).toBe(true);
    expect(r.articles.find((a) => a.tocEntry?.text === '江北区文教街道')?.type).toBe('街道');
  });

  it('warns about a section it does not know', () => {
    const r = parseIssue(
      Buffer.from(withToc((t) => t.replace('他山之石', '域外借鉴'))),
      'seeds/x.txt',
      vocab,
    );
    expect(
      r.report.problems.some((i) => i.message.includes('section “域外借鉴” is not a known section')),
    ).toBe(true);
  });

  it('validates the issue file, naming each bad field at its line', () => {
    const r = readOverrides('seeds/x.yaml', 'date: 12/10/2018\ncolour: red\ntotals: [x]\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.problems.map((p) => `${p.line} ${p.field}: ${p.message}`).sort();
    expect(found).toEqual([
      '1 date: a date like 2018-12-10',
      '2 colour: unknown field “colour”',
      expect.stringMatching(/^3 totals\.0: .*number/),
    ]);
    expect(r.problems.find((p) => p.message.includes('colour'))?.hint).toMatch(/known fields: label/);
    const ok = readOverrides('seeds/x.yaml', 'date: 2018-12-10\n');
    expect(ok.ok && ok.value.date).toBe('2018-12-10');
  });
  it('finds the issue file beside the seed, never the seed itself', () => {
    expect(getOverridesPath('seeds/2018-3-4.txt')).toBe('seeds/2018-3-4.yaml');
    expect(getOverridesPath('seeds/2018-3-4')).toBe('seeds/2018-3-4.yaml');
  });
});
