/**
 * Real Chromium for the browser tests: Debian's `chromium` package driven by
 * playwright-core (no browser download). Collects console errors per page so
 * every test can assert a clean console, as Pagefind's own suite does.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations of WCAG 2.2 A and AA on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
