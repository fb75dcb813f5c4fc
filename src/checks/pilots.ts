import { error, warning, type Problem } from '../core/problem.ts';
import type { ContentSet } from './content-set.ts';

/** Pilots (`content/pilots.yaml`): ids unique, every report's `pilot` known, every pilot report placed in a county. */
export function checkPilots(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const a of set.articles)
    if (a.data.kind === 'pilot' && !a.data.county)
      problems.push(
        warning(a.file, 'a pilot report with no county', {
          line: a.yaml.lineOf(['city']),
          field: 'county',
          hint: 'set `county:` (a county-level division of its city, as of 2018)',
        }),
      );
  const p = set.pilots;
  if (!p) return problems;
  const ids = new Set<string>();
  p.list.forEach((x, i) => {
    if (ids.has(x.id))
      problems.push(
        error(p.file, `pilot id “${x.id}” appears twice`, { line: p.yaml.lineOf([i, 'id']), field: 'id' }),
      );
    ids.add(x.id);
  });
  for (const a of set.articles)
    if (a.data.pilot && !ids.has(a.data.pilot))
      problems.push(
        error(a.file, `no pilot “${a.data.pilot}” in ${p.file}`, {
          line: a.yaml.lineOf(['pilot']),
          field: 'pilot',
          hint: `add it to ${p.file}, or point \`pilot:\` at an existing entry`,
        }),
      );
  return problems;
}
