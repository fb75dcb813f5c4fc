/**
 * RENDER_VERSION guards the HTML cached in Astro's content store: the loader
 * mixes it into each body's digest, so a renderer that writes different HTML
 * under the same version would leave old pages in place. This test renders a
 * fixed corpus — the inline fixtures below and every article body under
 * content/issues — and holds each output's hash against
 * `article-html.snapshot.json`:
 *
 * - an output changed while RENDER_VERSION did not → fails: bump it;
 * - RENDER_VERSION changed but the snapshot was not updated → fails: update it.
 *
 * To update after changing the renderer (typography, safe URLs …): bump
 * RENDER_VERSION in src/lib/article-html.ts, then run
 *
 *   UPDATE_RENDER_SNAPSHOT=1 npx vitest run src/lib/article-html.snapshot.test.ts
 *
 * which writes the snapshot (and refuses while the version is unbumped). After
 * a merge of two branches that each bumped the version, bump it once more and
 * update: the cache may hold either branch's HTML under the shared number.
 *
 * An article whose body was edited or added since the snapshot is compared
 * with nothing (its new HTML is expected) — content corrections do not trip
 * this test; the inline fixtures always stand.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../core/content-file.ts';
import { sha256 } from '../ingest/manifest.ts';
import { renderArticleBody, RENDER_VERSION } from './article-html.ts';

const SNAPSHOT = fileURLToPath(new URL('./article-html.snapshot.json', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../content/issues', import.meta.url));
const UPDATE_COMMAND =
  'UPDATE_RENDER_SNAPSHOT=1 npx vitest run src/lib/article-html.snapshot.test.ts';

/** Bodies covering what the importer writes and what archivists write by hand. */
const FIXTURES: Record<string, string> = {
  'fixture:table': '| 项目 | 数量 |\n| --- | ---: |\n| 职工书屋 | 3 |\n| 爱心驿站 | 12 |\n',
  'fixture:signature': '正文。\n\n<p class="signature">浙江省人大常委会副主任、省总工会主席</p>\n',
  'fixture:headings':
    '## 工会工作的一切从组建开始\n\n梦想小镇共建 36 个基层组织。\n\n### 互联网+工会 与职工同行\n\n线上线下“联起来”。\n',
  'fixture:dated':
    '- **9月3日**　省总工会副主席张卫华出席现场会。\n- **9月5日**　张才方到温州、台州调研。\n',
  'fixture:escaped': '正文\\<段落>与“1+1>2”、A&B、\\{按语\\}、50% 与 C# 和 a_b\n',
  'fixture:editor-note':
    '> **编者按**　杭州市余杭区梦想小镇以孵化器为基本单元。\n\n<p class="source-note">(综合《解放日报》等)</p>\n',
  'fixture:inline':
    '职工<sup>1</sup>与*强调*、**加粗**、~~删除~~，<span lang="en">LABOUR MOVEMENT</span>\n',
  'fixture:links':
    '见[省总工会](https://www.zjftu.org/)、[本期](/issues/2018-5-6/)、[邮件](mailto:zjgybjb@sina.com)与[注](#p-1)。\n',
  'fixture:quotes-and-spaces':
    '“娘家人”关爱扎根“e港之家”　三个“引领”为青年创客“打call”……\n\n第二段：A B  C。\n',
};

interface Entry {
  /** Hash of the body rendered. */
  input: string;
  /** Hash of its HTML and plain text. */
  output: string;
}
interface Snapshot {
  renderVersion: number;
  entries: Record<string, Entry>;
}

const hash = (s: string) => sha256(s).slice(0, 16);

function corpus(): Map<string, string> {
  const out = new Map(Object.entries(FIXTURES));
  for (const issue of readdirSync(CONTENT).sort()) {
    const dir = join(CONTENT, issue, 'articles');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
      const r = readContentFile(name, readFileSync(join(dir, name), 'utf8'));
      if (r.ok && r.value.body !== undefined) out.set(`${issue}/${name}`, r.value.body);
    }
  }
  return out;
}

function renderCorpus(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [name, body] of [...corpus()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { html, text } = renderArticleBody(body);
    entries[name] = { input: hash(body), output: hash(`${html}\u0000${text}`) };
  }
  return entries;
}

function readSnapshot(): Snapshot | undefined {
  try {
    return JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
}

/** Names whose body is unchanged since the snapshot but whose output is not. */
function changedOutputs(now: Record<string, Entry>, snap: Snapshot): string[] {
  return Object.entries(now)
    .filter(
      ([name, e]) =>
        snap.entries[name]?.input === e.input && snap.entries[name]?.output !== e.output,
    )
    .map(([name]) => name);
}

describe('RENDER_VERSION and the renderer’s output', () => {
  const now = renderCorpus();
  const snap = readSnapshot();

  if (process.env.UPDATE_RENDER_SNAPSHOT) {
    it('writes the snapshot, once RENDER_VERSION says the output changed', () => {
      const changed = snap ? changedOutputs(now, snap) : [];
      if (snap && snap.renderVersion === RENDER_VERSION && changed.length)
        throw new Error(
          `the renderer's output changed (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ' …' : ''}) but RENDER_VERSION is still ${RENDER_VERSION}: bump RENDER_VERSION in src/lib/article-html.ts first, then update again`,
        );
      const next: Snapshot = { renderVersion: RENDER_VERSION, entries: now };
      writeFileSync(SNAPSHOT, `${JSON.stringify(next, null, 2)}\n`);
      expect(readSnapshot()).toEqual(next);
    });
    return;
  }

  it('has a snapshot for this RENDER_VERSION', () => {
    expect(snap, `no readable ${SNAPSHOT}: run ${UPDATE_COMMAND}`).toBeDefined();
    if (snap!.renderVersion !== RENDER_VERSION)
      throw new Error(
        `RENDER_VERSION is ${RENDER_VERSION} but src/lib/article-html.snapshot.json was written for ${snap!.renderVersion}: update it with ${UPDATE_COMMAND}`,
      );
  });

  it('renders every body it rendered before exactly as before, unless RENDER_VERSION was bumped', () => {
    const changed = changedOutputs(now, snap!);
    if (changed.length && snap!.renderVersion === RENDER_VERSION)
      throw new Error(
        `the renderer's output changed for ${changed.length} bod${changed.length === 1 ? 'y' : 'ies'} (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ' …' : ''}): bump RENDER_VERSION and update src/lib/article-html.snapshot.json (${UPDATE_COMMAND})`,
      );
  });

  it('holds every inline fixture as it is written now', () => {
    const stale = Object.keys(FIXTURES).filter((n) => snap!.entries[n]?.input !== now[n]!.input);
    expect(stale, `fixtures added or changed since the snapshot: run ${UPDATE_COMMAND}`).toEqual(
      [],
    );
  });

  it('covers the content corpus', () => {
    // Every article of content/issues renders: one that cannot would fail the build, not only this test.
    expect(Object.keys(now).filter((n) => !n.startsWith('fixture:')).length).toBeGreaterThan(0);
  });
});
