/**
 * The volumes of the series (新业态探索篇, 乡镇振兴篇, 街道活力篇 …) as data
 * (`src/data/volumes.yaml`): each with its pilot types, in the order its 综述
 * lists them. The importer types an issue's pilots within its volume's types
 * (`src/ingest/volume.ts`); the site lists types volume by volume.
 */
import { z } from 'astro/zod';
import { loadVocabularies, readDataFile } from './load-data.ts';

const volumeSchema = z.object({
  /** The volume's own name, as printed: `乡镇振兴篇`. */
  title: z.string().regex(/篇$/, 'a volume title ends with 篇'),
  /** What `volumeTitle:` says for it in an issue file. */
  volumeTitle: z.string().min(1),
  /** How a 综述 names the volume's pilots as a whole (新业态). */
  names: z.array(z.string().min(1)).default([]),
  match: z.enum(['first', 'last']).default('last'),
  fallback: z.string().min(1).optional(),
  /** Its types, in the 综述's order, with the 综述's words for each. */
  types: z
    .array(z.object({ name: z.string().min(1), phrases: z.array(z.string().min(1)).default([]) }))
    .min(1),
});

export type VolumeDef = z.infer<typeof volumeSchema>;

/** The list of `volumes.yaml`, each type one that `pilot-types.yaml` defines (`knownTypes`). */
export function volumeListSchema(knownTypes: readonly string[]) {
  const known = new Set(knownTypes);
  return z.array(volumeSchema).superRefine((list, ctx) =>
    list.forEach((v, i) =>
      [...v.types.map((t) => t.name), ...(v.fallback ? [v.fallback] : [])].forEach((n) => {
        if (!known.has(n))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'types'],
            message: `type “${n}” is not in pilot-types.yaml`,
          });
      }),
    ),
  );
}

let cached: VolumeDef[] | undefined;

/** The volumes of `src/data/volumes.yaml`, loaded once and checked against `pilot-types.yaml`. */
export function loadVolumes(): VolumeDef[] {
  cached ??= readDataFile(
    'volumes.yaml',
    volumeListSchema(loadVocabularies().pilotTypes.map((t) => t.name)),
  );
  return cached;
}

/** Type names volume by volume, each once: the order browse pages list types in. */
export function displayOrder(volumes: readonly VolumeDef[]): string[] {
  return [...new Set(volumes.flatMap((v) => v.types.map((t) => t.name)))];
}
