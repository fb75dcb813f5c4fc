/**
 * The data of the place pages — a city, a county, a city × type — and their
 * paths, worked out here so the routes in src/pages/cities/ stay a dozen
 * lines (Starlight's routes/static + utils/routing discipline).
 */
import type { Archive, Article } from './content.ts';
import { cityViews, type CityView } from './browse.ts';
import { countPilots } from './pilots.ts';
import { listPilotTypes, type TypeInfo } from './taxonomy.ts';
import type { CityInfo } from './places.ts';

/** Issue id → its label (`2018/5-6`), for lists that span issues. */
export type IssueLabels = Map<string, string>;

/** A type's share of a set of reports, for city × type links. */
export interface TypeCount {
  type: TypeInfo;
  reports: number;
}

/** The types present among `reports`, in display order, with counts. */
export function countTypes(reports: Article[]): TypeCount[] {
  return listPilotTypes()
    .map((type) => ({ type, reports: reports.filter((a) => a.data.type === type.name).length }))
    .filter((t) => t.reports > 0);
}

export function labelIssues(archive: Archive): IssueLabels {
  return new Map(archive.issues.map((i) => [i.id, i.data.label]));
}

// A type, not an interface: Astro's page props need an index signature.
export type CityPage = {
  view: CityView;
  labels: IssueLabels;
  types: TypeCount[];
};

/** One page per city with reports. */
export function cityPages(archive: Archive): { params: { city: string }; props: CityPage }[] {
  const labels = labelIssues(archive);
  return cityViews(archive)
    .filter((v) => v.reports.length > 0)
    .map((view) => ({
      params: { city: view.city.slug },
      props: { view, labels, types: countTypes(view.reports) },
    }));
}

export type CountyPage = {
  city: CityInfo;
  county: { name: string; slug: string; code: string };
  reports: Article[];
  pilots: number;
  labels: IssueLabels;
  types: TypeCount[];
};

/** One page per county with reports: `/cities/<city>/<county>/`. */
export function countyPages(
  archive: Archive,
): { params: { city: string; county: string }; props: CountyPage }[] {
  const labels = labelIssues(archive);
  return cityViews(archive).flatMap((view) =>
    view.counties.map((c) => {
      const county = view.city.counties.find((k) => k.slug === c.slug)!;
      return {
        params: { city: view.city.slug, county: c.slug },
        props: {
          city: view.city,
          county,
          reports: c.reports,
          pilots: c.pilots,
          labels,
          types: countTypes(c.reports),
        },
      };
    }),
  );
}

export type CityTypePage = {
  city: CityInfo;
  type: TypeInfo;
  reports: Article[];
  pilots: number;
  labels: IssueLabels;
};

/** One page per city and type with reports: `/cities/<city>/types/<type>/`. */
export function cityTypePages(
  archive: Archive,
): { params: { city: string; type: string }; props: CityTypePage }[] {
  const labels = labelIssues(archive);
  return cityViews(archive).flatMap((view) =>
    listPilotTypes()
      .map((type) => ({ type, reports: view.reports.filter((a) => a.data.type === type.name) }))
      .filter((t) => t.reports.length > 0)
      .map(({ type, reports }) => ({
        params: { city: view.city.slug, type: type.slug },
        props: { city: view.city, type, reports, pilots: countPilots(reports), labels },
      })),
  );
}
