import { cityByName, findParentCity, findPlaces, type Division, type Gazetteer } from '../core/gazetteer.ts';
import { proposePilotType, type PilotTypeDef } from '../core/vocabulary.ts';

export interface Placement {
  city?: string;
  county?: string;
  /** Why: which name in which text decided, for the import report. */
  rule: string;
}

/**
 * Places a pilot in its prefecture city and county from the names it is
 * printed under: the TOC line, the body heading, and (速写) the city the TOC
 * groups it under. A county named outright wins (瑞安市 → 温州市); a short
 * name counts too (浦江 → 浦江县, 舟山定海 → 定海区). Failing that, a town or
 * street (大桥镇, 东栅街道) inside the known city gives the county.
 */
export function placePilot(
  names: string[],
  cityGroup: string | undefined,
  g: Gazetteer,
): Placement {
  const text = names.join(' ');
  const group = cityGroup ? cityByName(cityGroup, g) : undefined;
  const named = findPlaces(text, g, 'city')[0]?.division;
  const city = group ?? named;
  const counties = findPlaces(text, g, 'county').filter(
    (p) => !city || p.division.parent === city.code,
  );
  const county = counties[0];
  if (county) {
    const c = findParentCity(county.division, g);
    return {
      ...(c ? { city: c.name } : {}),
      county: county.division.name,
      rule: `county “${county.text}” in “${text}”`,
    };
  }
  if (city) {
    const towns = findPlaces(text, g, 'town').filter((p) => {
      const parent = p.division.parent ? g.byCode.get(p.division.parent) : undefined;
      return parent?.parent === city.code;
    });
    const unique = new Map<string, Division>();
    for (const t of towns) {
      const parent = t.division.parent ? g.byCode.get(t.division.parent) : undefined;
      if (parent) unique.set(parent.code, parent);
    }
    if (unique.size === 1) {
      const c = [...unique.values()][0]!;
      return {
        city: city.name,
        county: c.name,
        rule: `town “${towns[0]?.text}” of ${c.name} in “${text}”`,
      };
    }
    return {
      city: city.name,
      rule: group
        ? `TOC city group ${city.name}; no county named`
        : `city “${city.name}” named; no county`,
    };
  }
  return { rule: `no place named in “${text}”` };
}

export interface TypeClassification {
  type: string;
  rule: string;
}

/** Proposes a pilot's type from its names (see `src/data/pilot-types.yaml`). */
export function classifyPilotType(names: string[], types: PilotTypeDef[]): TypeClassification {
  const p = proposePilotType(names.join(' '), types);
  return { type: p.type, rule: p.keyword ? `keyword “${p.keyword}”` : 'no keyword: fallback' };
}

/** The tier of a pilot: the TOC section's own note (`省级试点`) first, then the section's default. */
export function pilotTier(
  note: string | undefined,
  sectionDefault: string | undefined,
): string | undefined {
  if (note && /省级/u.test(note)) return '省级';
  if (note && /市|县/u.test(note)) return '市县级';
  return sectionDefault;
}
