/**
 * “引用本文” in Chromium: the script dates the reference to the day of reading
 * and adds a copy button; a click puts the reference on the clipboard and
 * announces “已复制” in the live region. Without JavaScript the reference is
 * there, complete, and no button pretends to work.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const site = useSite();
const ARTICLE = '/issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/';

describe('the citation block', () => {
  it('copies the GB/T 7714 reference, dated today, and says so', async () => {
    const context = await site.browser().newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // A reader's today that is not the build's: the page must take the reader's date.
    await page.clock.setFixedTime(new Date('2031-02-03T10:00:00'));
    await page.goto(site.url() + ARTICLE);
    const today = '2031-02-03';
    const reference = page.locator('[data-cite-text]');
    await expect(reference.locator('time').textContent()).resolves.toBe(today);
    const status = page.getByRole('status');
    await expect(status.textContent()).resolves.toBe('');

    await page.getByRole('button', { name: '复制引文' }).click();
    await page.waitForFunction(() => document.querySelector('[data-cite-status]')?.textContent !== '');
    expect(await status.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(copied).toBe(
      `杜坚强. 争当创新改革的先行军——杭州市余杭区梦想小镇工会工作纪实[J/OL]. 浙江工运, 2018(5-6): 6[${today}]. ${canonical}.`,
    );
    expect(await reference.evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(/mono/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the reference readable and selectable without JavaScript, with no button', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url() + ARTICLE);
    const text = await page.locator('[data-cite-text]').textContent();
    expect(text?.replace(/\s+/g, ' ').trim()).toMatch(/\[J\/OL\]\. 浙江工运, 2018\(5-6\): 6\[\d{4}-\d{2}-\d{2}\]\. https?:\/\//);
    expect(await page.getByRole('button', { name: '复制引文' }).count()).toBe(0);
    expect(await page.locator('[data-cite-text]').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
    await context.close();
  });
});
