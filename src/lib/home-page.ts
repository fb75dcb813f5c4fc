/**
 * The data of the home page: the archive's figures, the issues by year and
 * the three ways to browse (cities, types, sections), worked out here so the
 * route stays a dozen lines (Starlight's routes/static + utils/routing).
 */
import type { Archive, Issue } from './content.ts';
import {
  cityViews,
  sectionViews,
  typeViews,
  type CityView,
  type SectionView,
  type TypeView,
} from './browse.ts';
import { issuesByYear } from './toc-view.ts';

/** The archive at a glance, as the home page counts it. */
export interface ArchiveFigures {
  issues: number;
  articles: number;
  /** Articles that report on a pilot. */
  reports: number;
  pilots: number;
}

// A type, not an interface: Astro's component props are spread from it.
export type HomePage = {
  figures: ArchiveFigures;
  years: [number, Issue[]][];
  cities: CityView[];
  types: TypeView[];
  sections: SectionView[];
};

/** Everything the home page shows. */
export function homePage(archive: Archive): HomePage {
  return {
    figures: {
      issues: archive.issues.length,
      articles: archive.articles.length,
      reports: archive.pilots.length,
      pilots: archive.pilotEntries.length,
    },
    years: issuesByYear(archive),
    cities: cityViews(archive),
    types: typeViews(archive),
    sections: sectionViews(archive),
  };
}
