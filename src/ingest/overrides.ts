import type { SectionDef } from './vocabulary.ts';

/**
 * The optional per-issue file beside a seed (`seeds/<name>.yaml`): what the
 * importer cannot read from an issue's text, or reads wrongly. Every field is
 * optional; the import report says which ones an issue needed.
 *
 * ```yaml
 * label: 2017/11-12        # when the cover lacks it
 * totals: [401, 402]
 * date: 2018-01-20
 * volumeTitle: 浙江省基层工会改革试点实践实录 · 乡镇振兴篇
 * pilotTypes: [乡镇, 街道]   # names from src/data/pilot-types.yaml
 * sections:                # sections this issue prints that sections.yaml lacks
 *   - { name: 特稿, key: feature-story, slug: feature-stories, kind: article }
 * ```
 */
export interface IssueOverrides {
  label?: string;
  totals?: number[];
  /** ISO date of publication. */
  date?: string;
  volumeTitle?: string;
  pilotTypes?: string[];
  sections?: SectionDef[];
}

const KEYS = new Set(['label', 'totals', 'date', 'volumeTitle', 'pilotTypes', 'sections']);

/** Validates a parsed issue file; returns messages naming each bad field. */
export function validateOverrides(raw: unknown): { value: IssueOverrides; errors: string[] } {
  const errors: string[] = [];
  if (raw === null || raw === undefined) return { value: {}, errors };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { value: {}, errors: ['the file must be a YAML mapping of fields'] };
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!KEYS.has(k)) errors.push(`unknown field \`${k}\` (known: ${[...KEYS].join(', ')})`);
  if (o.date instanceof Date) o.date = o.date.toISOString().slice(0, 10);
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(o.date)))
    errors.push('`date` must be like 2018-12-10');
  if (o.label !== undefined && typeof o.label !== 'string')
    errors.push('`label` must be text like 2018/5-6');
  if (
    o.totals !== undefined &&
    !(Array.isArray(o.totals) && o.totals.every((n) => Number.isInteger(n)))
  )
    errors.push('`totals` must be a list of numbers');
  if (
    o.pilotTypes !== undefined &&
    !(Array.isArray(o.pilotTypes) && o.pilotTypes.every((n) => typeof n === 'string'))
  )
    errors.push('`pilotTypes` must be a list of type names');
  if (o.sections !== undefined) {
    const ok =
      Array.isArray(o.sections) &&
      o.sections.every(
        (x) =>
          x &&
          typeof x === 'object' &&
          typeof x.name === 'string' &&
          /^[a-z0-9-]+$/.test(String(x.key)) &&
          typeof x.kind === 'string',
      );
    if (!ok) errors.push('`sections` must be a list of { name, key (ASCII), slug, kind }');
    else for (const x of o.sections as SectionDef[]) x.slug ??= x.key;
  }
  return { value: o as IssueOverrides, errors };
}
