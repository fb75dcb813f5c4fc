/**
 * Every page (HTML) path the site emits, worked out from the content data
 * and the same vocabularies and `urls` functions the routes use, without a
 * build: `npm run check` validates redirect targets against it.
 *
 * One entry per route of src/pages. A new route must be added to ROUTES:
 * the built-site test (tests/build/site-paths.test.ts) compares this list
 * with the pages actually in dist/ and fails until it is.
 */
import { cityByName, listCities } from './places.ts';
import { listPractices } from '../core/practice-vocabulary.ts';
import { listPilotTypes, listSections, typeByName } from './taxonomy.ts';
import { urls } from './urls.ts';

/** What the routes need to know about an article to decide their pages. */
export interface SiteArticle {
  issue: string;
  slug: string;
  kind: string;
  sectionKey: string;
  city?: string | undefined;
  county?: string | undefined;
  type?: string | undefined;
  pilot?: string | undefined;
}

/** The content the site's pages come from. */
export interface SiteData {
  issueIds: string[];
  articles: SiteArticle[];
  /** Ids of `content/pilots.yaml`. */
  pilotIds: string[];
}

/** A route of src/pages and the paths it emits. */
interface Route {
  route: string;
  paths: (d: SiteData) => string[];
}

const pilotReports = (d: SiteData) => d.articles.filter((a) => a.kind === 'pilot');

/** The routes that emit HTML pages (redirect pages and 404.html are not pages a link should target). */
export const ROUTES: Route[] = [
  { route: 'index.astro', paths: () => [urls.home()] },
  { route: 'issues/index.astro', paths: () => [urls.issues()] },
  { route: 'issues/[issue]/index.astro', paths: (d) => d.issueIds.map(urls.issue) },
  {
    route: 'issues/[issue]/[slug]/index.astro',
    paths: (d) => d.articles.map((a) => urls.article(a.issue, a.slug)),
  },
  { route: 'cities/index.astro', paths: () => [urls.cities()] },
  {
    // cityViews(): cities with at least one pilot report.
    route: 'cities/[city]/index.astro',
    paths: (d) => {
      const names = new Set(pilotReports(d).map((a) => a.city));
      return listCities()
        .filter((c) => names.has(c.name))
        .map((c) => urls.city(c.slug));
    },
  },
  {
    // countyPages(): counties with at least one pilot report.
    route: 'cities/[city]/[county]/index.astro',
    paths: (d) =>
      pilotReports(d).flatMap((a) => {
        const city = cityByName(a.city);
        const county = city?.counties.find((k) => k.name === a.county);
        return city && county ? [urls.county(city.slug, county.slug)] : [];
      }),
  },
  {
    // cityTypePages(): each city's types with at least one pilot report.
    route: 'cities/[city]/types/[type]/index.astro',
    paths: (d) =>
      pilotReports(d).flatMap((a) => {
        const city = cityByName(a.city);
        const type = typeByName(a.type);
        return city && type ? [urls.cityType(city.slug, type.slug)] : [];
      }),
  },
  { route: 'types/index.astro', paths: () => [urls.types()] },
  {
    // typeViews(): types with at least one pilot report.
    route: 'types/[type]/index.astro',
    paths: (d) => {
      const names = new Set(pilotReports(d).map((a) => a.type));
      return listPilotTypes()
        .filter((t) => names.has(t.name))
        .map((t) => urls.type(t.slug));
    },
  },
  { route: 'sections/index.astro', paths: () => [urls.sections()] },
  {
    // sectionViews(): sections with at least one article.
    route: 'sections/[section]/index.astro',
    paths: (d) => {
      const keys = new Set(d.articles.map((a) => a.sectionKey));
      return listSections()
        .filter((s) => keys.has(s.key))
        .map((s) => urls.section(s.slug));
    },
  },
  { route: 'pilots/index.astro', paths: () => [urls.pilots()] },
  {
    // loadArchive().pilotEntries: pilots of pilots.yaml with reports (a report names its pilot, or is its own).
    route: 'pilots/[pilot]/index.astro',
    paths: (d) => {
      const reported = new Set(pilotReports(d).map((a) => a.pilot ?? a.slug));
      return d.pilotIds.filter((id) => reported.has(id)).map(urls.pilot);
    },
  },
  { route: 'practices/index.astro', paths: () => [urls.practices()] },
  {
    // practicePaths(): every practice of the vocabulary.
    route: 'practices/[practice]/index.astro',
    paths: () => listPractices().map((p) => urls.practice(p.slug)),
  },
  { route: 'search/index.astro', paths: () => [urls.search()] },
  { route: 'data/index.astro', paths: () => [urls.data('')] },
];

/** Every page path the site emits for this content, sorted, each once. */
export function listSitePaths(d: SiteData): string[] {
  return [...new Set(ROUTES.flatMap((r) => r.paths(d)))].sort();
}

/** The file of dist/ a page path is built to (`/issues/` → `issues/index.html`). */
export function toDistFile(path: string): string {
  return `${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
}

/** The page path of an HTML file of dist/ (`issues/index.html` → `/issues/`). */
export function toSitePath(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}
