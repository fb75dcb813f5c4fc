import { describe, expect, it } from 'vitest';
import type { Archive } from './content.ts';
import { typeViews } from './browse.ts';

/** An archive of pilot reports with just what the type views read. */
const archive = (types: string[]) =>
  ({
    pilots: types.map((type, i) => ({ id: `x/${i}`, data: { type, pilot: `p${i}` } })),
  }) as unknown as Archive;

describe('types to browse', () => {
  it('lists the types in use, of every volume, volume by volume, and no empty type', () => {
    expect(
      typeViews(archive(['街道', '特色小镇', '乡镇', '街道'])).map((v) => [
        v.type.name,
        v.type.slug,
        v.reports.length,
      ]),
    ).toEqual([
      ['特色小镇', 'towns', 1],
      ['乡镇', 'towns-and-townships', 1],
      ['街道', 'subdistricts', 2],
    ]);
    expect(typeViews(archive(['其他'])).map((v) => v.type.name)).toEqual(['其他']);
  });
});
