/**
 * Pilots across issues. A pilot (梦想小镇工会联合委员会) may be reported in
 * several issues under slightly different names (杭州市余杭区梦想小镇工会 …).
 * `content/pilots.yaml` gives each an identity: the importer proposes one for
 * every pilot report — the registry entry in the same county whose core name
 * matches, else a new entry — and the archivist confirms or corrects it
 * (entries the importer adds carry `proposed: true` until then).
 */
import { UNION_SUFFIXES } from '../core/patterns.ts';
import { ProblemError, error } from '../core/problem.ts';
import type { Gazetteer } from '../core/gazetteer.ts';
import { slugifyName, uniqueSlug } from './slug.ts';
import { lcsLength, matchKey } from './text.ts';

export interface PilotEntry {
  id: string;
  name: string;
  city?: string;
  county?: string;
  type?: string;
  aliases?: string[];
  proposed?: boolean;
}

export interface PilotCandidate {
  /** The organisation as printed in this report. */
  name: string;
  /** The TOC's name for it, if different. */
  tocName?: string;
  city?: string;
  county?: string;
  type?: string;
}

/** A union's suffix, or a park's 管委会, however many end the name. */
const ORG_SUFFIX = new RegExp(`(?:${[...UNION_SUFFIXES, '管委会'].join('|')})+$`, 'u');

/**
 * The core of a pilot's name: without city and county, bracketed asides and
 * the union's suffix. `杭州市余杭区梦想小镇工会联合委员会` → `梦想小镇`.
 */
export function coreName(name: string, g: Gazetteer): string {
  let s = name.normalize('NFKC').replace(/[(（][^)）]*[)）]/gu, '');
  for (const c of g.cities) s = s.replace(new RegExp(`^${c.name}`, 'u'), '');
  for (const c of [...g.counties].sort((a, b) => b.name.length - a.name.length)) {
    for (const form of [c.name, c.short].filter((x): x is string => !!x)) {
      if (s.startsWith(form) && s.length > form.length + 1) {
        s = s.slice(form.length);
        break;
      }
    }
  }
  return matchKey(s.replace(ORG_SUFFIX, ''));
}

/** Whether two core names name the same pilot: equal, or one nearly contains the other. */
export function sameCore(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const shorter = Math.min([...a].length, [...b].length);
  return shorter >= 3 && lcsLength(a, b) / shorter >= 0.85;
}

/**
 * Whether a string can be a pilot's name: at least two letters or digits
 * once punctuation, symbols and spaces are set aside. A name like `-` or `工`
 * is a fragment of broken input, never a pilot.
 */
export function isPilotName(name: string): boolean {
  return (name.normalize('NFKC').match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}

export interface Assignment {
  id: string;
  /** How: `existing` entry by name, `alias` added, or `new`. */
  how: 'existing' | 'alias' | 'new';
}

/**
 * Assigns a pilot id to each candidate, extending the registry (returned
 * sorted by id) with new entries and aliases; never changes what is there.
 */
export function assignPilots(
  candidates: PilotCandidate[],
  registry: PilotEntry[],
  g: Gazetteer,
  words: string[],
): { ids: Assignment[]; registry: PilotEntry[] } {
  const out: PilotEntry[] = registry.map((e) => ({
    ...e,
    ...(e.aliases ? { aliases: [...e.aliases] } : {}),
  }));
  const taken = new Set(out.map((e) => e.id));
  const ids = candidates.map((c): Assignment => {
    // A fragment of broken input is never written as a pilot's name or alias.
    const name = [c.name, c.tocName].find((n): n is string => !!n && isPilotName(n));
    if (!name)
      throw new ProblemError(
        error(
          'content/pilots.yaml',
          `“${c.name}” is not a pilot’s name (only punctuation or one character): nothing was written`,
          {
            hint: 'the seed’s text is probably damaged here: check the TOC entry and heading of this report',
          },
        ),
      );
    c = { ...c, name };
    const cores = [c.name, c.tocName].filter((x): x is string => !!x).map((n) => coreName(n, g));
    const match = out.find(
      (e) =>
        (!e.county || !c.county || e.county === c.county) &&
        [e.name, ...(e.aliases ?? [])].some((n) => cores.some((k) => sameCore(coreName(n, g), k))),
    );
    if (match) {
      const known = [match.name, ...(match.aliases ?? [])];
      if (!known.includes(c.name)) {
        match.aliases = [...(match.aliases ?? []), c.name];
        return { id: match.id, how: 'alias' };
      }
      return { id: match.id, how: 'existing' };
    }
    const base = slugifyName(
      `${c.county ?? ''}${cores[cores.length - 1] || cores[0] || c.name}`,
      words,
    );
    const id = uniqueSlug(base, taken);
    out.push({
      id,
      name: c.name,
      ...(c.city ? { city: c.city } : {}),
      ...(c.county ? { county: c.county } : {}),
      ...(c.type ? { type: c.type } : {}),
      proposed: true,
    });
    return { id, how: 'new' };
  });
  return { ids, registry: out.sort((a, b) => a.id.localeCompare(b.id)) };
}
