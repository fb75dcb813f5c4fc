import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';

const dir = 'content/issues/2018-5-6';
const issue = { path: `${dir}/issue.yaml`, text: readFileSync(`${dir}/issue.yaml`, 'utf8') };
const good = readFileSync(`${dir}/articles/xihuqu-yunqi-xiaozhen.mdx`, 'utf8');
const art = (text: string, name = 'xihuqu-yunqi-xiaozhen') => ({
  path: `${dir}/articles/${name}.mdx`,
  text,
});
const errorsOf = (files: { path: string; text: string }[]) =>
  checkContent([issue, ...files]).filter(
    (f) => f.level === 'error' && !f.message.includes('TOC entry'),
  );

describe('npm run check', () => {
  it('accepts the imported issue', () => {
    expect(errorsOf([art(good)])).toEqual([]);
  });
  it('names file, line and field of a schema error', () => {
    const [e] = errorsOf([art(good.replace('city: 杭州市', 'city: 杭州'))]);
    expect(e).toMatchObject({
      file: `${dir}/articles/xihuqu-yunqi-xiaozhen.mdx`,
      field: 'city',
      line: 12,
    });
  });
  it('finds a county that is not in the city', () => {
    expect(errorsOf([art(good.replace('county: 西湖区', 'county: 瑞安市'))])[0]?.message).toContain(
      '瑞安市 belongs to 温州市',
    );
  });
  it('finds a missing pilot field, an unknown type, a slug that is not the file name', () => {
    expect(errorsOf([art(good.replace(/^type: .*\n/m, ''))])[0]).toMatchObject({ field: 'type' });
    expect(errorsOf([art(good.replace('type: 特色小镇', 'type: 小镇'))])[0]).toMatchObject({
      field: 'type',
    });
    expect(errorsOf([art(good, 'renamed')])[0]?.message).toContain('differs from the file name');
  });
  it('accepts practices listed by name or slug, and names one the vocabulary lacks', () => {
    const listed = (list: string) =>
      art(good.replace(/^practices:\n(?: {2}- .*\n)+/m, '').replace('tier: 市县级', `tier: 市县级\npractices: ${list}`));
    expect(errorsOf([listed('[职工书屋, collective-wage-bargaining]')])).toEqual([]);
    const [e] = errorsOf([listed('[读书会]')]);
    expect(e).toMatchObject({ field: 'practices', line: 16, file: `${dir}/articles/xihuqu-yunqi-xiaozhen.mdx` });
    expect(e?.message).toContain('读书会');
  });
  it('finds duplicate URLs and orders', () => {
    const errs = errorsOf([
      art(good),
      art(good.replace('slug: xihuqu-yunqi-xiaozhen', 'slug: copy'), 'copy'),
    ]);
    expect(errs.map((e) => e.field)).toContain('order');
  });
  it('finds invalid MDX and furniture left in the text, with the line', () => {
    const broken = `${good}\n一段 {未转义的表达式\n`;
    expect(errorsOf([art(broken)])[0]?.message).toContain('cannot be rendered');
    const component = errorsOf([art(`${good}\n<Chart data="x" />\n`)])[0];
    expect(component?.message).toContain('<Chart> is not an HTML element');
    expect(component?.line).toBe(good.split('\n').length + 1);
    const furniture = checkContent([issue, art(`${good}\n残留的页码。**1**\n`)]).find((f) =>
      f.message.includes('furniture'),
    );
    expect(furniture?.line).toBe(good.split('\n').length + 1);
  });
  it('puts an unclosed element at its own line, as the build does', () => {
    const lines = good.split('\n');
    const at = lines.length - 4;
    lines.splice(at - 1, 0, '<div class="note">', '');
    const e = errorsOf([art(lines.join('\n'))])[0];
    expect(e?.message).toContain('closing tag for `<div>`');
    expect([e?.line, e?.column]).toEqual([at, 1]);
  });
  it('reads a title that looks like a date as text, as the build does', () => {
    expect(errorsOf([art(good.replace(/^title: .*$/m, 'title: 2018-12-10'))])).toEqual([]);
  });
  it('refuses an unsafe link or a third-party image with its line', () => {
    const line = good.split('\n').length + 1;
    const [link] = errorsOf([art(`${good}\n见[此处](JavaScript&#58;alert(1))。\n`)]);
    expect(link).toMatchObject({ line, level: 'error' });
    expect(link?.message).toMatch(/link “JavaScript:alert\(1\)” is refused/);
    const [image] = errorsOf([art(`${good}\n![](https://other.example/x.png)\n`)]);
    expect(image).toMatchObject({ line });
    expect(image?.message).toMatch(/images must come from the site itself/);
  });
  it('finds a dangling issue reference', () => {
    expect(
      errorsOf([art(good.replace('issue: 2018-5-6', 'issue: 2019-1'))]).map((e) => e.field),
    ).toContain('issue');
  });
  it('warns about a paragraph cut mid-sentence and a stray English word', () => {
    const cut = `${good}\n这一段在换页处被截断而没有接上下一段的文字内容后面还有很多字没有\n\n接续的文字。\n`;
    expect(checkContent([issue, art(cut)]).some((f) => f.message.includes('mid-sentence'))).toBe(
      true,
    );
    expect(
      checkContent([issue, art(`${good}\n良仓孵化器 etc 知名孵化器。\n`)]).some((f) =>
        f.message.includes('“etc”'),
      ),
    ).toBe(true);
  });
  it('checks redirects: targets must exist, sources must not hide live pages', () => {
    const redirects = (text: string) =>
      checkContent([issue, art(good)], { path: 'content/redirects.yaml', text }).filter(
        (f) => f.file === 'content/redirects.yaml',
      );
    expect(
      redirects('- from: /issues/2018-5-6/old/\n  to: /issues/2018-5-6/xihuqu-yunqi-xiaozhen/\n'),
    ).toEqual([]);
    expect(
      redirects('- from: /issues/2018-5-6/old/\n  to: /issues/2018-5-6/nowhere/\n')[0],
    ).toMatchObject({ field: 'to', line: 2 });
    for (const to of ['/issues/', '/cities/hangzhou/', '/data/', '/sections/', '/types/'])
      expect(redirects(`- from: /old/\n  to: ${to}\n`), to).toEqual([]);
    expect(redirects('- from: /old/\n  to: /cities/wenzhou/\n')[0]?.message).toMatch(
      /not a page of the site/,
    );
    expect(
      redirects('- from: /issues/2018-5-6/xihuqu-yunqi-xiaozhen/\n  to: /issues/2018-5-6/\n')[0],
    ).toMatchObject({ field: 'from' });
    expect(redirects('- from: old\n  to: /\n')[0]).toMatchObject({ level: 'error' });
  });
  it('reminds the archivist of versions a re-import set aside', () => {
    const f = checkContent([
      issue,
      art(good),
      { path: `${dir}/articles/x.mdx.incoming`, text: good },
    ]);
    expect(f.some((x) => x.file.endsWith('.incoming') && x.level === 'warning')).toBe(true);
  });
});

describe('issue ids that YAML reads as dates', () => {
  it('accepts 2018-11-12 (issue 11-12) in frontmatter, unquoted', async () => {
    const { articleSchema } = await import('../../src/core/schemas.ts');
    const data = {
      ...(await import('yaml')).parse(good.split('---')[1]!),
      issue: new Date('2018-11-12'),
    };
    const r = articleSchema.safeParse(data);
    expect(r.success && r.data.issue).toBe('2018-11-12');
  });
});
