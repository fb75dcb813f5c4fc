/**
 * Every URL of the site is built here, and only here: pages, links, the
 * sitemap and the data exports agree because they all call these.
 * URLs are stable and ASCII (see README, “URLs”).
 */
export const urls = {
  home: () => '/',
  issues: () => '/issues/',
  issue: (issueId: string) => `/issues/${issueId}/`,
  article: (issueId: string, slug: string) => `/issues/${issueId}/${slug}/`,
  cite: (issueId: string, slug: string, format: 'bib' | 'ris') =>
    `/issues/${issueId}/${slug}/cite.${format}`,
  card: (issueId: string) => `/issues/${issueId}/card.png`,
  cities: () => '/cities/',
  city: (citySlug: string) => `/cities/${citySlug}/`,
  county: (citySlug: string, countySlug: string) => `/cities/${citySlug}/${countySlug}/`,
  cityType: (citySlug: string, typeSlug: string) => `/cities/${citySlug}/types/${typeSlug}/`,
  types: () => '/types/',
  type: (typeSlug: string) => `/types/${typeSlug}/`,
  sections: () => '/sections/',
  section: (sectionSlug: string) => `/sections/${sectionSlug}/`,
  pilots: () => '/pilots/',
  pilot: (pilotSlug: string) => `/pilots/${pilotSlug}/`,
  practices: () => '/practices/',
  practice: (practiceSlug: string) => `/practices/${practiceSlug}/`,
  /** The OAI-PMH static repository (every article as `oai_dc`), for harvesters. */
  oaiStatic: () => '/data/oai-static.xml',
  /** The search page; empty values are left out, a list gives the parameter once per value. */
  search: (params: Record<string, string | readonly string[] | undefined> = {}) => {
    const q = new URLSearchParams(
      Object.entries(params).flatMap(([k, v]) =>
        (typeof v === 'string' ? [v] : (v ?? [])).filter(Boolean).map((x) => [k, x]),
      ),
    );
    const s = q.toString();
    return s ? `/search/?${s}` : '/search/';
  },
  data: (file: string) => `/data/${file}`,
  feed: () => '/feed.xml',
  /** A paragraph of an article (ids from src/lib/rehype-paragraph-ids.ts). */
  paragraph: (articleUrl: string, n: number) => `${articleUrl}#p-${n}`,
  /** A search result's link: the article with the query to highlight (`hl`), at the paragraph of the first match. */
  searchHit: (articleUrl: string, q: string, paragraph?: number): string => {
    const withQuery = `${articleUrl}${q ? `?hl=${encodeURIComponent(q)}` : ''}`;
    return paragraph ? urls.paragraph(withQuery, paragraph) : withQuery;
  },
  /** The index Pagefind writes (read by src/lib/search/pagefind-index.ts; its JS and WASM are there too, unused by the site). */
  pagefind: () => '/pagefind/',
  /** The search's archive map (src/lib/search/record.ts). */
  searchMap: () => '/search/archive.json',
  /** The search's traditional/variant fold table (src/lib/search/fold.ts). */
  searchFold: () => '/search/fold.json',
  /** The archive's words for "did you mean" (src/lib/search/suggest.ts). */
  searchWords: () => '/search/words.json',
  /** What a result line shows for the k-th article (from 0) of an issue. */
  searchDoc: (issueId: string, k: number) => `/search/doc/${issueId}/${k}.json`,
} as const;
