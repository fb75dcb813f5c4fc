import { z } from 'astro/zod';
import { readValidated, type ReadResult } from '../core/content-file.ts';
import { sectionDefSchema } from '../core/vocabulary.ts';

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
export const issueOverridesSchema = z
  .object({
    label: z.string().regex(/^\d{4}\/\d{1,2}(?:-\d{1,2})?$/, 'text like 2018/5-6').optional(),
    totals: z.array(z.number().int().positive()).min(1).optional(),
    /** ISO date of publication. */
    date: z
      .union([z.date(), z.string()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2018-12-10'))
      .optional(),
    volumeTitle: z.string().min(1).optional(),
    pilotTypes: z.array(z.string().min(1)).min(1).optional(),
    /** `slug` may be left out: it is then the key. */
    sections: z
      .array(
        z.preprocess(
          (x) =>
            x && typeof x === 'object' && !('slug' in x) ? { ...x, slug: (x as { key?: unknown }).key } : x,
          sectionDefSchema,
        ),
      )
      .optional(),
  })
  .strict();

export type IssueOverrides = z.infer<typeof issueOverridesSchema>;

/** Reads an issue file: an empty file is no overrides; every bad field is a problem at its line. */
export function readOverrides(path: string, text: string): ReadResult<IssueOverrides> {
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: true, value: {} };
  const r = readValidated(path, text, issueOverridesSchema);
  if (r.ok) return { ok: true, value: r.value.data };
  return {
    ok: false,
    problems: r.problems.map((p) =>
      p.message.startsWith('unknown field')
        ? { ...p, hint: `known fields: ${Object.keys(issueOverridesSchema.shape).join(', ')}` }
        : p,
    ),
  };
}
