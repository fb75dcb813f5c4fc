import { describe, expect, it } from 'vitest';
import { filterLabels, isEmptyState, readState, writeState, type FacetDef } from './url-state.ts';

const facets: FacetDef[] = [
  {
    name: 'city',
    label: '地区',
    options: [
      { slug: 'hangzhou', label: '杭州市' },
      { slug: 'ningbo', label: '宁波市' },
    ],
  },
  { name: 'type', label: '类型', options: [{ slug: 'towns', label: '特色小镇' }] },
];

describe('search URL state', () => {
  it('reads the query and known filter slugs, in the facet order', () => {
    expect(
      readState('?q=%E5%B7%A5%E4%BC%9A&city=ningbo&city=hangzhou&city=nowhere&type=', facets),
    ).toEqual({
      q: '工会',
      filters: { city: ['hangzhou', 'ningbo'] },
    });
  });
  it('writes no empty parameters', () => {
    expect(writeState({ q: ' ', filters: { city: [], type: ['towns'] } }, facets)).toBe(
      '/search/?type=towns',
    );
    expect(writeState({ q: '', filters: {} }, facets)).toBe('/search/');
    expect(writeState({ q: '职工 书屋', filters: { city: ['hangzhou', 'ningbo'] } }, facets)).toBe(
      '/search/?q=%E8%81%8C%E5%B7%A5+%E4%B9%A6%E5%B1%8B&city=hangzhou&city=ningbo',
    );
  });
  it('round-trips', () => {
    const s = { q: '工会', filters: { city: ['ningbo'], type: ['towns'] } };
    expect(readState(writeState(s, facets).split('?')[1]!, facets)).toEqual(s);
  });
  it('gives the labels to filter by', () => {
    expect(filterLabels({ q: '', filters: { city: ['ningbo'] } }, facets)).toEqual({
      city: ['宁波市'],
    });
  });
  it('knows an empty search', () => {
    expect(isEmptyState({ q: '  ', filters: { city: [] } })).toBe(true);
    expect(isEmptyState({ q: '', filters: { city: ['ningbo'] } })).toBe(false);
  });
});
