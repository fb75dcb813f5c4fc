/**
 * An import's plan as the archivist reads it before anything is written:
 * counts first, then every change that is not a plain addition or update —
 * merges of hand edits, replacements, deletions, redirects, new pilots.
 */
import type { ActionKind, ImportPlan } from './plan-import.ts';

const LABELS: Record<ActionKind, string> = {
  add: 'add',
  update: 'update',
  merge: 'merge',
  'replace-edit': 'replace your edit',
  'set-aside': 'set aside',
  'replace-pending': 'replace pending',
  keep: 'keep',
  delete: 'delete',
  redirect: 'redirect',
  'pilot-new': 'new pilot',
  'pilot-alias': 'new name of pilot',
};

/** Plain additions and updates are only counted when there are many. */
const LIST_ROUTINE_UP_TO = 10;

export function formatPlan(plan: ImportPlan, contentDir: string): string {
  const counts = new Map<ActionKind, number>();
  for (const a of plan.actions) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const out = [
    `Plan for ${contentDir}/${plan.issueDir}: ${
      counts.size
        ? [...counts].map(([k, n]) => `${LABELS[k]} ${n}`).join(', ')
        : 'no change'
    }`,
  ];
  const routine = plan.actions.filter((a) => a.kind === 'add' || a.kind === 'update');
  for (const a of plan.actions) {
    if ((a.kind === 'add' || a.kind === 'update') && routine.length > LIST_ROUTINE_UP_TO) continue;
    out.push(`  ${LABELS[a.kind].padEnd(17)} ${a.target}${a.detail ? ` — ${a.detail}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
