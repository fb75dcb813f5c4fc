import { z } from 'astro/zod';
import { articleKinds } from './article-kinds.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens');

/** A section of the magazine (`sections.yaml`, or an issue's own file): printed name, stable key and slug, kind of article. */
export const sectionDefSchema = z.object({
  name: z.string().min(1),
  key: slug,
  slug,
  kind: z.enum(articleKinds),
  tier: z.string().min(1).optional(),
});
export type SectionDef = z.infer<typeof sectionDefSchema>;

/** A pilot type (`pilot-types.yaml`) and the keywords that propose it. */
export const pilotTypeDefSchema = z.object({
  name: z.string().min(1),
  slug,
  keywords: z.array(z.string().min(1)),
  /** False for types of other volumes, used only when an issue's file names them. */
  default: z.boolean().optional(),
});
export type PilotTypeDef = z.infer<typeof pilotTypeDefSchema>;

export interface SectionVocabulary {
  all: SectionDef[];
  byName(name: string): SectionDef | undefined;
  byKey(key: string): SectionDef | undefined;
}

/** Builds the section lookup from the data file's list. */
export function makeSectionVocabulary(defs: SectionDef[]): SectionVocabulary {
  const norm = (s: string) => s.replace(/\s+/gu, '');
  return {
    all: defs,
    byName: (name) => defs.find((d) => norm(d.name) === norm(name)),
    byKey: (key) => defs.find((d) => d.key === key),
  };
}

export interface TypeProposal {
  type: string;
  /** The keyword that decided, or undefined for the fallback. */
  keyword?: string;
}

/**
 * Proposes a pilot type: the first type (in the data file's order) with a
 * keyword found in the name; the type without keywords is the fallback,
 * else the last type.
 */
export function proposePilotType(name: string, types: PilotTypeDef[]): TypeProposal {
  for (const t of types) {
    const keyword = t.keywords.find((k) => name.includes(k));
    if (keyword) return { type: t.name, keyword };
  }
  const fallback = types.find((t) => t.name === '其他') ?? types.at(-1);
  return { type: fallback?.name ?? '其他' };
}

/** The section vocabulary with an issue's own sections added (or renamed) on top. */
export function withIssueSections(
  base: SectionVocabulary,
  extra: SectionDef[] | undefined,
): SectionVocabulary {
  if (!extra?.length) return base;
  const names = new Set(extra.map((d) => d.name));
  return makeSectionVocabulary([...base.all.filter((d) => !names.has(d.name)), ...extra]);
}

/** The pilot types an issue uses: those its file names, in that order, else the default ones. */
export function issuePilotTypes(
  all: PilotTypeDef[],
  names: string[] | undefined,
): { types: PilotTypeDef[]; unknown: string[] } {
  if (!names?.length) return { types: all.filter((t) => t.default !== false), unknown: [] };
  return {
    types: names.map((n) => all.find((t) => t.name === n)).filter((t): t is PilotTypeDef => !!t),
    unknown: names.filter((n) => !all.some((t) => t.name === n)),
  };
}
