/**
 * The reading pages on a phone and a desktop, light and dark (issue #14):
 * screenshots kept as artifacts for a person to look at, no sideways
 * scrolling, axe (WCAG 2.2 AA) at 320 px, targets of at least 24 px (WCAG
 * 2.5.8), navigation 44 px tall on touch, and the map's labels readable:
 * at least 12 px, 4.5:1 against what is under them, inside their region.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, useSite, axeViolations } from './browser.ts';
import { contrastOf, findSmallTargets, readMapLabels } from './measure.ts';

const ARTIFACTS = resolve('e2e/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const PAGES = {
  home: '/',
  issue: '/issues/2018-5-6/',
  article: '/issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/',
  chronicle: '/issues/2018-5-6/chronicle/',
  map: '/cities/',
  city: '/cities/wenzhou/',
  county: '/cities/wenzhou/luchengqu/',
  cityType: '/cities/wenzhou/types/towns/',
};
const WIDTHS = [320, 375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const site = useSite();
afterAll(() => console.log(`screenshots: ${ARTIFACTS}`));

async function open(width: number, scheme: 'light' | 'dark', path: string) {
  // Phones are touch screens: `pointer: coarse` applies.
  const { page, errors } = await openPage(site.browser(), { width, height: 800 }, width < 600);
  await page.emulateMedia({ colorScheme: scheme });
  const res = await page.goto(site.url() + path);
  expect(res?.status()).toBe(200);
  return { page, errors };
}

describe.each(WIDTHS)('at %i px', (width) => {
  describe.each(SCHEMES)('%s', (scheme) => {
    it.each(Object.entries(PAGES))(
      '%s: fits the width, targets of 24 px, screenshot',
      async (name, path) => {
        const { page, errors } = await open(width, scheme, path);
        await page.screenshot({
          path: `${ARTIFACTS}/${name}-${width}-${scheme}.png`,
          fullPage: true,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.evaluate(findSmallTargets)).toEqual([]);
        if (width === 320) expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  });
});

describe('on a touch screen', () => {
  it('gives the navigation links 44 px of height', async () => {
    const { page } = await open(375, 'light', PAGES.home);
    const heights = await page.$$eval('.site-nav a', (as) =>
      as.map((a) => a.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(4);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await page.close();
  });
});

describe.each(SCHEMES)('the map at 320 px, %s', (scheme) => {
  it.each([PAGES.map, PAGES.city])(
    '%s: labels of 12 px or more, 4.5:1, inside their region',
    async (path) => {
      const { page } = await open(320, scheme, path);
      const labels = await page.evaluate(readMapLabels);
      expect(labels.length).toBeGreaterThan(0);
      if (path === PAGES.map) expect(labels).toHaveLength(11);
      for (const l of labels) {
        expect(l.px, l.text).toBeGreaterThanOrEqual(12);
        expect(
          contrastOf(l.ink, l.under),
          `${l.text}: ${l.ink} on ${l.under}`,
        ).toBeGreaterThanOrEqual(4.5);
        if (!l.outside) expect(l.overOwnRegion, `${l.text} straddles a border`).toBe(true);
      }
      // 舟山's islands are too small to hold a label: it sits outside, with a leader.
      if (path === PAGES.map)
        expect(labels.find((l) => l.text.trim().startsWith('舟山'))?.outside).toBe(true);
      await page.close();
    },
  );
});

describe('a reader on a phone', () => {
  it('finds a county’s reports in three taps from the home page', async () => {
    const { page, errors } = await open(375, 'light', PAGES.home);
    await Promise.all([
      page.waitForURL(/\/cities\/$/),
      page.locator('.site-nav a', { hasText: '地区' }).tap(),
    ]);
    await Promise.all([
      page.waitForURL(/\/cities\/wenzhou\/$/),
      page.locator('.map a[href="/cities/wenzhou/"] path').tap(),
    ]);
    await page.locator('.jump a', { hasText: '鹿城区' }).tap();
    await page.waitForURL(/#county-luchengqu$/);
    const report = page.locator('#county-luchengqu .article-list a').first();
    await expect(report.isVisible()).resolves.toBe(true);
    const box = await report.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(SCHEMES)('sees which map region has the keyboard focus (%s)', async (scheme) => {
    const { page } = await open(1280, scheme, PAGES.map);
    const region = page.locator('.map a.region').first();
    const before = await region.locator('path').evaluate((p) => getComputedStyle(p).stroke);
    await region.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const after = await region.locator('path').evaluate((p) => ({
      stroke: getComputedStyle(p).stroke,
      width: parseFloat(getComputedStyle(p).strokeWidth),
    }));
    expect(after.stroke).not.toBe(before);
    expect(after.width).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('Chinese text on a phone', () => {
  it('sets bodies ragged, in a CJK font first, with wide tables scrolling in their own box', async () => {
    const { page } = await open(320, 'light', PAGES.article);
    const style = await page.$eval('.prose p:not(.signature)', (p) => ({
      align: getComputedStyle(p).textAlign,
      font: getComputedStyle(document.body).fontFamily,
    }));
    // Justified phone lines opened gaps around long Latin runs (“500Startups”).
    expect(['start', 'left']).toContain(style.align);
    expect(style.font.startsWith('"PingFang SC"')).toBe(true);
    // No body has a table yet: put a wide one where a hand-edited body would.
    const table = await page.$eval('.prose', (prose) => {
      const t = document.createElement('table');
      // Cells that cannot wrap (figures, codes): the widest case.
      t.innerHTML = `<tr>${'<td style="white-space:nowrap">2018 年 12 月 10 日</td>'.repeat(6)}</tr>`;
      prose.append(t);
      return {
        scroll: t.scrollWidth,
        width: t.clientWidth,
        right: t.getBoundingClientRect().right,
      };
    });
    expect(table.scroll).toBeGreaterThan(table.width);
    expect(table.right).toBeLessThanOrEqual(320);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });
});
