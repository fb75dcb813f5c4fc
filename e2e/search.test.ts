/**
 * Search as a cadre uses it, in Chromium: type in the header box, land on
 * results that all contain the phrase, filter, share the URL, open a result
 * with the phrase highlighted, by keyboard; hostile input stays text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { truthFor } from '../tests/support/search-truth.ts';
import { articles } from '../tests/build/helpers.ts';
import { openPage, useSite } from './browser.ts';

const records = articles();
const site = useSite();

async function settled(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-search-results][data-search-state="done"]', {
    state: 'attached',
  });
  return page.$$eval('[data-search-result]', (els) =>
    els.map(
      (e) => new URL(e.querySelector('a[href]')!.getAttribute('href')!, location.href).pathname,
    ),
  );
}

describe('search in the browser', () => {
  it('runs from the header box, and finds exactly what contains the phrase', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/`);
    await page.locator('#site-search-q').fill('工资集体协商');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const urls = await settled(page);
    const truth = truthFor(records, '工资集体协商');
    expect(new Set(urls)).toEqual(truth);
    expect(await page.locator('[data-search-count]').textContent()).toBe(`共 ${truth.size} 篇`);
    expect(await page.locator('[data-search-result] mark').first().textContent()).toBe(
      '工资集体协商',
    );
    expect(errors).toEqual([]);
  });

  it('gives the same results as in Node for a query Intl.Segmenter would split', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('小镇客厅')}`);
    expect(await settled(page)).toEqual([]);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('互联网+')}`);
    expect(new Set(await settled(page))).toEqual(truthFor(records, '互联网+'));
  });

  it('filters with a query and alone, and restores the search from the URL', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工书屋')}`);
    await settled(page);
    await Promise.all([
      page.waitForURL(/city=hangzhou/),
      page.locator('select[name="city"]').selectOption('hangzhou'),
    ]);
    const inHangzhou = await settled(page);
    const truth = [...truthFor(records, '职工书屋')].filter(
      (u) => records.find((r) => r.url === u)?.city === '杭州市',
    );
    expect(new Set(inHangzhou)).toEqual(new Set(truth));
    expect(await page.locator('#search-q').inputValue()).toBe('职工书屋');
    expect(await page.locator('select[name="city"] option:checked').textContent()).toMatch(
      /^杭州市（\d+）$/,
    );
    await page.goto(`${site.url()}/search/?type=towns&city=wenzhou`);
    const browse = await settled(page);
    expect(browse).toHaveLength(
      records.filter((r) => r.type === '特色小镇' && r.city === '温州市').length,
    );
    expect(errors).toEqual([]);
  });

  it('lands on the paragraph with the phrase highlighted', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('妈咪暖心小屋')}`);
    await settled(page);
    const href = await page.locator('[data-search-result] a').first().getAttribute('href');
    expect(href).toMatch(/\?hl=.+#p-\d+$/);
    await page.locator('[data-search-result] a').first().click();
    await page.waitForSelector('mark.search-hit');
    const marked = await page.$$eval('mark.search-hit', (m) => m.map((x) => x.textContent));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((t) => t === '妈咪暖心小屋')).toBe(true);
    const target = new URL(page.url()).hash.slice(1);
    expect(
      await page.evaluate(
        (id) => !!document.getElementById(id)?.querySelector('mark.search-hit'),
        target,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is usable by keyboard', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工之家')}`);
    await settled(page);
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () => !!document.activeElement?.closest('[data-search-result]'),
      );
    }
    expect(onResult).toBe(true);
    await Promise.all([page.waitForURL(/hl=/), page.keyboard.press('Enter')]);
  });

  it('shows hostile input as text and runs nothing', async () => {
    const { page, errors } = await openPage(site.browser());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent(attack)}`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(attack);
    expect(await page.locator('[data-search-message]').textContent()).toBe(
      '包含“<img”和“src=x”和“onerror=alert(1)>”',
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
