import type { ArticleKind } from './types.ts';

/** A section of the magazine: printed name, stable key and slug, kind of article. */
export interface SectionDef {
  name: string;
  key: string;
  slug: string;
  kind: ArticleKind;
  tier?: string;
}

export interface PilotTypeDef {
  name: string;
  slug: string;
  keywords: string[];
  /** False for types of other volumes, used only when an issue's file names them. */
  default?: boolean;
}

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
