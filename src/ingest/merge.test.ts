import { describe, expect, it } from 'vitest';
import { sha256 } from './manifest.ts';
import { fingerprint, mergeFile } from './merge.ts';

const P = 'articles/yunqi.mdx';
// What the last import wrote, and what this import generates (the seed corrected a title and a sentence).
const written =
  '---\nslug: yunqi\ntitle: 合力打造创业创新第一镇\ncity: 杭州市\ncounty: 西湖区\n---\n\n今年以来,云栖小镇引领创业创新。\n';
const generated = written
  .replace('title: 合力打造创业创新第一镇', 'title: 合力打造第一镇')
  .replace('云栖小镇引领', '云栖小镇工会引领');
const base = fingerprint(P, written);
const byHand = (from: string, to: string) => written.replace(from, to);

describe('fingerprint', () => {
  it('hashes the file, each frontmatter field and the body', () => {
    expect(base.sha256).toBe(sha256(written));
    expect(Object.keys(base.fields)).toEqual(['slug', 'title', 'city', 'county']);
    expect(base.body).toBe(sha256('\n今年以来,云栖小镇引领创业创新。\n'));
  });
  it('tells a changed field from unchanged ones, whatever the layout', () => {
    const other = fingerprint(P, byHand('county: 西湖区', 'county: "西湖区"  # 核对过'));
    expect(other.sha256).not.toBe(base.sha256);
    expect(other.fields).toEqual(base.fields);
    expect(fingerprint(P, byHand('county: 西湖区', 'county: 余杭区')).fields.county).not.toBe(
      base.fields.county,
    );
  });
  it('fingerprints a YAML file by its fields, and an unreadable file by its hash only', () => {
    expect(
      Object.keys(fingerprint('issue.yaml', 'id: 2018-5-6\ntitle: 浙江工运\n').fields),
    ).toEqual(['id', 'title']);
    expect(fingerprint(P, '---\ntitle: [unclosed\n---\n')).toEqual({
      sha256: sha256('---\ntitle: [unclosed\n---\n'),
      fields: {},
    });
  });
});

describe('mergeFile', () => {
  it('takes the new file whole when the archivist changed nothing, or there is no earlier import', () => {
    expect(mergeFile(P, written, generated, base)).toEqual({ text: generated, kept: [] });
    expect(mergeFile(P, written, generated, undefined)).toEqual({ text: generated, kept: [] });
  });

  it('keeps a field the archivist changed and updates the others', () => {
    const m = mergeFile(P, byHand('county: 西湖区', 'county: 余杭区'), generated, base);
    expect(m.kept).toEqual(['county']);
    expect(m.text).toBe(generated.replace('county: 西湖区', 'county: 余杭区'));
    expect(m.incoming).toBeUndefined();
  });

  it('keeps a field the archivist removed removed, and one they added', () => {
    const removed = mergeFile(P, byHand('county: 西湖区\n', ''), generated, base);
    expect(removed.kept).toEqual(['county (removed)']);
    expect(removed.text).not.toContain('county:');
    const added = mergeFile(
      P,
      byHand('county: 西湖区\n', 'county: 西湖区\ntier: 市县级\n'),
      generated,
      base,
    );
    expect(added.kept).toEqual(['tier']);
    expect(added.text).toContain('tier: 市县级');
    expect(added.text).toContain('title: 合力打造第一镇');
  });

  it('drops a field the new import no longer writes, unless the archivist changed it', () => {
    const noCounty = generated.replace('county: 西湖区\n', '');
    expect(
      mergeFile(P, byHand('city: 杭州市', 'city: 杭州市 # 已核对'), noCounty, base).text,
    ).not.toContain('county');
  });

  it('keeps a body the archivist corrected when the seed did not change it', () => {
    const mine = byHand('创业创新。', '创业创新,成效明显。');
    const sameBody = generated.replace('云栖小镇工会引领', '云栖小镇引领');
    const m = mergeFile(P, mine, sameBody, base);
    expect(m.kept).toEqual(['body']);
    expect(m.text).toContain('成效明显');
    expect(m.text).toContain('title: 合力打造第一镇');
    expect(m.incoming).toBeUndefined();
  });

  it('keeps the archivist’s body when both changed it, and sets the new version aside for review', () => {
    const mine = byHand('创业创新。', '创业创新,成效明显。');
    const m = mergeFile(P, mine, generated, base);
    expect(m.kept).toEqual(['body']);
    expect(m.text).toContain('成效明显');
    expect(m.incoming).toBe(generated);
  });

  it('keeps the archivist’s CRLF line ends, BOM and YAML comments', () => {
    const mine = `\uFEFF${byHand('county: 西湖区', '# 核对过 2026-11-25\ncounty: 余杭区').replace(/\n/g, '\r\n')}`;
    const m = mergeFile(P, mine, generated, base);
    expect(m.text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(m.text).not.toMatch(/[^\r]\n/);
    expect(m.text).toContain('# 核对过 2026-11-25\r\ncounty: 余杭区\r\n');
    expect(m.text).toContain('title: 合力打造第一镇\r\n');
    expect(m.text).toContain('云栖小镇工会引领');
  });

  it('keeps a hand-edited file it cannot read whole, and sets the new one aside', () => {
    const broken = '---\ntitle: [unclosed\n---\n正文';
    expect(mergeFile(P, broken, generated, base)).toEqual({
      text: broken,
      kept: ['the whole file'],
      incoming: generated,
      unreadable: true,
    });
  });

  it('merges a YAML file (issue.yaml) field by field', () => {
    const was = 'id: 2018-5-6\ndate: 2018-12-10\nvolumeTitle: 新业态探索篇\n';
    const mine = 'id: 2018-5-6\ndate: 2018-12-12 # 据版权页\nvolumeTitle: 新业态探索篇\n';
    const m = mergeFile(
      'issue.yaml',
      mine,
      'id: 2018-5-6\ndate: 2018-12-10\nvolumeTitle: 新业态探索篇 ·\n',
      fingerprint('issue.yaml', was),
    );
    expect(m.kept).toEqual(['date']);
    expect(m.text).toBe('id: 2018-5-6\ndate: 2018-12-12 # 据版权页\nvolumeTitle: 新业态探索篇 ·\n');
  });
});
