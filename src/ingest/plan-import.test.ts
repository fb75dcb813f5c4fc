import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { parseIssue } from './import-issue.ts';
import type { Manifest } from './manifest.ts';
import { planImport, type Consent, type ImportPlan, type PublishedState } from './plan-import.ts';
import { miniCover, miniToc } from '../../tests/support/mini-seed.ts';

const vocab = loadVocabularies();
const SEED = 'seeds/mini.txt';
const DIR = 'issues/2018-5-6';
const YUNQI = 'articles/xihuqu-yunqi-xiaozhen.mdx';
const JIJIN = 'articles/shangchengqu-yuhuang-shannan-jijin-xiaozhen.mdx';

// A cut-down issue in the seed's own format: cover, a news item, the 卷首语, the 目录, two 速写 pilots.
const seed = (
  yunqiBody = '今年以来,云栖小镇以小镇工会工作为抓手,引领小镇创业创新。',
  withJijin = true,
) => `
${miniCover()}

全省基层群团改革工作现场推进会在义乌召开

浙江新闻客户端
2017年9月22日

会议指出,改革是推进工会工作创新发展的根本要求。



卷首语

点亮一盏灯 照亮一大片

改革是推进工会工作创新发展的根本要求,基层工会是工会改革的重点和关键。

浙江省总工会

${miniToc({
  sketches: { 杭州市: ['30 西湖区云栖小镇', ...(withJijin ? ['31 上城区玉皇山南基金小镇'] : [])] },
})}

地址 杭州市保俶路85号



杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇

${yunqiBody}
${
  withJijin
    ? `


杭州市上城区玉皇山南基金小镇总工会 助推基金“核聚变”

作为浙江省首批命名的特色小镇之一,玉皇山南基金小镇实现了快速发展。
`
    : ''
}`;

const parse = (text: string) => parseIssue(new TextEncoder().encode(text), SEED, vocab);
const EMPTY: PublishedState = { issueFiles: new Map() };
const plan = (text: string, state: PublishedState, consent: Consent = {}, seedPath = SEED) =>
  planImport(parse(text), seedPath, `hash of ${text.length}`, state, vocab, consent);

/** The archive after a plan is carried out (what the content store would write). */
function apply(state: PublishedState, p: ImportPlan): PublishedState {
  const files = new Map(state.issueFiles);
  let { manifest, pilotsText, redirectsText } = state;
  for (const c of p.changes) {
    if (c.path === 'pilots.yaml') pilotsText = c.content ?? undefined;
    else if (c.path === 'redirects.yaml') redirectsText = c.content ?? undefined;
    else if (c.path === `${DIR}/import.json`) manifest = JSON.parse(c.content!) as Manifest;
    else {
      const rel = c.path.slice(DIR.length + 1);
      if (c.content === null) files.delete(rel);
      else files.set(rel, c.content);
    }
  }
  return {
    issueFiles: files,
    ...(manifest ? { manifest } : {}),
    ...(pilotsText !== undefined ? { pilotsText } : {}),
    ...(redirectsText !== undefined ? { redirectsText } : {}),
  };
}
const edit = (
  state: PublishedState,
  path: string,
  f: (text: string) => string,
): PublishedState => ({
  ...state,
  issueFiles: new Map(state.issueFiles).set(path, f(state.issueFiles.get(path)!)),
});

const first = plan(seed(), EMPTY);
const published = apply(EMPTY, first);

describe('planImport', () => {
  it('adds every file on a first import, registers the pilots, and needs no consent', () => {
    expect(first.refusals).toEqual([]);
    expect(first.actions.filter((a) => a.kind === 'add').map((a) => a.target)).toEqual([
      `${DIR}/issue.yaml`,
      `${DIR}/articles/news-1.mdx`,
      `${DIR}/articles/foreword.mdx`,
      `${DIR}/${YUNQI}`,
      `${DIR}/${JIJIN}`,
    ]);
    expect(first.actions.filter((a) => a.kind === 'pilot-new').map((a) => a.detail)).toEqual([
      '杭州市西湖区云栖小镇总工会',
      '杭州市上城区玉皇山南基金小镇总工会',
    ]);
    expect(first.changes.every((c) => !c.backup)).toBe(true);
  });

  it('writes the manifest last: an import is complete when it is written', () => {
    expect(first.changes.at(-1)!.path).toBe(`${DIR}/import.json`);
    expect(Object.keys(published.manifest!.files)).toContain(YUNQI);
    expect(published.manifest!.seed).toBe(SEED);
  });

  it('changes nothing when the seed has not changed', () => {
    const again = plan(seed(), published);
    expect(again).toMatchObject({ changes: [], actions: [], refusals: [] });
  });

  it('updates a file the archivist has not touched when the seed changed it', () => {
    const p = plan(seed('今年以来,云栖小镇工会引领小镇创业创新。'), published);
    expect(p.refusals).toEqual([]);
    expect(p.actions).toEqual([{ kind: 'update', target: `${DIR}/${YUNQI}` }]);
    expect(p.changes.map((c) => c.path)).toEqual([`${DIR}/${YUNQI}`, `${DIR}/import.json`]);
  });

  it('needs --allow-delete to delete an article the seed no longer has, and then redirects its URL', () => {
    const without = seed(undefined, false);
    const refused = plan(without, published);
    expect(refused.refusals).toHaveLength(1);
    expect(refused.refusals[0]).toMatchObject({
      consent: 'allowDelete',
      items: [`${DIR}/${JIJIN}`],
    });
    expect(refused.refusals[0]!.problem.hint).toContain('--allow-delete');

    const allowed = plan(without, published, { allowDelete: true });
    expect(allowed.refusals).toEqual([]);
    expect(allowed.changes.find((c) => c.path === `${DIR}/${JIJIN}`)).toEqual({
      path: `${DIR}/${JIJIN}`,
      content: null,
      backup: true,
    });
    expect(allowed.changes.find((c) => c.path === 'redirects.yaml')?.content).toContain(
      'from: /issues/2018-5-6/shangchengqu-yuhuang-shannan-jijin-xiaozhen/',
    );
    expect(allowed.actions).toContainEqual({
      kind: 'redirect',
      target: '/issues/2018-5-6/shangchengqu-yuhuang-shannan-jijin-xiaozhen/',
      detail: '/issues/2018-5-6/',
    });
  });

  it('needs --replace-seed to import another seed over the issue', () => {
    const other = plan(seed(), published, {}, 'seeds/mini-better.txt');
    expect(other.refusals.map((r) => r.consent)).toEqual(['replaceSeed']);
    expect(other.refusals[0]!.problem.message).toBe(
      'issue 2018-5-6 was imported from seeds/mini.txt, not from seeds/mini-better.txt',
    );
    expect(
      plan(seed(), published, { replaceSeed: true }, 'seeds/mini-better.txt').refusals,
    ).toEqual([]);
  });

  it('merges an article corrected by hand, and sets the seed’s new text aside when both changed the body', () => {
    const corrected = edit(published, YUNQI, (t) =>
      t.replace('引领小镇创业创新。', '引领小镇创业创新,成效明显。'),
    );
    const p = plan(seed('今年以来,云栖小镇工会引领小镇创业创新。'), corrected);
    expect(p.refusals).toEqual([]);
    expect(p.actions.map((a) => [a.kind, a.target])).toEqual([
      ['merge', `${DIR}/${YUNQI}`],
      ['set-aside', `${DIR}/${YUNQI}.incoming`],
    ]);
    // The archivist's file is unchanged (their body, the same fields), so only the version for review is written.
    expect(p.changes.map((c) => c.path)).toEqual([
      `${DIR}/${YUNQI}.incoming`,
      `${DIR}/import.json`,
    ]);
    expect(p.changes[0]!.content).toContain('云栖小镇工会引领');
  });

  it('needs --replace-pending to replace a version already set aside for review', () => {
    const corrected = edit(published, YUNQI, (t) =>
      t.replace('引领小镇创业创新。', '引领小镇创业创新,成效明显。'),
    );
    const pending = apply(
      corrected,
      plan(seed('今年以来,云栖小镇工会引领小镇创业创新。'), corrected),
    );
    expect(pending.issueFiles.has(`${YUNQI}.incoming`)).toBe(true);
    const third = seed('今年以来,云栖小镇工会组织引领小镇创业创新。');
    const refused = plan(third, pending);
    expect(refused.refusals.map((r) => [r.consent, r.items])).toEqual([
      ['replacePending', [`${DIR}/${YUNQI}.incoming`]],
    ]);
    const allowed = plan(third, pending, { replacePending: true });
    expect(allowed.refusals).toEqual([]);
    expect(allowed.changes.find((c) => c.path.endsWith('.incoming'))).toMatchObject({
      backup: true,
    });
    expect(allowed.actions.map((a) => a.kind)).toContain('replace-pending');
  });

  it('follows an article the archivist renamed (new file, slug, old slug in redirectFrom): no new copy, no deletion', () => {
    const old = published.issueFiles.get(YUNQI)!;
    const files = new Map(published.issueFiles);
    files.delete(YUNQI);
    files.set(
      'articles/yunqi.mdx',
      old.replace(
        'slug: xihuqu-yunqi-xiaozhen',
        'slug: yunqi\nredirectFrom:\n  - xihuqu-yunqi-xiaozhen',
      ),
    );
    const renamed = { ...published, issueFiles: files };
    const p = plan(seed(), renamed);
    expect(p.refusals).toEqual([]);
    expect(p.articles.map((a) => a.slug)).toContain('yunqi');
    expect(p.changes.map((c) => c.path)).not.toContain(`${DIR}/${YUNQI}`);
    expect(p.changes.filter((c) => c.content === null)).toEqual([]);
    // The 目录 now links the article under its new name.
    const issueYaml =
      p.changes.find((c) => c.path === `${DIR}/issue.yaml`)?.content ??
      renamed.issueFiles.get('issue.yaml')!;
    expect(issueYaml).toContain('slug: yunqi\n');
  });

  it('keeps files the archivist made, which the import does not produce', () => {
    const note =
      '---\nslug: note\nissue: 2018-5-6\nsection: 编者的话\nsectionKey: note\nkind: article\norder: 9\ntitle: 补记\n---\n\n补记。\n';
    const withNote = {
      ...published,
      issueFiles: new Map(published.issueFiles).set('articles/note.mdx', note),
    };
    const p = plan(seed(), withNote);
    expect(p.refusals).toEqual([]);
    expect(p.actions).toEqual([
      {
        kind: 'keep',
        target: `${DIR}/articles/note.mdx`,
        detail: 'yours; the new import does not produce it',
      },
    ]);
    expect(p.changes.filter((c) => c.path.includes('note'))).toEqual([]);
  });

  it('refuses a seed whose body lacks most of its 目录, whatever the consent', () => {
    const cut = seed().slice(0, seed().indexOf('杭州市西湖区云栖小镇总工会 合力'));
    const p = plan(cut, EMPTY, { allowUnmatched: true, allowDelete: true });
    expect(p.refusals).toHaveLength(1);
    expect(p.refusals[0]!.consent).toBeUndefined();
    expect(p.refusals[0]!.problem.message).toBe(
      'the body holds only 1 of the 3 articles its 目录 lists: the seed looks cut short',
    );
  });
});
