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
  'page',
  'city',
  'county',
  'type',
  'tier',
  'text',
] as const;

export type ArticleRecord = Record<(typeof ARTICLE_FIELDS)[number], string | number | null>;

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, UTF-8 BOM so spreadsheet programs read the Chinese. */
export function toCsv(rows: Record<string, string | number | null>[], fields: readonly string[]): string {
  const cell = (v: string | number | null | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return `\uFEFF${[fields.map(cell).join(','), ...rows.map((r) => fields.map((f) => cell(r[f])).join(','))].join('\r\n')}\r\n`;
}
