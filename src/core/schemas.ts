/**
 * Zod schemas of the content: one per collection. Shared by the content
 * collections (`src/content.config.ts`) and `npm run check`, so the build and
 * the check reject the same things, naming the file and the field.
 */
import { z } from 'astro/zod';
import { articleKinds } from './article-kinds.ts';
import { loadVocabularies } from './load-data.ts';

const vocab = loadVocabularies();
const cities = vocab.gazetteer.cities.map((c) => c.name);
const countyCity = new Map(
  vocab.gazetteer.counties.map((c) => [c.name, vocab.gazetteer.byCode.get(c.parent ?? '')?.name]),
);
export const pilotTypeNames = vocab.pilotTypes.map((t) => t.name);

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A calendar date as `YYYY-MM-DD`. YAML reads an unquoted 2018-12-10 as a
 * timestamp; archivists need not quote it, so a Date is normalised here.
 */
const isoDate = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2018-12-10'));

/**
 * An issue id, `2018-5-6`. YAML 1.1 (Astro's parser) reads an unquoted id such
 * as 2018-11-12 (issue 11-12) as a date; it is turned back into the id.
 */
const issueId = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{1,2}(?:-\d{1,2})?$/, 'an issue id like 2018-5-6'));


export const correctionSchema = z.object({
  date: isoDate,
  note: z.string().min(1),
});

export const articleSchema = z
  .object({
    slug: z.string().regex(slugPattern, 'lower-case ASCII words joined by hyphens'),
    issue: issueId,
    section: z.string().min(1),
    sectionKey: z.string().regex(slugPattern),
    kind: z.enum(articleKinds),
    order: z.number().int().positive(),
    title: z.string().min(1),
    tocTitle: z.string().optional(),
    kicker: z.string().optional(),
    org: z.string().optional(),
    subtitle: z.string().optional(),
    byline: z.string().optional(),
    authors: z.array(z.string().min(1)).optional(),
    source: z.string().optional(),
    date: isoDate.optional(),
    page: z.number().int().positive().optional(),
    city: z.enum(cities as [string, ...string[]]).optional(),
    county: z.string().optional(),
    type: z.enum(pilotTypeNames as [string, ...string[]]).optional(),
    tier: z.enum(['省级', '市县级']).optional(),
    /** A pilot's identity across issues (see `content/pilots.yaml`). */
    pilot: z.string().regex(slugPattern).optional(),
    /** 勘误: corrections made after publication, shown on the article page. */
    corrections: z.array(correctionSchema).optional(),
    /**
     * Practices the article describes (names or slugs of src/data/practices.yaml):
     * proposed at import, corrected by the archivist; replaces what the text proposes.
     */
    practices: z.array(z.string().min(1)).optional(),
    /** Earlier slugs of this article; each keeps redirecting here. */
    redirectFrom: z.array(z.string().regex(slugPattern)).optional(),
    seedLine: z.number().int().positive().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'pilot') {
      for (const f of ['city', 'type', 'tier'] as const) {
        if (!a[f])
          ctx.addIssue({ code: 'custom', path: [f], message: `a pilot report needs \`${f}\`` });
      }
    }
    if (a.county) {
      const parent = countyCity.get(a.county);
      if (!parent)
        ctx.addIssue({
          code: 'custom',
          path: ['county'],
          message: `“${a.county}” is not a county-level division of Zhejiang`,
        });
      else if (a.city && parent !== a.city) {
        ctx.addIssue({
          code: 'custom',
          path: ['county'],
          message: `${a.county} belongs to ${parent}, not ${a.city}`,
        });
      }
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;

const roleNames = z.object({ role: z.string(), names: z.array(z.string()) });

export const tocEntrySchema = z.object({
  section: z.string(),
  sectionKey: z.string(),
  note: z.string().optional(),
  cityGroup: z.string().optional(),
  page: z.number().int().positive().optional(),
  text: z.string(),
  subtitle: z.string().optional(),
  author: z.string().optional(),
  slug: z.string().regex(slugPattern).optional(),
});

export const issueSchema = z.object({
  id: issueId,
  title: z.string().min(1),
  englishTitle: z.string().optional(),
  label: z.string().regex(/^\d{4}\/\d{1,2}(?:-\d{1,2})?$/),
  year: z.number().int().min(1950).max(2100),
  numbers: z.array(z.number().int().positive()).min(1),
  totals: z.array(z.number().int().positive()),
  date: isoDate.optional(),
  volumeTitle: z.string().optional(),
  sponsors: z.array(z.string()),
  organizers: z.array(z.string()),
  board: z.array(roleNames),
  editors: z.array(roleNames),
  colophon: z.array(z.object({ label: z.string(), value: z.string() })),
  seed: z.string(),
  toc: z.array(tocEntrySchema),
});

export type IssueData = z.infer<typeof issueSchema>;

/** An old URL and where it now leads (site paths, `/issues/…/`). */
export const redirectSchema = z.object({
  from: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a site path like /issues/2018-5-6/old-slug/'),
  to: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a site path like /issues/2018-5-6/'),
});

/** A pilot's identity across issues (`content/pilots.yaml`). */
export const pilotSchema = z.object({
  id: z.string().regex(slugPattern),
  name: z.string().min(1),
  city: z.enum(cities as [string, ...string[]]).optional(),
  county: z.string().optional(),
  type: z.enum(pilotTypeNames as [string, ...string[]]).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  /** Set by the importer until an archivist confirms the entry. */
  proposed: z.boolean().optional(),
});

export type PilotData = z.infer<typeof pilotSchema>;
