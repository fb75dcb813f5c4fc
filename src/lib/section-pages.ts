/**
 * The data of the section pages, `/sections/<section>/`, worked out here so
 * the route stays a dozen lines.
 */
import type { Archive } from './content.ts';
import { sectionViews, type SectionView } from './browse.ts';
import { labelIssues, type IssueLabels } from './place-pages.ts';

// A type, not an interface: Astro's page props need an index signature.
export type SectionPage = {
  view: SectionView;
  labels: IssueLabels;
};

/** One page per section. */
export function sectionPages(
  archive: Archive,
): { params: { section: string }; props: SectionPage }[] {
  const labels = labelIssues(archive);
  return sectionViews(archive).map((view) => ({
    params: { section: view.section.slug },
    props: { view, labels },
  }));
}
