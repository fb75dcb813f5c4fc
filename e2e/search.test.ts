/**
 * Search as a cadre uses it, in Chromium: type in the header box, land on
 * results that all contain the phrase, filter, share the URL, open a result
 * with the phrase highlighted, by keyboard; hostile input stays text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { urls } from '../src/lib/urls.ts';
import { truthFor } from '../tests/support/search-truth.ts';
import { articles } from '../tests/build/helpers.ts';
import { openPage, useSite, axeViolations } from './browser.ts';

const records = articles();
const queries = (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(String);
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

/** Every result of the search shown: "more" pressed until it is gone. */
async function allResults(page: Page): Promise<string[]> {
  let shown = await settled(page);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length > n, shown.length);
    shown = await settled(page);
  }
  return shown;
}

describe.each([375, 1280])('search at %i px passes axe', (width) => {
  it.each([
    ['results with facets and chips', `/search/?q=${encodeURIComponent('职工书屋')}&city=hangzhou`],
    ['nothing found, with suggestions', `/search/?q=${encodeURIComponent('职工书房')}`],
  ])('%s', async (_name, path) => {
    const { page, errors } = await openPage(site.browser(), { width, height: 800 });
    await page.goto(site.url() + path);
    await settled(page);
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('the dialog', async () => {
    const { page, errors } = await openPage(site.browser(), { width, height: 800 });
    await page.goto(`${site.url()}/issues/2018-5-6/`);
    await page.keyboard.press('Control+k');
    // Typed at once, before the dialog's code has loaded: nothing is lost.
    await page.keyboard.type('工会');
    await page.locator('[data-search-dialog]').waitFor();
    await page.waitForSelector('[data-search-dialog] [data-search-result]');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search in the browser', () => {
  it('answers as you type in the dialog opened from the header box, and finds exactly what contains the phrase', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/issues/2018-5-6/`);
    await page.locator('#site-search-q').pressSequentially('工资集体协商');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.waitFor();
    expect(await page.locator('#search-dialog-q').inputValue()).toBe('工资集体协商');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-search-dialog] [data-search-count]')
        ?.textContent?.startsWith('共'),
    );
    const truth = truthFor(records, '工资集体协商');
    expect(await dialog.locator('[data-search-count]').textContent()).toBe(`共 ${truth.size} 篇`);
    const shown = await dialog
      .locator('[data-search-result] h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown.length).toBe(Math.min(10, truth.size));
    for (const u of shown) expect(truth.has(u)).toBe(true);
    // Arrow keys move to the results; Enter opens the one focused.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).toContain('hl=');
    await Promise.all([page.waitForURL(second), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
  });

  it('opens the dialog with / and Ctrl+K, loading the search only then', async () => {
    const { page, errors } = await openPage(site.browser());
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.url()}/issues/2018-5-6/xiachengqu-wulin-shangquan/`);
    expect(loaded.some((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toBe(false);
    await page.keyboard.press('/');
    await page.locator('[data-search-dialog]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.type('职工书屋');
    await page.waitForSelector('[data-search-dialog] [data-search-result]');
    await page.keyboard.press('Escape');
    await page.locator('[data-search-dialog]').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+k');
    await page.locator('[data-search-dialog]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    // The index was opened once for the page, not once per query, and without Pagefind's runtime (pagefind-index.ts).
    expect(loaded.filter((p) => p.endsWith('.pf_meta'))).toHaveLength(1);
    expect(loaded.filter((p) => /pagefind.*\.js$|\.pagefind$/.test(p))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the typed query in the URL when a result is opened at once, before typing pauses', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/`);
    await page.locator('#search-q').pressSequentially('职工书屋');
    await page.waitForSelector('[data-search-results][data-search-for="职工书屋"]', { state: 'attached' });
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe('职工书屋');
    expect(await page.locator('#search-q').inputValue()).toBe('职工书屋');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a filter chosen right after typing out of the entry Back returns to', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/`);
    await page.locator('#search-q').pressSequentially('工会');
    await page.waitForSelector('[data-search-results][data-search-for="工会"]', { state: 'attached' });
    // At once, before typing has paused long enough for the URL to follow.
    await page.locator('details[data-facet="city"] input:not([disabled])').first().check();
    await page.waitForURL(/city=/);
    await page.goBack();
    const back = new URL(page.url());
    expect(back.searchParams.get('q')).toBe('工会');
    expect(back.searchParams.get('city')).toBeNull();
    expect(await page.locator('details[data-facet="city"] input:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches in a browser without DecompressionStream (older iPhones and WebViews)', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.addInitScript(() => {
      delete (window as { DecompressionStream?: unknown }).DecompressionStream;
    });
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工书屋')}`);
    const truth = truthFor(records, '职工书屋');
    expect(new Set(await allResults(page))).toEqual(truth);
    expect(loaded.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('updates results and the URL while typing (replaceState), commits with Enter (pushState)', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/`);
    const before = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('职工之家');
    await page.waitForURL(/q=%E8%81%8C%E5%B7%A5%E4%B9%8B%E5%AE%B6/);
    const truth = truthFor(records, '职工之家');
    const shown = await settled(page);
    expect(shown.length).toBe(Math.min(10, truth.size)); // the search page shows 10 at a time
    for (const u of shown) expect(truth.has(u)).toBe(true);
    expect(await page.locator('[data-search-count]').textContent()).toBe(`共 ${truth.size} 篇`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.locator('#search-q').press('Enter');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('finds in Chromium exactly what Ctrl+F finds, for every query of the query set', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/`);
    const wrong: string[] = [];
    for (const q of queries) {
      await page.locator('#search-q').fill(q);
      await page.waitForFunction(
        (want) => {
          const list = document.querySelector<HTMLElement>('[data-search-results]');
          return list?.dataset.searchState === 'done' && list.dataset.searchFor === want;
        },
        q.trim(),
      );
      const truth = truthFor(records, q);
      const shown = await settled(page);
      const count = (await page.locator('[data-search-count]').textContent()) ?? '';
      // The count is every result; the first page shows only results that are in the truth.
      if (count !== `共 ${truth.size} 篇` || shown.some((u) => !truth.has(u)))
        wrong.push(`${q}: ${count} for ${truth.size}`);
    }
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fetches the traditional-character table only once a query or a result needs it', async () => {
    const { page, errors } = await openPage(site.browser());
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    // 工会经费: simplified, and none of its results prints a traditional character.
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('工会经费')}`);
    expect((await settled(page)).length).toBeGreaterThan(0);
    expect(loaded).not.toContain(urls.searchFold());
    await page.locator('#search-q').fill('職工書屋');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchFor === '職工書屋',
    );
    expect(new Set(await allResults(page))).toEqual(truthFor(records, '職工書屋'));
    expect(loaded.filter((p) => p === urls.searchFold())).toHaveLength(1);
    // A simplified query whose result prints a traditional character (高級工): the table comes
    // with the result, and the excerpt marks the printed form.
    const fresh = await openPage(site.browser());
    const again: string[] = [];
    fresh.page.on('request', (r) => again.push(new URL(r.url()).pathname));
    await fresh.page.goto(`${site.url()}/search/?q=${encodeURIComponent('高级工')}`);
    expect((await settled(fresh.page)).length).toBeGreaterThan(0);
    expect(again).toContain(urls.searchFold());
    expect(await fresh.page.locator('[data-search-result] mark').first().textContent()).toBe('高級工');
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it('gives the same results as in Node for a query Intl.Segmenter would split', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('小镇客厅')}`);
    expect(await settled(page)).toEqual([]);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('互联网+')}`);
    expect(new Set(await allResults(page))).toEqual(truthFor(records, '互联网+'));
  });

  it('filters with counted facets and chips, and Back/Forward restore what the URL says', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工书屋')}`);
    await settled(page);
    const hz = page.locator('input[name="city"][value="hangzhou"]');
    const truth = [...truthFor(records, '职工书屋')].filter(
      (u) => records.find((r) => r.url === u)?.city === '杭州市',
    );
    expect(await hz.locator('xpath=..').locator('[data-count]').textContent()).toBe(
      String(truth.length),
    );
    await Promise.all([page.waitForURL(/city=hangzhou/), hz.check()]);
    expect(new Set(await allResults(page))).toEqual(new Set(truth));
    expect(page.url()).not.toMatch(/=&|=$/);
    // A value that would give nothing is shown but cannot be chosen.
    const zero = page.locator('.facet input:disabled');
    expect(await zero.count()).toBeGreaterThan(0);
    const chip = page.locator('[data-search-chips] button', { hasText: '杭州市' });
    expect(await chip.isVisible()).toBe(true);
    const towns = page.locator('input[name="type"]:not(:disabled)').first();
    await towns.check();
    await page.waitForURL(/type=/);
    await settled(page);
    // Back twice: the form, the chips and the results follow the URL.
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('type='));
    expect(new Set(await allResults(page))).toEqual(new Set(truth));
    expect(await page.locator('input[name="type"]:checked').count()).toBe(0);
    expect(await hz.isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('city='));
    expect(new Set(await allResults(page))).toEqual(truthFor(records, '职工书屋'));
    expect(await hz.isChecked()).toBe(false);
    expect(await page.locator('[data-search-chips] button').count()).toBe(0);
    await page.goForward();
    await page.waitForURL(/city=hangzhou/);
    expect(await hz.isChecked()).toBe(true);
    // Clear all.
    await page.locator('[data-search-chips] button', { hasText: '清除全部' }).click();
    await page.waitForURL((u) => !u.search.includes('city='));
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    await page.goto(`${site.url()}/search/?type=towns&city=wenzhou`);
    const browse = await settled(page);
    expect(browse).toHaveLength(
      records.filter((r) => r.type === '特色小镇' && r.city === '温州市').length,
    );
    expect(errors).toEqual([]);
  });

  it('comes back from an article to the same results, "more" and scroll included', async () => {
    const { page, errors } = await openPage(site.browser(), { width: 1280, height: 600 });
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('工会')}`);
    const first = await settled(page);
    expect(first).toHaveLength(10);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-result]').length > 10);
    const all = await settled(page);
    const link = page.locator('[data-search-result] h3 a').nth(15);
    await link.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => Math.round(scrollY));
    expect(y).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/hl=/), link.click()]);
    await page.goBack();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-result]').length === n,
      all.length,
    );
    expect(await settled(page)).toEqual(all);
    await page.waitForFunction((want) => Math.abs(scrollY - want) < 5, y);
    expect(errors).toEqual([]);
  });

  it('never ends in nothing: did you mean, pinyin, and what to leave out', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工书房')}`);
    await page.waitForSelector('[data-search-suggestions] a');
    expect(await page.locator('[data-search-suggestions]').textContent()).toContain('职工书屋');
    await page.goto(`${site.url()}/search/?q=zhigong+shuwu`);
    await page.waitForSelector('[data-search-suggestions] a');
    expect(await page.locator('[data-search-suggestions]').textContent()).toContain('职工书屋');
    await page.goto(`${site.url()}/search/?q=union`);
    await page.waitForSelector('[data-search-suggestions] a');
    expect(await page.locator('[data-search-suggestions]').textContent()).toContain(
      `您是不是要找“工会”（${truthFor(records, '工会').size} 篇）`,
    );
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('工会 小镇客厅')}`);
    await page.waitForSelector('[data-search-suggestions] a');
    const text = await page.locator('[data-search-suggestions]').textContent();
    expect(text).toContain(`去掉检索词“小镇客厅”（${truthFor(records, '工会').size} 篇）`);
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
    // A traditional query is highlighted in simplified text.
    await page.goto(
      `${href!.replace(/\?hl=[^#]*/, `?hl=${encodeURIComponent('媽咪暖心小屋')}`)}`.replace(
        /^\//,
        `${site.url()}/`,
      ),
    );
    await page.waitForSelector('mark.search-hit');
    expect(await page.$$eval('mark.search-hit', (m) => m.length)).toBe(marked.length);
    expect(errors).toEqual([]);
  });

  it('is usable by keyboard', async () => {
    const { page } = await openPage(site.browser());
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('职工之家')}`);
    await settled(page);
    let onResult = false;
    for (let i = 0; i < 150 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () => !!document.activeElement?.closest('[data-search-result]'),
      );
    }
    expect(onResult).toBe(true);
    await Promise.all([page.waitForURL(/hl=/), page.keyboard.press('Enter')]);
  });

  it('works as a plain form without JavaScript: only chosen values reach the URL', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url()}/issues/2018-5-6/`);
    await page.locator('#site-search-q').fill('职工书屋');
    await Promise.all([
      page.waitForURL(/\/search\/\?q=/),
      page.locator('#site-search-q').press('Enter'),
    ]);
    // A static page cannot fill its box from the URL without JavaScript: the reader types again.
    await page.locator('#search-q').fill('职工书屋');
    await page.locator('input[name="city"][value="hangzhou"]').check();
    await Promise.all([
      page.waitForURL(/city=hangzhou/),
      page.locator('.search-line button[type="submit"]').click(),
    ]);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['city', 'q']);
    expect(url.searchParams.get('q')).toBe('职工书屋');
    await context.close();
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
