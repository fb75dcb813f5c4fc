import { formatProblem, sortProblems } from '../core/problem.ts';
import { formatTypeCounts } from './type-counts.ts';
import type { ImportReport, IssueArticle } from './import-issue.ts';

/** Counts of values, sorted by count then name: for the report's tallies. */
function tally(values: (string | undefined)[]): string {
  const m = new Map<string, number>();
  for (const v of values) m.set(v ?? '—', (m.get(v ?? '—') ?? 0) + 1);
  return [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ');
}

/** The import report as an archivist reads it at a glance, then the details. */
export function formatReport(r: ImportReport, articles: readonly IssueArticle[] = []): string {
  const pilots = articles.filter((a) => a.kind === 'pilot');
  const out: string[] = [];
  const f = r.fidelity;
  out.push(`Import of ${r.file} (${r.encoding}) → issue ${r.issueId}`);
  // What the archivist must supply comes first, with the lines to write.
  if (r.asks?.length) out.push('Needed from you:', ...r.asks.map((l) => `  ${l}`));
  out.push(`  TOC entries ${r.tocEntries}, matched ${r.matched}, unmatched ${r.unmatched.length}`);
  out.push(
    `  articles ${r.articles} (pilots ${r.pilots}); text not assigned: ${r.unassigned.length} line(s)`,
  );
  out.push(
    `  fidelity: ${f.ok ? 'OK' : 'FAILED'} — ${f.placed}/${f.expected} Han characters placed in order (${(f.ratio * 100).toFixed(2)}%)`,
  );
  out.push(
    `  repairs: ${r.joins.length} paragraphs rejoined, ${r.furniture.length} page marks removed`,
  );
  if (pilots.length) {
    out.push(`  pilots by city: ${tally(pilots.map((a) => a.city))}`);
    out.push(`  pilots by type: ${tally(pilots.map((a) => a.type))}`);
    if (r.typeCounts) out.push(...formatTypeCounts(r.typeCounts));
  }
  for (const u of r.unmatched)
    out.push(`  ✗ unmatched TOC entry ${r.file}:${u.line} “${u.text}” (${u.section})`);
  if (r.problems.length) out.push(`${r.problems.length} finding(s):`);
  for (const p of sortProblems(r.problems)) out.push(`  ${formatProblem(p).replace(/\n/g, '\n  ')}`);
  if (pilots.length) {
    out.push(
      'Classification (proposed by rules; correct `city`, `county`, `type` in the frontmatter):',
    );
    for (const a of pilots)
      out.push(
        `  ${a.slug}: ${a.city ?? '—'} ${a.county ?? '—'} · ${a.type ?? 'no type'} (${a.rules?.place}; ${a.rules?.type})`,
      );
  }
  return `${out.join('\n')}\n`;
}
