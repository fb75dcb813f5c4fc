/**
 * Volumes of the series (新业态探索篇, 乡镇振兴篇, 街道活力篇 …): which one an
 * issue belongs to, and so which pilot types its pilots can have. Data in
 * `src/data/volumes.yaml`; type slugs and keywords in `pilot-types.yaml`.
 */
import { stripUnionSuffix } from '../core/union-suffix.ts';
import type { VolumeDef } from '../core/volumes.ts';
import type { PilotTypeDef } from '../core/vocabulary.ts';
import { VOLUME_CUE } from './type-counts.ts';

export type { VolumeDef } from '../core/volumes.ts';

export interface Recognition {
  volume?: VolumeDef;
  /** How it was told, for the report. */
  rule: string;
}

/**
 * Tells an issue's volume: from its volume title (cover or issue file); else
 * from a line naming one volume (`…“乡镇振兴篇”综述`); else from the pilots a
 * 综述 says this volume holds (`本篇收录乡镇试点24家`). Undefined when none
 * or several fit: the importer then asks.
 */
export function recognizeVolume(
  volumeTitle: string | undefined,
  texts: string[],
  volumes: VolumeDef[],
): Recognition {
  const byTitle = volumes.find((v) => volumeTitle?.includes(v.title));
  if (byTitle) return { volume: byTitle, rule: `volume title “${volumeTitle}”` };
  const named = (pred: (t: string) => boolean) => {
    const hits = volumes.filter((v) => texts.some((t) => pred(t) && t.includes(v.title)));
    return hits.length === 1 ? hits[0] : undefined;
  };
  const inOverview = named((t) => t.includes('综述'));
  if (inOverview) return { volume: inOverview, rule: `the 综述 names “${inOverview.title}”` };
  const anywhere = named(() => true);
  if (anywhere) return { volume: anywhere, rule: `the text names “${anywhere.title}”` };
  for (const t of texts) {
    for (const sentence of t.split(/[。；]/u).filter((s) => VOLUME_CUE.test(s))) {
      const hit = volumes
        .map((v) => ({ v, at: firstIndex(sentence, v.names) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      if (hit)
        return {
          volume: hit.v,
          rule: `the text says it holds ${hit.v.names[0]} pilots: “${sentence.trim().slice(0, 40)}”`,
        };
    }
  }
  return { rule: 'no volume title (…篇) on the cover or in the 综述' };
}

function firstIndex(text: string, words: string[]): number {
  const at = words.map((w) => text.indexOf(w)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** How an issue's pilots are typed: the types to choose from and the rule. */
export interface VolumeTyping {
  volume?: VolumeDef;
  types: PilotTypeDef[];
  match: 'first' | 'last';
  fallback?: string;
  /** Where the types came from, for the report. */
  source: 'issue file' | 'volume' | 'default';
}

/**
 * The pilot types an issue uses: those its issue file names (the archivist's
 * word), else its volume's, else the default ones (the types not marked
 * `default: false`, as the first volume uses them).
 */
export function pickVolumeTyping(
  all: PilotTypeDef[],
  volume: VolumeDef | undefined,
  fromIssueFile: PilotTypeDef[] | undefined,
): VolumeTyping {
  if (fromIssueFile?.length)
    return {
      ...(volume ? { volume } : {}),
      types: fromIssueFile,
      match: volume?.match ?? 'last',
      ...(volume?.fallback && fromIssueFile.some((t) => t.name === volume.fallback)
        ? { fallback: volume.fallback }
        : fromIssueFile.some((t) => t.name === '其他')
          ? { fallback: '其他' }
          : {}),
      source: 'issue file',
    };
  if (volume) {
    const names = new Set(volume.types.map((t) => t.name));
    return {
      volume,
      // Keyword order is pilot-types.yaml's: its first-match rules were settled in that order.
      types: all.filter((t) => names.has(t.name)),
      match: volume.match,
      ...(volume.fallback ? { fallback: volume.fallback } : {}),
      source: 'volume',
    };
  }
  return {
    types: all.filter((t) => t.default !== false),
    match: 'first',
    fallback: '其他',
    source: 'default',
  };
}

export interface VolumeTypeProposal {
  type?: string;
  rule: string;
}

/**
 * Types a pilot by its names (TOC line, organisation) within its volume's
 * types. `first`: the first type with a keyword in a name. `last`: the
 * keyword that ends nearest the end of a name, its union suffix removed —
 * a name's last word says what it is (招宝山街道), an earlier one may be part
 * of a place (镇海区). No fit: the volume's fallback, else no type.
 */
export function typePilot(names: string[], typing: VolumeTyping): VolumeTypeProposal {
  const list = names.filter(Boolean);
  if (typing.match === 'first') {
    const joined = list.join(' ');
    for (const t of typing.types) {
      const k = t.keywords.find((w) => joined.includes(w));
      if (k) return { type: t.name, rule: `keyword “${k}”` };
    }
  } else {
    // The organisation (last) before the TOC line: a title-first entry's TOC line is a title (小镇大舞台).
    for (const name of [...list].reverse()) {
      const bare = stripUnionSuffix(name.split(/[ \u3000]/u)[0] ?? name);
      let best: { type: string; keyword: string; end: number } | undefined;
      for (const t of typing.types)
        for (const k of t.keywords) {
          const at = bare.lastIndexOf(k);
          if (at >= 0 && (!best || at + k.length > best.end))
            best = { type: t.name, keyword: k, end: at + k.length };
        }
      if (best)
        return { type: best.type, rule: `keyword “${best.keyword}” nearest the end of “${bare}”` };
    }
  }
  if (typing.fallback) return { type: typing.fallback, rule: 'no keyword: fallback' };
  return {
    rule: `no keyword of ${typing.types.map((t) => t.name).join(', ')} in “${list.join(' ')}”`,
  };
}

/** The lines of `seeds/<name>.yaml` that tell the importer an issue's volume. */
export function volumeLines(v: VolumeDef): string[] {
  return [
    `volumeTitle: ${v.volumeTitle}`,
    `pilotTypes: [${v.types.map((t) => t.name).join(', ')}]`,
  ];
}
