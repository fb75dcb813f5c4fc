/**
 * The facets the search page offers, with their values' slugs (for URLs) and
 * labels (what the map and the search filter by): only values some article
 * has. Build time; the page hands them to the client as JSON.
 */
import type { Archive } from '../content.ts';
import { listCities } from '../places.ts';
import { listPilotTypes, listSections } from '../taxonomy.ts';
import { listPractices, findPractices } from '../practices.ts';
import type { FacetDef } from './url-state.ts';

export function listSearchFacets(archive: Archive): FacetDef[] {
  const used = (f: (d: (typeof archive.articles)[number]['data']) => string | undefined) =>
    new Set(archive.articles.map((a) => f(a.data)).filter(Boolean));
  const cities = used((d) => d.city);
  const counties = used((d) => d.county);
  const types = used((d) => d.type);
  const sections = used((d) => d.sectionKey);
  const practices = new Set(archive.articles.flatMap((a) => findPractices(a).map((p) => p.name)));
  return [
    {
      name: 'city',
      label: '地区',
      options: listCities()
        .filter((c) => cities.has(c.name))
        .map((c) => ({ slug: c.slug, label: c.name })),
    },
    {
      name: 'county',
      label: '县（市、区）',
      options: listCities().flatMap((c) =>
        c.counties
          .filter((k) => counties.has(k.name))
          .map((k) => ({ slug: k.slug, label: k.name })),
      ),
    },
    {
      name: 'type',
      label: '试点类型',
      options: listPilotTypes()
        .filter((t) => types.has(t.name))
        .map((t) => ({ slug: t.slug, label: t.name })),
    },
    {
      name: 'practice',
      label: '做法',
      options: listPractices()
        .filter((p) => practices.has(p.name))
        .map((p) => ({ slug: p.slug, label: p.name })),
    },
    {
      name: 'section',
      label: '栏目',
      options: listSections()
        .filter((s) => sections.has(s.key))
        .map((s) => ({ slug: s.slug, label: s.name })),
    },
    {
      name: 'issue',
      label: '期号',
      options: [...archive.issues].reverse().map((i) => ({ slug: i.id, label: i.data.label })),
    },
  ];
}
