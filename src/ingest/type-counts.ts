/**
 * The pilot counts a 综述 states, told apart by what they count: the whole
 * province's pilots (全省291家试点中，乡镇117家、街道91家) or this volume's
 * (本篇收录…其中乡镇18家、街道6家; 新业态有83家。其中特色小镇36家…). Only
 * this volume's counts are compared with the pilots the issue holds.
 */
import type { VolumeDef } from '../core/volumes.ts';

export type CountScope = 'volume' | 'province';

export interface StatedCount {
  /** The pilot type (or the 综述's name for the volume's pilots as a whole: 新业态). */
  type: string;
  count: number;
  scope: CountScope;
  /** The sentence, for the report. */
  sentence: string;
}

/** Words by which a 综述 speaks of its own volume's pilots (本篇收录…): one list for the counts and the volume. */
export const VOLUME_CUE = /本篇|本期|本辑|本书|收录|刊发|刊登/u;

/** A type's phrase followed by its count: `特色小镇36家`, `楼宇、商圈20家`, `新业态有83家`. */
function countsIn(sentence: string, phrases: { phrase: string; type: string }[]) {
  const out: { type: string; count: number; at: number }[] = [];
  for (const { phrase, type } of [...phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const re = new RegExp(`${escape(phrase)}(?:试点|单位)?(?:有|共|共有)?(\\d+)家`, 'gu');
    for (const m of sentence.matchAll(re)) {
      // `乡镇、街道试点24家`: a joint count of several types, not one type's.
      const before = sentence.slice(0, m.index);
      if (before.endsWith('、') && phrases.some((p) => before.slice(0, -1).endsWith(p.phrase)))
        continue;
      if (out.some((o) => o.at <= m.index && m.index < o.at + 2)) continue;
      out.push({ type, count: Number(m[1]), at: m.index });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads the counts a 综述 states. A sentence with a cue of this volume
 * (本篇, 收录 …) counts the volume's pilots; so does one opening with 其中
 * right after a count of the volume's own category (新业态有83家); any other
 * count is the province's.
 */
export function parseStatedCounts(
  text: string,
  volume: VolumeDef,
  all: VolumeDef[],
): StatedCount[] {
  const phrases = [
    ...all.flatMap((v) =>
      v.types.flatMap((t) => t.phrases.map((phrase) => ({ phrase, type: t.name }))),
    ),
    ...volume.names.map((phrase) => ({ phrase, type: phrase })),
  ];
  const out: StatedCount[] = [];
  let prevOwnCategory = false;
  for (const raw of text.split(/[。；！？]/u)) {
    const sentence = raw.trim();
    const found = countsIn(sentence, phrases);
    if (!found.length) {
      prevOwnCategory = false;
      continue;
    }
    const scope: CountScope =
      VOLUME_CUE.test(sentence) || (/^其中/u.test(sentence) && prevOwnCategory)
        ? 'volume'
        : 'province';
    for (const f of found) out.push({ type: f.type, count: f.count, scope, sentence });
    prevOwnCategory = volume.names.includes(found.at(-1)?.type ?? '');
  }
  return out;
}

export interface TypeCountCheck {
  /** Counts by type for this volume, as stated. */
  volume: Record<string, number>;
  /** Counts for the whole province: reported, never compared. */
  province: Record<string, number>;
  /** Types whose stated count differs from the pilots typed so, with those pilots. */
  mismatches: { type: string; stated: number; typed: number; pilots: string[] }[];
}

/**
 * Compares this volume's stated counts with the pilots. A type stated
 * with a count other than the pilots typed so is a mismatch; it names the
 * pilots typed so (too many) or, when too few, those typed otherwise whose
 * names suggest the type.
 */
export function compareTypeCounts(
  stated: StatedCount[],
  volume: VolumeDef,
  pilots: { name: string; type?: string | undefined }[],
): TypeCountCheck {
  const own = new Set(volume.types.map((t) => t.name));
  const pick = (scope: CountScope) =>
    Object.fromEntries(
      stated
        .filter((s) => s.scope === scope && (scope === 'province' || own.has(s.type)))
        .map((s) => [s.type, s.count]),
    ) as Record<string, number>;
  const vol = pick('volume');
  const mismatches: TypeCountCheck['mismatches'] = [];
  for (const [type, n] of Object.entries(vol)) {
    const typed = pilots.filter((p) => p.type === type);
    if (typed.length === n) continue;
    const named = typed.length > n ? typed : likelyOfType(type, volume, pilots);
    mismatches.push({ type, stated: n, typed: typed.length, pilots: named.map((p) => p.name) });
  }
  return { volume: vol, province: pick('province'), mismatches };
}

/**
 * The pilots typed otherwise that may be of `type`: those whose name holds
 * one of the type's words (东湖街道 for 街道); the types with too many
 * pilots name theirs.
 */
function likelyOfType(
  type: string,
  volume: VolumeDef,
  pilots: { name: string; type?: string | undefined }[],
): { name: string }[] {
  const others = pilots.filter((p) => p.type !== type);
  const words = [type, ...(volume.types.find((t) => t.name === type)?.phrases ?? [])];
  return others.filter((p) => words.some((w) => p.name.includes(w)));
}

/** The report's lines about the 综述's counts. */
export function formatTypeCounts(c: TypeCountCheck): string[] {
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
  const out: string[] = [];
  if (Object.keys(c.volume).length)
    out.push(
      c.mismatches.length
        ? `  ⚠ the 综述 states for this volume ${list(c.volume)}; the pilots differ:`
        : `  types agree with the 综述's counts for this volume (${list(c.volume)})`,
    );
  for (const m of c.mismatches)
    out.push(`    ${m.type}: stated ${m.stated}, typed ${m.typed} — check: ${m.pilots.join('、')}`);
  if (Object.keys(c.province).length)
    out.push(`  the 综述's counts for the whole province (not compared): ${list(c.province)}`);
  return out;
}
