/**
 * The target-size measure on small pages whose answer is known, so a green
 * sweep in reading.test.ts means what it says.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './browser.ts';
import { findSmallTargets } from './measure.ts';

const site = useSite();

async function smallTargets(html: string) {
  const { page } = await openPage(site.browser(), { width: 400, height: 400 });
  await page.setContent(
    `<!doctype html><body style="margin:0;font:16px/1.2 sans-serif">${html}</body>`,
  );
  const found = await page.evaluate(findSmallTargets);
  await page.close();
  return found.map((t) => t.what);
}

describe('findSmallTargets (WCAG 2.5.8)', () => {
  it('finds crowded links under 24 px', async () => {
    expect(
      await smallTargets('<nav><a href="#">一</a> <a href="#">二</a> <a href="#">三</a></nav>'),
    ).toEqual(['a “一”', 'a “二”', 'a “三”']);
  });
  it('accepts links 24 px tall and wide', async () => {
    expect(
      await smallTargets(
        '<nav><a href="#" style="display:inline-block;min-width:24px;min-height:24px">一</a> <a href="#" style="display:inline-block;min-width:24px;min-height:24px">二</a></nav>',
      ),
    ).toEqual([]);
  });
  it('exempts a link inside a sentence (the inline exception)', async () => {
    expect(
      await smallTargets('<p>详见<a href="#">本刊第 3 期</a>的报道，以及其他材料。</p>'),
    ).toEqual([]);
  });
  it('does not count separators between links as a sentence', async () => {
    expect(await smallTargets('<p><a href="#">数</a>·<a href="#">订</a></p>')).toEqual([
      'a “数”',
      'a “订”',
    ]);
  });
  it('exempts small targets spaced 24 px apart (the spacing exception)', async () => {
    expect(
      await smallTargets(
        '<a href="#" style="position:absolute;left:0;top:0">一</a><a href="#" style="position:absolute;left:60px;top:0">二</a>',
      ),
    ).toEqual([]);
  });
});
