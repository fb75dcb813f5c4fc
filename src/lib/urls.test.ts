import { describe, expect, it } from 'vitest';
import { urls } from './urls.ts';

const ascii = /^[\x21-\x7e]+$/;

describe('urls', () => {
  it('gives every page a path that ends with a slash', () => {
    const pages = [
      urls.home(),
      urls.issues(),
      urls.issue('2018-5-6'),
      urls.article('2018-5-6', 'xihuqu-yunqi-xiaozhen'),
      urls.cities(),
      urls.city('hangzhou'),
      urls.types(),
      urls.type('tese-xiaozhen'),
      urls.sections(),
      urls.section('sketch'),
      urls.pilots(),
      urls.pilot('xihuqu-yunqi-xiaozhen'),
      urls.search(),
    ];
    expect(pages).toEqual([
      '/',
      '/issues/',
      '/issues/2018-5-6/',
      '/issues/2018-5-6/xihuqu-yunqi-xiaozhen/',
      '/cities/',
      '/cities/hangzhou/',
      '/types/',
      '/types/tese-xiaozhen/',
      '/sections/',
      '/sections/sketch/',
      '/pilots/',
      '/pilots/xihuqu-yunqi-xiaozhen/',
      '/search/',
    ]);
    for (const p of pages) expect(p).toMatch(ascii);
  });

  it('names files without a trailing slash: citations, the card, data, the feed', () => {
    expect(urls.cite('2018-5-6', 'overview', 'bib')).toBe('/issues/2018-5-6/overview/cite.bib');
    expect(urls.cite('2018-5-6', 'overview', 'ris')).toBe('/issues/2018-5-6/overview/cite.ris');
    expect(urls.card('2018-5-6')).toBe('/issues/2018-5-6/card.png');
    expect(urls.data('articles.csv')).toBe('/data/articles.csv');
    expect(urls.feed()).toBe('/feed.xml');
  });

  it('puts search terms in the query, percent-encoded so the URL stays ASCII', () => {
    const u = urls.search({ q: '云栖 小镇', city: '杭州市' });
    expect(u).toMatch(ascii);
    expect(u).toBe(
      '/search/?q=%E4%BA%91%E6%A0%96+%E5%B0%8F%E9%95%87&city=%E6%9D%AD%E5%B7%9E%E5%B8%82',
    );
    expect(new URL(u, 'https://example.org').searchParams.get('q')).toBe('云栖 小镇');
  });

  it('leaves empty and missing search parameters out, and encodes & and = inside a value', () => {
    expect(urls.search({ q: '', city: undefined })).toBe('/search/');
    expect(urls.search({ q: '工会', type: '' })).toBe('/search/?q=%E5%B7%A5%E4%BC%9A');
    expect(urls.search({ q: 'a&b=c' })).toBe('/search/?q=a%26b%3Dc');
  });

  it('lands on a paragraph of an article', () => {
    expect(urls.paragraph(urls.article('2018-5-6', 'overview'), 3)).toBe(
      '/issues/2018-5-6/overview/#p-3',
    );
  });
});
