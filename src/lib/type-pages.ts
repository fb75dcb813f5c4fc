/**
 * The data of the type pages, `/types/<type>/`: the type's reports grouped by
 * city, each group leading to the city × type page (src/lib/place-pages.ts).
 */
import type { Archive, Article } from './content.ts';
import { typeViews, type TypeView } from './browse.ts';
import { labelIssues, type IssueLabels } from './place-pages.ts';
import { listCities, type CityInfo } from './places.ts';

// A type, not an interface: Astro's page props need an index signature.
export type TypePage = {
  view: TypeView;
  labels: IssueLabels;
  byCity: { city: CityInfo; reports: Article[] }[];
};

/** One page per type with reports. */
export function typePages(archive: Archive): { params: { type: string }; props: TypePage }[] {
  const labels = labelIssues(archive);
  return typeViews(archive)
    .filter((v) => v.reports.length > 0)
    .map((view) => ({
      params: { type: view.type.slug },
      props: {
        view,
        labels,
        byCity: listCities()
          .map((city) => ({ city, reports: view.reports.filter((a) => a.data.city === city.name) }))
          .filter((g) => g.reports.length > 0),
      },
    }));
}
