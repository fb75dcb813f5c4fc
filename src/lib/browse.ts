/**
 * The browse pages' groupings: pilots by city (all 11, even those with none)
 * and county, by type, articles by section. Pilots and reports are counted
 * apart: one pilot may be reported in several issues.
 */
import type { Archive, Article } from './content.ts';
import { listCities, type CityInfo } from './places.ts';
import { countPilots } from './pilots.ts';
import { listPilotTypes, listSections, type TypeInfo } from './taxonomy.ts';
import type { SectionDef } from '../core/vocabulary.ts';

export interface Tally {
  reports: Article[];
  pilots: number;
}

const tally = (reports: Article[]): Tally => ({ reports, pilots: countPilots(reports) });

export interface CityView extends Tally {
  city: CityInfo;
  counties: ({ name: string; slug: string } & Tally)[];
  /** Reports with a city but no county. */
  unplaced: Article[];
}

const cityViewCache = new WeakMap<Archive, CityView[]>();

/** Each city's reports and counties, worked out once per archive (city, county, city × type and home pages all ask). */
export function cityViews(archive: Archive): CityView[] {
  let views = cityViewCache.get(archive);
  if (!views) {
    views = buildCityViews(archive);
    cityViewCache.set(archive, views);
  }
  return views;
}

function buildCityViews(archive: Archive): CityView[] {
  return listCities().map((city) => {
    const reports = archive.pilots.filter((a) => a.data.city === city.name);
    return {
      city,
      ...tally(reports),
      counties: city.counties
        .map((c) => ({ ...c, ...tally(reports.filter((a) => a.data.county === c.name)) }))
        .filter((c) => c.reports.length > 0),
      unplaced: reports.filter((a) => !a.data.county),
    };
  });
}

export interface TypeView extends Tally {
  type: TypeInfo;
}

/**
 * Types in use, of every volume; a type no pilot has yet is left out (with
 * three volumes, listing empty types would be noise), unless named in `defaults`.
 */
export function typeViews(archive: Archive, defaults: string[] = []): TypeView[] {
  return listPilotTypes()
    .map((type) => ({ type, ...tally(archive.pilots.filter((a) => a.data.type === type.name)) }))
    .filter((t) => t.reports.length > 0 || defaults.includes(t.type.name));
}

export interface SectionView {
  section: SectionDef;
  articles: Article[];
}

export function sectionViews(archive: Archive): SectionView[] {
  return listSections()
    .map((section) => ({
      section,
      articles: archive.articles.filter((a) => a.data.sectionKey === section.key),
    }))
    .filter((s) => s.articles.length > 0);
}
