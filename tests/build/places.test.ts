/**
 * Places on the built site (issue #14): a county's reports a tap from its
 * city page, county and city × type pages with breadcrumbs and in the
 * sitemap, and a map that is links, a legend and a scale, light enough for a
 * phone.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listCities } from '../../src/lib/places.ts';
import { listPilotTypes } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';
import { articles, readDist, readPage } from './helpers.ts';

const pilots = articles().filter((r) => r.kind === 'pilot');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const cities = listCities();
const findParentCity = (name: unknown) => cities.find((c) => c.name === name)!;

describe('county pages', () => {
  const withCounty = pilots.filter((r) => r.county);
  it('exist for every county with a report, each linked and jumped to from its city page', () => {
    expect(withCounty.length).toBeGreaterThan(70);
    for (const r of withCounty) {
      const city = findParentCity(r.city);
      const county = city.counties.find((k) => k.name === r.county)!;
      const cityPage = readPage(urls.city(city.slug));
      expect(hrefs(cityPage), county.name).toContain(urls.county(city.slug, county.slug));
      // The jump list at the top and the section it jumps to.
      expect(hrefs(cityPage)).toContain(`#county-${county.slug}`);
      expect(cityPage).toContain(`id="county-${county.slug}"`);
      const countyPage = readPage(urls.county(city.slug, county.slug));
      expect(hrefs(countyPage), String(r.url)).toContain(r.url);
    }
  });
  it('lead back to their city in the breadcrumb', () => {
    const html = readPage('/cities/wenzhou/luchengqu/');
    expect(html).toMatch(
      /<nav class="breadcrumb"[^>]*>.*href="\/cities\/wenzhou\/">温州市<\/a>.*鹿城区/s,
    );
    expect(html).toContain('<h1>鹿城区</h1>');
  });
  it('puts the county index before the first county section on 温州’s long page', () => {
    const html = readPage('/cities/wenzhou/');
    expect(html.indexOf('href="#county-luchengqu"')).toBeLessThan(
      html.indexOf('id="county-luchengqu"'),
    );
    expect((html.match(/href="#county-/g) ?? []).length).toBe(11);
  });
});

describe('city × type pages', () => {
  const types = new Map(listPilotTypes().map((t) => [t.name, t.slug]));
  it('list each report of a type in its city, linked from the type page and the city page', () => {
    for (const r of pilots) {
      const city = findParentCity(r.city);
      const url = urls.cityType(city.slug, types.get(String(r.type))!);
      expect(hrefs(readPage(url)), url).toContain(r.url);
      expect(hrefs(readPage(urls.type(types.get(String(r.type))!)))).toContain(url);
      expect(hrefs(readPage(urls.city(city.slug)))).toContain(url);
    }
  });
});

describe('sitemap', () => {
  it('lists county and city × type pages', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain('/cities/wenzhou/luchengqu/</loc>');
    expect(sitemap).toContain('/cities/wenzhou/types/towns/</loc>');
  });
});

describe('the map on /cities/', () => {
  const html = readPage('/cities/');
  const svg = /<svg[^>]*>.*?<\/svg>/s.exec(html)![0];
  it('is a link per city with pilots, and names every city', () => {
    const withPilots = cities.filter((c) => pilots.some((r) => r.city === c.name));
    const links = hrefs(svg);
    expect(links.sort()).toEqual(withPilots.map((c) => urls.city(c.slug)).sort());
    for (const c of cities) expect(svg).toMatch(new RegExp(`>${c.short.replace(/市$/, '')}[< ]`));
  });
  it('has a legend of the colours and a scale bar in km', () => {
    expect(html).toMatch(/<ul class="map-legend" aria-label="图例：试点数">/);
    expect(html).toMatch(/<span class="swatch" style="background:#e7e5e4"><\/span>\s*0\s*<\/li>/);
    expect(html).toMatch(
      /<span class="swatch" style="background:#7f1d1d"><\/span>\s*20–23\s*<\/li>/,
    );
    expect(svg).toMatch(/class="scale-bar"[^>]*>.*\d+ 公里<\/text>/s);
  });
  it('weighs under 30 KB compressed', () => {
    expect(gzipSync(html).length).toBeLessThan(30_000);
  });
});
