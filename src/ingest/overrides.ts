/**
 * The optional per-issue file beside a seed (`seeds/<name>.yaml`): what the
 * importer cannot read from an issue's text, or reads wrongly.
 */
export interface IssueOverrides {
  label?: string;
  totals?: number[];
  /** ISO date of publication. */
  date?: string;
  volumeTitle?: string;
}
