/** The shape of the `/data/` exports: shared by the endpoints and the tests. */

/** The fields of `/data/articles.json` (and, but `text`, of `articles.csv`), in order. */
export const ARTICLE_FIELDS = [
  'id',
  'url',
  'issue',
  'section',
  'kind',
  'order',
  'title',
  'org',
  'subtitle',
  'byline',
  'kicker',
  'source',
  'page',
  'city',
  'county',
  'type',
  'tier',
  'practices',
  'text',
] as const;

export type ArticleRecord = Record<(typeof ARTICLE_FIELDS)[number], string | number | null>;

/** The fields of `/data/pilots.json` and `pilots.csv`, in order. */
export const PILOT_FIELDS = [
  'id',
  'url',
  'name',
  'aliases',
  'city',
  'county',
  'type',
  'reports',
  'firstIssue',
  'lastIssue',
  'confirmed',
] as const;

export type PilotRecord = Record<(typeof PILOT_FIELDS)[number], string | number | boolean | null>;

/** What each exported field means: shown on /data/ and kept next to the fields so they cannot drift apart. */
export const FIELD_NOTES: Record<string, string> = {
  practices: '文中描述的做法（src/data/practices.yaml 中的名称），以“|”分隔 (practices the text describes, |-separated)',
  id: '文章标识：期号/短名，全库唯一 (article id: issue/slug)',
  url: '站内地址 (site path)',
  issue: '期号，如 2018-5-6 (issue id, from the printed label 2018/5-6)',
  section: '栏目，如 速写、重点报道 (section as printed)',
  kind: 'news · editorial · overview · pilot · other-province · chronicle · afterword · article',
  order: '在本期中的顺序，从 1 起 (position in the issue)',
  title: '标题 (title)',
  org: '试点单位（工会组织）名称，按正文标题 (the pilot’s union as printed)',
  subtitle: '副题 (subtitle)',
  byline: '署名，按原文 (byline as printed)',
  kicker: '引题 (kicker, the line above the title)',
  source: '来源，如转载自某报 (source as printed)',
  page: '印刷版页码 (page in the printed issue)',
  city: '设区市 (prefecture city)',
  county: '县（市、区），2018 年区划 (county-level division, as of 2018)',
  type: '试点类型 (pilot type)',
  tier: '省级 / 市县级 (pilot tier)',
  text: '正文纯文本 (plain text of the body; JSON only)',
  name: '试点名称（首次报道时） (pilot name as first reported)',
  aliases: '其他报道中的名称，以“|”分隔 (other names, |-separated)',
  reports: '报道篇数 (number of reports)',
  firstIssue: '首次报道的期号 (first issue reporting it)',
  lastIssue: '最近报道的期号 (latest issue reporting it)',
  confirmed: '是否经编辑确认 (confirmed by an archivist)',
};

/**
 * Where a pilot field means something else than the article field of the same
 * name: a pilot's `id` is its own identifier (content/pilots.yaml, the name in
 * /pilots/<id>/), not an article's issue/slug.
 */
export const PILOT_FIELD_NOTES: Record<string, string> = {
  id: '试点标识：content/pilots.yaml 中的 id，即试点页 /pilots/<id>/ 的短名，跨期不变 (pilot id, as in /pilots/<id>/)',
  url: '试点页的站内地址 (site path of the pilot’s page)',
  city: '试点所在设区市 (prefecture city of the pilot)',
  county: '试点所在县（市、区），2018 年区划 (county-level division, as of 2018)',
  type: '试点类型 (pilot type)',
};

/**
 * A CSV cell that a spreadsheet will not run as a formula. As OWASP
 * recommends (CSV Injection), a value starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading single quote, so `=HYPERLINK(…)` shows
 * as text; then the value is quoted and its quotes doubled (RFC 4180), so
 * commas and line breaks stay inside the cell.
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  const s = String(v ?? '');
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV: every field quoted ({@link csvCell}), CRLF line ends, UTF-8 BOM so spreadsheet programs read the Chinese. */
export function toCsv(
  rows: Record<string, string | number | boolean | null>[],
  fields: readonly string[],
): string {
  return `\uFEFF${[fields.map(csvCell).join(','), ...rows.map((r) => fields.map((f) => csvCell(r[f])).join(','))].join('\r\n')}\r\n`;
}
