/**
 * The importer's volume step: which volume an issue belongs to, which pilot
 * types its pilots get, and — when the importer cannot tell — what the
 * archivist writes in `seeds/<name>.yaml`. Also the 综述's counts, compared
 * like with like. Called from `import-issue.ts`.
 */
import type { Problem } from '../core/problem.ts';
import { issuePilotTypes, type PilotTypeDef } from '../core/vocabulary.ts';
import { getOverridesPath } from './seed-input.ts';
import {
  pickVolumeTyping,
  recognizeVolume,
  volumeLines,
  type Recognition,
  type VolumeDef,
  type VolumeTyping,
} from './volume.ts';
import { compareTypeCounts, parseStatedCounts, type TypeCountCheck } from './type-counts.ts';

export interface VolumeStep {
  recognition: Recognition;
  typing: VolumeTyping;
  /** What the report asks for first: a sentence, then the exact lines for the issue file. */
  asks: string[];
  issues: Problem[];
}

/** Recognises the volume and picks the types; asks for the volume when it cannot tell. */
export function resolveVolume(
  volumeTitle: string | undefined,
  texts: string[],
  all: PilotTypeDef[],
  volumes: VolumeDef[],
  issueFileTypes: string[] | undefined,
  file: string,
): VolumeStep {
  const issueFile = getOverridesPath(file);
  const recognition = recognizeVolume(volumeTitle, texts, volumes);
  const picked = issueFileTypes?.length ? issuePilotTypes(all, issueFileTypes) : undefined;
  const typing = pickVolumeTyping(all, recognition.volume, picked?.types);
  const asks: string[] = [];
  const issues: Problem[] = [];
  for (const n of picked?.unknown ?? [])
    issues.push({
      level: 'warning',
      file: issueFile,
      line: 1,
      message: `pilot type “${n}” is not in src/data/pilot-types.yaml`,
      hint: 'add it there (with keywords) or correct the name',
    });
  if (!recognition.volume && !picked) {
    // A title the series does not know yet (a new volume) needs data, not an issue file.
    const unknown = /(\p{Script=Han}{2,8}篇)/u.exec(volumeTitle ?? '')?.[1];
    const why = unknown
      ? `volume “${unknown}” is not in src/data/volumes.yaml — add it there (see README) or`
      : recognition.rule;
    const message = `cannot tell the issue's volume (${why}): its pilots were typed as ${typing.types.map((t) => t.name).join(', ')}`;
    issues.push({
      level: 'warning',
      file,
      line: 1,
      message,
      hint: `give its volume in ${issueFile} (lines below) and import again`,
    });
    asks.push(`${message}. Write in ${issueFile} the lines of its volume, e.g.:`);
    for (const v of volumes) asks.push(`  # ${v.title}`, ...volumeLines(v).map((l) => `  ${l}`));
  }
  return { recognition, typing, asks, issues };
}

/** A pilot that fits none of its volume's types: a finding and what to write. */
export function askForType(
  name: string,
  line: number,
  typing: VolumeTyping,
  file: string,
): { issue: Problem; ask: string[] } {
  const names = typing.types.map((t) => t.name).join(', ');
  const where = typing.volume ? `${typing.volume.title}'s types` : 'the types in use';
  const issueFile = getOverridesPath(file);
  const withOther = [...typing.types.map((t) => t.name).filter((n) => n !== '其他'), '其他'];
  return {
    issue: {
      level: 'warning',
      file,
      line,
      message: `pilot “${name}” fits none of ${where} (${names}): it has no type`,
      hint: `set \`type:\` in its frontmatter, or add a keyword for it in src/data/pilot-types.yaml`,
    },
    ask: [
      `${file}:${line}: pilot “${name}” fits none of ${where} (${names}): after the import set \`type:\` in its frontmatter, or type it 其他 by writing in ${issueFile}:`,
      `  pilotTypes: [${withOther.join(', ')}]`,
    ],
  };
}

/** The 综述's counts for this issue: parsed, scoped, compared with the pilots' types. */
export function checkStatedCounts(
  overviewText: string | undefined,
  typing: VolumeTyping,
  volumes: VolumeDef[],
  pilots: { name: string; type?: string | undefined }[],
): TypeCountCheck | undefined {
  // Volume unknown, types from the issue file: count those types, each under its own name.
  const volume: VolumeDef = typing.volume ?? {
    title: '',
    volumeTitle: '',
    names: [],
    match: typing.match,
    types: typing.types.map((t) => ({ name: t.name, phrases: [t.name] })),
  };
  if (!overviewText) return undefined;
  const stated = parseStatedCounts(overviewText, volume, volumes);
  if (!stated.length) return undefined;
  return compareTypeCounts(stated, volume, pilots);
}
