import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './browser.ts';

const site = useSite();

describe('the site in Chromium', () => {
  it('opens an article from the issue page with a clean console', async () => {
    const { page, errors } = await openPage(site.browser());
    await page.goto(`${site.url()}/issues/2018-5-6/`);
    await page.getByRole('link', { name: '西湖区云栖小镇', exact: true }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('合力打造创业创新第一镇');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
  });
});
