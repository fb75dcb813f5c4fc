import { pinyin } from 'pinyin-pro';
import { loadVocabularies } from '../core/load-data.ts';

/** A prefecture city of Zhejiang with its counties, and the slugs of their pages. */
export interface CityInfo {
  name: string;
  short: string;
  slug: string;
  code: string;
  counties: { name: string; slug: string; code: string }[];
}

/** Pinyin without tones or separators: `杭州` → `hangzhou`, `西湖区` → `xihuqu`. */
export function pinyinSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');
}

let cached: CityInfo[] | undefined;

/** The 11 prefecture cities in GB/T 2260 order (杭州, 宁波, 温州 …), with their counties. */
export function listCities(): CityInfo[] {
  if (cached) return cached;
  const g = loadVocabularies().gazetteer;
  cached = g.cities
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => ({
      name: c.name,
      short: c.short ?? c.name,
      slug: pinyinSlug(c.short ?? c.name),
      code: c.code,
      counties: g.counties
        .filter((k) => k.parent === c.code)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((k) => ({ name: k.name, slug: pinyinSlug(k.name), code: k.code })),
    }));
  return cached;
}

export function cityByName(name: string | undefined): CityInfo | undefined {
  return name ? listCities().find((c) => c.name === name) : undefined;
}
