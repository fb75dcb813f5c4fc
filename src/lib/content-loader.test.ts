import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleLoader } from './content-loader.ts';

/** A content folder with one article, and the part of Astro's loader context the glob loader uses. */
function setUp(body: string, extra = '') {
  const root = mkdtempSync(join(tmpdir(), 'article-loader-'));
  mkdirSync(join(root, 'content', 'issues', '2018-5-6', 'articles'), { recursive: true });
  writeFileSync(
    join(root, 'content', 'issues', '2018-5-6', 'articles', 'a.mdx'),
    extra ? `---\nslug: a\n${extra}---\n\n${body}` : `---\nslug: a\ntitle: 标题\n---\n\n${body}`,
  );
  const entries = new Map<string, Record<string, unknown>>();
  const digests: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: 'articles',
    logger: { warn() {}, error() {}, info() {}, debug() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => {
      digests.push(String(data));
      return String(String(data).length);
    },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (e: Record<string, unknown>) => entries.set(String(e.id), e),
      delete: (id: string) => entries.delete(id),
      addModuleImport() {},
      addAssetImports() {},
    },
    entryTypes: new Map(),
  };
  const load = articleLoader({
    pattern: '*/articles/*.mdx',
    base: './content/issues',
    generateId: ({ entry }) => entry.replace(/\/articles\//, '/').replace(/\.mdx$/, ''),
    schema: z.object({ slug: z.string(), title: z.string() }),
  }).load;
  return { run: () => load(context as unknown as Parameters<typeof load>[0]), entries, digests };
}

describe('article loader', () => {
  it('reads frontmatter as `npm run check` does, and refuses what the schema refuses, at its line', async () => {
    const { run } = setUp('正文。\n', 'title: 2018-12-10\npage: x\n');
    await expect(run()).resolves.toBeUndefined();
    const bad = setUp('正文。\n', 'title: [1]\n');
    await expect(bad.run()).rejects.toThrow(/a\.mdx:3: error: title: /);
  });

  it('stores each article rendered to HTML, with its plain text, under a digest that names the renderer', async () => {
    const { run, entries, digests } = setUp('正文一段。\n\n<p class="signature">署名</p>\n');
    await run();
    const e = entries.get('2018-5-6/a') as {
      rendered: { html: string; metadata: { plainText: string } };
    };
    expect(e.rendered.html).toBe(
      '<p id="p-1">正文一段。</p>\n<p class="signature" id="p-2">署名</p>',
    );
    expect(e.rendered.metadata.plainText).toBe('正文一段。\n署名');
    expect(digests[0]).toMatch(/^\d+\n---/);
  });

  it('fails the build naming the file and its line, not just logging', async () => {
    const { run } = setUp('第一段\n\n<Chart data="x" />\n');
    await expect(run()).rejects.toThrow(
      /content\/issues\/2018-5-6\/articles\/a\.mdx:8: error: <Chart> is not an HTML element/,
    );
  });
});
