import { loadVocabularies } from '../core/load-data.ts';
import type { SectionDef } from '../core/vocabulary.ts';
import { displayOrder, loadVolumes } from '../core/volumes.ts';

/** A pilot type with its page slug, in the order the 综述 lists them. */
export interface TypeInfo {
  name: string;
  slug: string;
}

let pilotTypes: { list: TypeInfo[]; byName: Map<string, TypeInfo> } | undefined;

/** Every pilot type of every volume, volume by volume in the order their 综述 list them (worked out once: every article page asks). */
export function listPilotTypes(): TypeInfo[] {
  return loadPilotTypes().list;
}

function loadPilotTypes(): { list: TypeInfo[]; byName: Map<string, TypeInfo> } {
  if (!pilotTypes) {
    const order = displayOrder(loadVolumes());
    const list = loadVocabularies()
      .pilotTypes.map((t) => ({ name: t.name, slug: t.slug }))
      .sort((a, b) => rank(order, a.name) - rank(order, b.name));
    pilotTypes = { list, byName: new Map(list.map((t) => [t.name, t])) };
  }
  return pilotTypes;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

export function typeByName(name: string | undefined): TypeInfo | undefined {
  return name === undefined ? undefined : loadPilotTypes().byName.get(name);
}

/** Sections in the magazine's order. */
export function listSections(): SectionDef[] {
  return loadVocabularies().sections.all;
}

export function sectionByKey(key: string): SectionDef | undefined {
  return loadVocabularies().sections.byKey(key);
}
