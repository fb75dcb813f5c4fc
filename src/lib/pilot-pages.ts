/**
 * The data of the pilot pages — `/pilots/` and `/pilots/<pilot>/` — worked out
 * here so the routes in src/pages/pilots/ stay a dozen lines.
 */
import type { Archive, Article, Issue, Pilot } from './content.ts';

/** What a city is called when a pilot has none. */
export const NO_CITY = '其他';

// A type, not an interface: Astro's page props need an index signature.
export type PilotPage = {
  pilot: Pilot;
  /** Oldest first, each with its issue. */
  reports: { a: Article; issue: Issue }[];
};

/** One page per pilot with reports: every report about it across issues. */
export function pilotPages(archive: Archive): { params: { pilot: string }; props: PilotPage }[] {
  return archive.pilotEntries.map((pilot) => ({
    params: { pilot: pilot.id },
    props: {
      pilot,
      reports: archive.reportsOf(pilot.id).map((a) => ({ a, issue: archive.issueOf(a) })),
    },
  }));
}

/** A city's pilots, each with how many reports it has. */
export interface PilotCity {
  city: string;
  pilots: { pilot: Pilot; reports: number }[];
}

export type PilotIndex = {
  pilots: number;
  reports: number;
  byCity: PilotCity[];
};

/**
 * Pilots grouped by city, cities in the order their first pilot comes
 * (`pilotEntries` is sorted by city code), pilots kept in their order.
 */
export function groupPilotsByCity(
  pilots: readonly Pilot[],
  countReports: (pilotId: string) => number,
): PilotCity[] {
  const byCity = new Map<string, PilotCity['pilots']>();
  for (const pilot of pilots) {
    const city = pilot.data.city ?? NO_CITY;
    byCity.set(city, [...(byCity.get(city) ?? []), { pilot, reports: countReports(pilot.id) }]);
  }
  return [...byCity].map(([city, list]) => ({ city, pilots: list }));
}

/** What `/pilots/` shows: the totals and every pilot by city. */
export function pilotIndex(archive: Archive): PilotIndex {
  return {
    pilots: archive.pilotEntries.length,
    reports: archive.pilots.length,
    byCity: groupPilotsByCity(archive.pilotEntries, (id) => archive.reportsOf(id).length),
  };
}
