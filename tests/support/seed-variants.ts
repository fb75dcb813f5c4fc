/**
 * Variants of the bundled seed, for tests and the benchmark: the same issue
 * relabelled as another issue, with parts reordered, a pilot renamed, or the
 * text lightly varied — all in the seed's own raw format, so they go through
 * the real importer.
 */

export interface Relabel {
  year: number;
  numbers: number[];
  totals: number[];
  /** Publication date, YYYY-MM-DD. */
  date: string;
}

/** The seed as another issue: cover label, running numbers, publication date. */
export function relabel(seed: string, r: Relabel): string {
  const label = `${r.year}/${r.numbers.join('-')}`;
  const [y, m, d] = r.date.split('-').map(Number);
  return seed
    .replace(/^2018\/5-6$/m, label)
    .replace(/^总第407、408期$/m, `总第${r.totals.join('、')}期`)
    .replace(/^总第 407、408 期$/m, `总第 ${r.totals.join('、')} 期`)
    .replace(/^2018 年 12 月 10 日出版$/m, `${y} 年 ${m} 月 ${d} 日出版`);
}

/** Swaps the two 他山之石 articles, in the TOC and in the body. */
export function swapElsewhere(seed: string): string {
  const tocA = '- 76 改革3年 上海群团可圈可点';
  const tocB = '- 77 农民工“网红”眼中的重庆群团改革';
  let s = seed.replace(
    `${tocA}\n${tocB}`,
    `- 76 农民工“网红”眼中的重庆群团改革\n- 77 改革3年 上海群团可圈可点`,
  );
  const a = s.indexOf('改革3年 上海群团可圈可点\n\n2015年');
  const b = s.indexOf('农民工“网红”眼中的重庆群团改革\n\n2017年');
  const end = s.indexOf('省总工会\n\n大事记');
  s =
    s.slice(0, a) +
    s.slice(b, end).trimEnd() +
    '\n\n\n\n' +
    s.slice(a, b).trimEnd() +
    '\n\n\n\n' +
    s.slice(end);
  return s;
}

/** Renames a pilot's body heading (the TOC keeps its name), as a later issue might. */
export function renamePilotHeading(seed: string, from: string, to: string): string {
  if (!seed.includes(`\n${from}`)) throw new Error(`no heading “${from}” in the seed`);
  return seed.replace(`\n${from}`, `\n${to}`);
}

/**
 * Lightly varies the body text so that search indexes of many copies are not
 * trivially identical: in every paragraph of article text, a number-specific
 * pair of characters replaces one common pair. Headings, TOC and cover stay.
 */
export function varyText(seed: string, n: number): string {
  const pairs = ['工作', '职工', '工会', '服务', '建设', '活动', '企业', '组织'];
  const from = pairs[n % pairs.length]!;
  const to = `${from}${'一二三四五六七八九十'[n % 10]}`;
  const tocEnd = seed.indexOf('浙内准字');
  return (
    seed.slice(0, tocEnd) +
    seed.slice(tocEnd).replace(new RegExp(`(。[^\\n]{0,40}?)${from}`, 'gu'), `$1${to}`)
  );
}
