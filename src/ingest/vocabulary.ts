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
