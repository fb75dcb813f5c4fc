import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../tests/support/serve-dist.ts';
import { launch, openPage } from './browser.ts';

let server: DistServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the site in Chromium', () => {
  it('opens an article from the issue page with a clean console', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/issues/2018-5-6/`);
    await page.getByRole('link', { name: '西湖区云栖小镇', exact: true }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('合力打造创业创新第一镇');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
  });
});
