import { loadVocabularies } from '../core/load-data.ts';
import type { SectionDef } from '../core/vocabulary.ts';

/** A pilot type with its page slug, in the order the 综述 lists them. */
export interface TypeInfo {
  name: string;
  slug: string;
}

const DISPLAY_ORDER = ['特色小镇', '楼宇商圈', '工业文创园区', '其他'];

export function listPilotTypes(): TypeInfo[] {
  return loadVocabularies()
    .pilotTypes.map((t) => ({ name: t.name, slug: t.slug }))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

function rank(name: string): number {
  const i = DISPLAY_ORDER.indexOf(name);
  return i < 0 ? DISPLAY_ORDER.length : i;
}

export function typeByName(name: string | undefined): TypeInfo | undefined {
  return listPilotTypes().find((t) => t.name === name);
}

/** Sections in the magazine's order. */
export function listSections(): SectionDef[] {
  return loadVocabularies().sections.all;
}

export function sectionByKey(key: string): SectionDef | undefined {
  return loadVocabularies().sections.byKey(key);
}
