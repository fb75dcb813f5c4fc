/**
 * How an issue is named, written in one place: its id in URLs and file names
 * (`2018-5-6`), its printed label (`2018/5-6`), its running numbers
 * (`总第407、408期`) and the combined forms the pages show. The importer makes
 * the id from the label and the search index the label from the id, so the
 * two conversions stand side by side.
 */
export interface IssueNaming {
  /** As printed: `2018/5-6`. */
  label: string;
  year: number;
  numbers: readonly number[];
  /** Running numbers; may be empty where the masthead prints none. */
  totals: readonly number[];
}

/** `2018/5-6` → `2018-5-6`. */
export function issueIdOf(label: string): string {
  return label.replace('/', '-');
}

/** `2018-5-6` → `2018/5-6`. */
export function issueLabelOf(id: string): string {
  return id.replace('-', '/');
}

/** `总第407、408期`; empty without running numbers. */
export function totalsText(totals: readonly number[]): string {
  return totals.length ? `总第${totals.join('、')}期` : '';
}

/** An issue's numbers as its label writes them: `5`, `5-6`, and a triple issue `4-6`. */
export function issueNumbersText(numbers: readonly number[]): string {
  return numbers.length > 1 ? `${numbers[0]}-${numbers.at(-1)}` : String(numbers[0] ?? '');
}

/** `2018年第5-6期`. */
export function yearNumbersText(i: Pick<IssueNaming, 'year' | 'numbers'>): string {
  return `${i.year}年第${issueNumbersText(i.numbers)}期`;
}

function withTotals(name: string, totals: readonly number[]): string {
  return totals.length ? `${name}（${totalsText(totals)}）` : name;
}

/** `2018/5-6（总第407、408期）`: breadcrumbs, titles, the feed, the social card. */
export function labelWithTotals(i: Pick<IssueNaming, 'label' | 'totals'>): string {
  return withTotals(i.label, i.totals);
}

/** `2018年第5-6期（总第407、408期）`: the article head's 期 field. */
export function fullIssueLabel(i: IssueNaming): string {
  return withTotals(yearNumbersText(i), i.totals);
}

/** `2018-12-10` → `2018年12月10日`, as the masthead prints a publication date. */
export function chineseDate(iso: string): string {
  return iso.replace(
    /^(\d+)-(\d+)-(\d+)$/,
    (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`,
  );
}
