import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readContentFile, readValidated, readYaml, writeMdx } from './content-file.ts';

const mdx = '---\n# a comment\nslug: a\ntitle: 2018-12-10\npage: 3\n---\n\n正文。\n';

describe('readContentFile', () => {
  it('splits frontmatter and body, with the body line', () => {
    const r = readContentFile('a.mdx', mdx);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.yaml.data).toEqual({ slug: 'a', title: '2018-12-10', page: 3 });
    expect(r.value.body).toBe('\n正文。\n');
    expect(r.value.bodyLine).toBe(7);
    expect(r.value.yaml.lineOf(['page'])).toBe(5);
  });
  it('reads CRLF and a BOM the same, and remembers them', () => {
    const r = readContentFile('a.mdx', `\uFEFF${mdx.replace(/\n/g, '\r\n')}`);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.yaml.data).toEqual({ slug: 'a', title: '2018-12-10', page: 3 });
    expect(r.value.eol).toBe('\r\n');
    expect(r.value.bom).toBe(true);
    expect(writeMdx(r.value.yaml.doc, r.value.body!, r.value)).toBe(
      `\uFEFF${mdx.replace(/\n/g, '\r\n')}`,
    );
  });
  it('keeps comments when written back', () => {
    const r = readContentFile('a.mdx', mdx);
    if (!r.ok) throw new Error('expected ok');
    r.value.yaml.doc.set('page', 4);
    expect(writeMdx(r.value.yaml.doc, r.value.body!)).toContain('# a comment\nslug: a');
  });
  it('locates a YAML error at its line', () => {
    const r = readContentFile('a.mdx', '---\nslug: a\ntitle: [x\n---\nbody\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });
  it('says when there is no frontmatter', () => {
    const r = readContentFile('a.mdx', 'just text\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/no frontmatter/);
  });
  it('reads a YAML file whole', () => {
    const r = readContentFile('x.yaml', '- id: a\n  name: b\n');
    expect(r.ok && r.value.yaml.data).toEqual([{ id: 'a', name: 'b' }]);
  });
});

describe('readValidated', () => {
  it('puts each schema problem on its field’s line', () => {
    const schema = z.object({ slug: z.string(), page: z.number(), toc: z.array(z.object({ p: z.number() })) });
    const r = readValidated('i.yaml', 'slug: a\npage: x\ntoc:\n  - p: 1\n  - p: two\n', schema);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.problems.map((p) => [p.field, p.line]));
    expect(byField).toEqual({ page: 2, 'toc.1.p': 5 });
  });
  it('reads dates as strings, as the build does', () => {
    const r = readYaml('x.yaml', 'title: 2018-12-10\nid: 2018-11-12\n');
    expect(r.ok && r.value.data).toEqual({ title: '2018-12-10', id: '2018-11-12' });
  });
});
