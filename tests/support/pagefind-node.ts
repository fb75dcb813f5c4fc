/**
 * Pagefind's own browser JS API, run in Node against a served index: the
 * module is fetched over HTTP like a browser would, saved to a temporary
 * file, imported, and pointed at the server for its WASM, index and
 * fragments — so the tests and the benchmark exercise what ships.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/client.ts';

export interface PagefindModule extends PagefindApi {
  options(o: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  destroy?: () => Promise<void>;
}

/** `bundle`: the folder of the index under the site (`pagefind`, or another built with other settings). */
export async function loadPagefind(siteUrl: string, bundle = 'pagefind'): Promise<PagefindModule> {
  const base = `${siteUrl}/${bundle}/`;
  const source = await (await fetch(`${base}pagefind.js`)).text();
  const file = join(mkdtempSync(join(tmpdir(), 'pagefind-')), 'pagefind.mjs');
  writeFileSync(file, source);
  const pf = (await import(pathToFileURL(file).href)) as PagefindModule;
  await pf.options({ basePath: base });
  await pf.init();
  return pf;
}
