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
  search: (params: Record<string, string | undefined> = {}) => {
    const q = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => !!e[1]),
    );
    const s = q.toString();
    return s ? `/search/?${s}` : '/search/';
  },
  data: (file: string) => `/data/${file}`,
  feed: () => '/feed.xml',
  /** A paragraph of an article: search results land there. */
  paragraph: (articleUrl: string, n: number) => `${articleUrl}#p-${n}`,
} as const;
