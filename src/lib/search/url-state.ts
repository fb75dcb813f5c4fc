/**
 * The search as a URL, both ways: `?q=…&city=hangzhou&city=ningbo&type=towns`.
 * Filter values travel as ASCII slugs and are searched by their labels (the
 * map's values); unknown slugs are dropped, empty values never written.
 */
import { urls } from '../urls.ts';
import type { FilterName } from './client.ts';

/** A facet as the search page shows it: its values' slugs and labels. */
export interface FacetDef {
  name: FilterName;
  label: string;
  options: { slug: string; label: string }[];
}

export interface SearchState {
  q: string;
  /** Chosen slugs per facet, in the facet's order. */
  filters: Partial<Record<FilterName, string[]>>;
}

/** The state a URL's query string describes. */
export function readState(search: string, facets: readonly FacetDef[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const f of facets) {
    const chosen = new Set(params.getAll(f.name));
    const slugs = f.options.map((o) => o.slug).filter((s) => chosen.has(s));
    if (slugs.length) filters[f.name] = slugs;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The search page's URL for a state: no empty parameters. */
export function writeState(state: SearchState, facets: readonly FacetDef[]): string {
  return urls.search({
    q: state.q.trim() || undefined,
    ...Object.fromEntries(facets.map((f) => [f.name, state.filters[f.name] ?? []])),
  });
}

/** The labels the search filters by, for the chosen slugs. */
export function filterLabels(
  state: SearchState,
  facets: readonly FacetDef[],
): Partial<Record<FilterName, string[]>> {
  const out: Partial<Record<FilterName, string[]>> = {};
  for (const f of facets) {
    const slugs = state.filters[f.name];
    if (slugs?.length)
      out[f.name] = f.options.filter((o) => slugs.includes(o.slug)).map((o) => o.label);
  }
  return out;
}

/** Whether the state asks for anything (a query or a filter). */
export function isEmptyState(state: SearchState): boolean {
  return !state.q.trim() && !Object.values(state.filters).some((v) => v?.length);
}
