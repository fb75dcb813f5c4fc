/**
 * The search index in Node, against a built site served on loopback, as the
 * page reads it ({@link openServedIndex}: src/lib/search/pagefind-index.ts
 * over HTTP); and Pagefind's own browser JS API ({@link loadPagefind}), for
 * plain Pagefind in the benchmark and for the test that checks our reader
 * against Pagefind's search. The module is fetched over HTTP like a browser
 * would, saved to a temporary file, imported, and pointed at the server for
 * its WASM, index and fragments.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/client.ts';
import { openIndex } from '../../src/lib/search/pagefind-index.ts';
import type { SearchMap } from '../../src/lib/search/record.ts';
import { urls } from '../../src/lib/urls.ts';
import { bytes } from '../../src/scripts/fetch-json.ts';

export interface PagefindModule extends PagefindApi {
  options(o: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  destroy?: () => Promise<void>;
}

/**
 * fetch, retried on a dropped connection (ECONNRESET and the like): Pagefind
 * calls the global fetch, and one reset loopback socket must not end a
 * benchmark that has run for half an hour. HTTP errors are not retried.
 */
function installRetryingFetch(): void {
  const g = globalThis as typeof globalThis & { __retryingFetch?: boolean };
  if (g.__retryingFetch) return;
  g.__retryingFetch = true;
  const plain = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await plain(input, init);
      } catch (e) {
        if (attempt >= 4) throw e;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  };
}

/** `bundle`: the folder of the index under the site (`pagefind`, or another built with other settings). */
export async function loadPagefind(siteUrl: string, bundle = 'pagefind'): Promise<PagefindModule> {
  installRetryingFetch();
  const base = `${siteUrl}/${bundle}/`;
  const source = await (await fetch(`${base}pagefind.js`)).text();
  const file = join(mkdtempSync(join(tmpdir(), 'pagefind-')), 'pagefind.mjs');
  writeFileSync(file, source);
  const pf = (await import(pathToFileURL(file).href)) as PagefindModule;
  await pf.options({ basePath: base });
  await pf.init();
  return pf;
}

/**
 * The index as the site's page reads it (pagefind-index.ts), over HTTP from
 * the served site: the meta file the map names (the map is fetched if not given).
 */
export async function openServedIndex(siteUrl: string, map?: SearchMap): Promise<PagefindApi> {
  installRetryingFetch();
  const { index } =
    map ?? ((await (await fetch(`${siteUrl}${urls.searchMap()}`)).json()) as SearchMap);
  return openIndex(urls.pagefind(), index, (path) => bytes(`${siteUrl}${path}`));
}
