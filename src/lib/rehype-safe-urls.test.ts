import { describe, expect, it } from 'vitest';
import { HOSTILE_BODIES } from '../../tests/fixtures/hostile-bodies.ts';
import { LINK_SCHEMES, normaliseUrl, readScheme } from '../core/safe-url.ts';
import { articleBodyToHtml } from './article-html.ts';

/** The URLs of an HTML fragment, by the attribute holding them, as a browser would read them. */
function urlsIn(html: string): { attr: string; url: string }[] {
  return [...html.matchAll(/\s([a-zA-Z:-]+)\s*=\s*"([^"]*)"/g)]
    .filter((m) => /^(href|src|srcset|action|formaction|data|poster|cite|xlink:href)$/i.test(m[1]!))
    .map((m) => ({ attr: m[1]!.toLowerCase(), url: normaliseUrl(m[2]!) }));
}

describe('the renderer neutralises hostile URLs', () => {
  it.each(HOSTILE_BODIES)('%j is refused or rendered harmless', (body) => {
    let html: string;
    try {
      html = articleBodyToHtml(body);
    } catch {
      return; // refused outright: npm run check and the build report it with its line
    }
    for (const { attr, url } of urlsIn(html)) {
      const scheme = readScheme(url);
      if (attr === 'href') {
        if (scheme) expect(LINK_SCHEMES, html).toContain(scheme);
        expect(url, html).not.toMatch(/^[/\\]{2}/);
      } else {
        expect(scheme, html).toBeUndefined();
        expect(url, html).not.toMatch(/^[/\\]{2}/);
      }
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=|\ssrcdoc\s*=|<script|<iframe|<object/i);
  });

  it('keeps the text of a link it disarms, and an image’s alt text', () => {
    expect(articleBodyToHtml('[点此](javascript:alert(1))\n')).toBe('<p id="p-1"><a>点此</a></p>');
    expect(articleBodyToHtml('前![封面](https://other.example/x.png)后\n')).toBe(
      '<p id="p-1">前封面后</p>',
    );
  });

  it('leaves allowed links and the site’s own images alone', () => {
    const html = articleBodyToHtml(
      '[a](https://www.zjgh.org/) [b](mailto:x@example.org) [c](/issues/) [d](#p-2) ![e](/images/e.png)\n',
    );
    expect(html).toContain('href="https://www.zjgh.org/"');
    expect(html).toContain('href="mailto:x@example.org"');
    expect(html).toContain('href="/issues/"');
    expect(html).toContain('href="#p-2"');
    expect(html).toContain('src="/images/e.png"');
  });
});
