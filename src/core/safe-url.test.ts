import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  isSafeImageUrl,
  isSafeLinkUrl,
  normaliseUrl,
  refuseImageUrl,
  refuseLinkUrl,
  readScheme,
} from './safe-url.ts';
import { HOSTILE_LINKS } from '../../tests/fixtures/hostile-urls.ts';

describe('link URLs', () => {
  it.each([
    'https://www.zjgh.org/',
    'http://example.org/a?b=1#c',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:editor@example.org',
    '/issues/2018-5-6/',
    '../other/',
    'cite.ris',
    '#p-3',
    '?hl=工会',
    '',
  ])('allows %j', (url) => {
    expect(refuseLinkUrl(url)).toBeUndefined();
    expect(isSafeLinkUrl(url)).toBe(true);
  });

  it.each(HOSTILE_LINKS)('refuses %j', (url) => {
    expect(refuseLinkUrl(url)).toMatch(/not allowed|protocol-relative|control or invisible/);
    expect(isSafeLinkUrl(url)).toBe(false);
  });

  it('says which scheme it refused', () => {
    expect(refuseLinkUrl('JavaScript&#58;alert(1)')).toMatch(
      /^“javascript:” links are not allowed/,
    );
  });
});

describe('image URLs', () => {
  it.each(['/images/cover.png', 'figure.png', '../x.png'])('allows the site’s own %j', (url) =>
    expect(isSafeImageUrl(url)).toBe(true),
  );
  it('allows the site’s own origin in full, no other', () => {
    expect(isSafeImageUrl('https://zjgy.example/x.png', 'https://zjgy.example')).toBe(true);
    expect(isSafeImageUrl('https://other.example/x.png', 'https://zjgy.example')).toBe(false);
    expect(isSafeImageUrl('https://zjgy.example.evil/x.png', 'https://zjgy.example')).toBe(false);
  });
  it.each([
    'https://other.example/x.png',
    'http://other.example/x.png',
    '//other.example/x.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    ...HOSTILE_LINKS,
  ])('refuses %j', (url) => {
    expect(refuseImageUrl(url, 'https://zjgy.example')).toBeDefined();
  });
  it('explains why an image from elsewhere is refused', () => {
    expect(refuseImageUrl('https://other.example/x.png')).toMatch(/from the site itself/);
  });
});

describe('reading a URL as a browser does', () => {
  it('decodes character references, nested too', () => {
    expect(decodeEntities('a&#58;b&#x3A;c&colon;d')).toBe('a:b:c:d');
    expect(decodeEntities('&amp;#58;')).toBe(':');
    expect(decodeEntities('&unknown;')).toBe('&unknown;');
  });
  it('strips leading controls and removes tabs and line breaks', () => {
    expect(normaliseUrl('\u0001 java\tscr\nipt:x ')).toBe('javascript:x');
  });
  it('finds the scheme, or none for a path', () => {
    expect(readScheme('JavaScript:x')).toBe('javascript');
    expect(readScheme('/a:b')).toBeUndefined();
    expect(readScheme('#x')).toBeUndefined();
  });
});
