/**
 * Real Chromium for the browser tests: Debian's `chromium` package driven by
 * playwright-core (no browser download). Collects console errors per page so
 * every test can assert a clean console, as Pagefind's own suite does.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type DistServer } from '../tests/support/serve-dist.ts';
import { cjkFontConfig } from './cjk-fonts.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium), as .ci/run does`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    // A Chinese font even where the system has none (e2e/cjk-fonts.ts).
    env: { ...process.env, FONTCONFIG_FILE: cjkFontConfig() },
  });
}

/** A new page whose console errors and page errors are recorded in `errors`. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  /** A touch screen: `pointer: coarse` matches. */
  hasTouch = false,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, hasTouch });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/**
 * The built site served on loopback and a browser, for one test file: call at
 * the file's top level; the getters are valid inside tests.
 */
export function useSite(): { url: () => string; browser: () => Browser } {
  let server: DistServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.url, browser: () => browser! };
}
