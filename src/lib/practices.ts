/**
 * Practices across the archive: the vocabulary (src/data/practices.yaml,
 * validated on load), each article's practices — the archivist's frontmatter
 * `practices:` when present, else what the text proposes — and, per practice,
 * the reports that describe it with counts by city and type. Also what the
 * search helper needs for a practice facet: {@link listPracticeSlugs}.
 */
import { loadArchive, getPlainText, type Archive, type Article } from './content.ts';
import { listCities, type CityInfo } from './places.ts';
import {
  practiceMatchText,
  proposePractices,
  resolvePractices,
  type Practice,
} from '../core/practice-match.ts';
import { listPractices } from '../core/practice-vocabulary.ts';
import { listPilotTypes, type TypeInfo } from './taxonomy.ts';
import { labelIssues } from './place-pages.ts';

export type { Practice } from '../core/practice-match.ts';
export { listPractices } from '../core/practice-vocabulary.ts';

/** What the matcher reads of an article: its title, union, subtitle and body. */
export function buildMatchText(a: Article): string {
  return practiceMatchText(a.data, getPlainText(a));
}

const cache = new Map<string, Practice[]>();

/** The practices an article describes: its frontmatter's list when it has one, else the text's. */
export function findPractices(a: Article): Practice[] {
  let p = cache.get(a.id);
  if (!p) {
    const all = listPractices();
    if (a.data.practices) {
      const { practices, unknown } = resolvePractices(a.data.practices, all);
      if (unknown.length)
        throw new Error(
          `${a.filePath ?? a.id}: field \`practices\`: ${unknown.map((u) => `“${u}”`).join('、')} is no practice of src/data/practices.yaml`,
        );
      p = practices;
    } else {
      const names = new Set(proposePractices(buildMatchText(a), all));
      p = all.filter((x) => names.has(x.name));
    }
    cache.set(a.id, p);
  }
  return p;
}

/** An article's practice slugs (for a search facet). */
export function listPracticeSlugs(a: Article): string[] {
  return findPractices(a).map((p) => p.slug);
}

/** A practice with the articles that describe it. */
export interface PracticeView {
  practice: Practice;
  /** Pilot reports, in archive order. */
  reports: Article[];
  /** Other articles (综述, 他山之石, 大事记 …) that describe it. */
  others: Article[];
  byCity: { city: CityInfo; count: number }[];
  byType: { type: TypeInfo; count: number }[];
}

const views = new WeakMap<Archive, PracticeView[]>();

/** Every practice with its reports and their counts by city and by type, in vocabulary order. */
export function listPracticeViews(archive: Archive): PracticeView[] {
  let out = views.get(archive);
  if (!out) {
    const cities = listCities();
    const types = listPilotTypes();
    out = listPractices().map((practice) => {
      const has = (a: Article) => findPractices(a).includes(practice);
      const reports = archive.pilots.filter(has);
      const count = <K extends 'city' | 'type'>(k: K, v: string) =>
        reports.filter((a) => a.data[k] === v).length;
      return {
        practice,
        reports,
        others: archive.articles.filter((a) => a.data.kind !== 'pilot' && has(a)),
        byCity: cities
          .map((city) => ({ city, count: count('city', city.name) }))
          .filter((c) => c.count > 0),
        byType: types
          .map((type) => ({ type, count: count('type', type.name) }))
          .filter((c) => c.count > 0),
      };
    });
    views.set(archive, out);
  }
  return out;
}

/** The city × practice table of /practices/: for each city, its reports per practice. */
export function practiceTable(archive: Archive): {
  cities: CityInfo[];
  rows: { view: PracticeView; counts: number[] }[];
} {
  const views = listPracticeViews(archive);
  const cities = listCities().filter((c) => archive.pilots.some((a) => a.data.city === c.name));
  return {
    cities,
    rows: views.map((view) => ({
      view,
      counts: cities.map((c) => view.byCity.find((x) => x.city === c)?.count ?? 0),
    })),
  };
}

/** The pages `/practices/<slug>/`: one per practice, with issue labels for the lists. */
export async function practicePaths() {
  const archive = await loadArchive();
  const labels = labelIssues(archive);
  return listPracticeViews(archive).map((view) => ({
    params: { practice: view.practice.slug },
    props: { view, labels },
  }));
}
