/**
 * The reading site as a person uses it: phone and desktop widths without
 * sideways scrolling, no accessibility violations (axe-core, WCAG 2.x A/AA),
 * the keyboard reaches the main content and the search box, a clean console.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite, axeViolations } from './browser.ts';

const PAGES = {
  home: '/',
  issue: '/issues/2018-5-6/',
  article: '/issues/2018-5-6/xiachengqu-wulin-shangquan/',
  chronicle: '/issues/2018-5-6/chronicle/',
  city: '/cities/hangzhou/',
  cities: '/cities/',
  notFound: '/no-such-page/',
};

const site = useSite();

describe.each([375, 1280])('at %i px', (width) => {
  it.each(Object.entries(PAGES))(
    '%s fits the width, passes axe, logs no errors',
    async (_name, path) => {
      const { page, errors } = await openPage(site.browser(), { width, height: 800 });
      const res = await page.goto(site.url() + path);
      expect(res?.status()).toBe(path === PAGES.notFound ? 404 : 200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors.filter((e) => !(path === PAGES.notFound && e.includes('404')))).toEqual([]);
      await page.close();
    },
  );
});

describe('keyboard', () => {
  it('skips to the main content, then reaches the search box', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(site.url() + PAGES.article);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goto(site.url() + PAGES.article);
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'q');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('职工书屋');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('职工书屋');
    await page.close();
  });
  it('shows where the focus is', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(site.url() + PAGES.home);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.close();
  });
});
