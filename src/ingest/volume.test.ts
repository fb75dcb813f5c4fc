import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { displayOrder, loadVolumes, volumeListSchema } from '../core/volumes.ts';
import {
  pickVolumeTyping,
  recognizeVolume,
  typePilot,
  volumeLines,
} from './volume.ts';

const all = loadVocabularies().pilotTypes;
const volumes = loadVolumes();
const byTitle = (t: string) => volumes.find((v) => v.title === t)!;

describe('volumes of the series', () => {
  it('recognises a volume from the cover title, then a line naming it, then the pilots it says it holds', () => {
    expect(
      recognizeVolume('浙江省基层工会改革试点实践实录 · 乡镇振兴篇', [], volumes).volume?.title,
    ).toBe('乡镇振兴篇');
    expect(
      recognizeVolume(undefined, ['浙江省基层工会改革试点实践实录“街道活力篇”综述'], volumes).volume
        ?.title,
    ).toBe('街道活力篇');
    const r = recognizeVolume(
      undefined,
      ['全省乡镇117家,街道91家。本篇收录街道试点28家。'],
      volumes,
    );
    expect(r.volume?.title).toBe('街道活力篇');
    expect(r.rule).toContain('本篇收录街道试点28家');
    expect(
      recognizeVolume(undefined, ['全省乡镇117家,街道91家。'], volumes).volume,
    ).toBeUndefined();
  });

  it('types within the volume: the last keyword of the name decides (镇海区招宝山街道 is a 街道)', () => {
    const street = pickVolumeTyping(all, byTitle('街道活力篇'), undefined);
    expect(street.types.map((t) => t.name).sort()).toEqual(['乡镇', '街道']);
    expect(typePilot(['宁波市镇海区招宝山街道总工会'], street).type).toBe('街道');
    expect(
      typePilot(['镇海区招宝山街道', '宁波市镇海区招宝山街道总工会 “海防古城”'], street).type,
    ).toBe('街道');
    expect(typePilot(['绍兴市上虞区章镇镇总工会'], street).type).toBe('乡镇');
    expect(typePilot(['景宁畲族自治县大均乡联合工会'], street).type).toBe('乡镇');
    // A title-first entry: the organisation decides, not the 小镇 of the title.
    expect(typePilot(['小镇大舞台 职工新家园', '杭州市下城区长庆街道总工会'], street).type).toBe(
      '街道',
    );
  });

  it('gives no type to a pilot that fits none of a volume without a fallback; 其他 in the first volume', () => {
    const town = pickVolumeTyping(all, byTitle('乡镇振兴篇'), undefined);
    const t = typePilot(['建德市梅城工业园总工会'], town);
    expect(t.type).toBeUndefined();
    expect(t.rule).toContain('no keyword of');
    const first = pickVolumeTyping(all, byTitle('新业态探索篇'), undefined);
    expect(typePilot(['某某管委会'], first).type).toBe('其他');
    expect(typePilot(['杭州市余杭区梦想小镇工会'], first)).toEqual({
      type: '特色小镇',
      rule: 'keyword “小镇”',
    });
  });

  it('lets the issue file name the types; without a volume or a file, the first volume’s defaults', () => {
    const file = pickVolumeTyping(
      all,
      undefined,
      all.filter((t) => ['街道', '乡镇'].includes(t.name)),
    );
    expect(file.source).toBe('issue file');
    expect(typePilot(['宁波市镇海区招宝山街道'], file).type).toBe('街道');
    expect(pickVolumeTyping(all, undefined, undefined).types.map((t) => t.name)).toEqual([
      '特色小镇',
      '楼宇商圈',
      '其他',
      '工业文创园区',
    ]);
  });

  it('writes the issue-file lines of a volume and lists every type once, volume by volume', () => {
    expect(volumeLines(byTitle('乡镇振兴篇'))).toEqual([
      'volumeTitle: 浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
      'pilotTypes: [乡镇, 街道]',
    ]);
    expect(displayOrder(volumes)).toEqual([
      '特色小镇',
      '楼宇商圈',
      '工业文创园区',
      '其他',
      '乡镇',
      '街道',
    ]);
  });

  it('has ASCII, stable slugs for every type of every volume', () => {
    const slugs = Object.fromEntries(all.map((t) => [t.name, t.slug]));
    expect(slugs).toMatchObject({
      特色小镇: 'towns',
      其他: 'other',
      乡镇: 'towns-and-townships',
      街道: 'subdistricts',
    });
    expect(Object.values(slugs).every((s) => /^[a-z-]+$/.test(s))).toBe(true);
  });

  it('refuses a volume whose type pilot-types.yaml does not define', () => {
    const parse = (raw: unknown) => {
      const r = volumeListSchema(all.map((t) => t.name)).safeParse(raw);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(parse([{ title: '社区篇', volumeTitle: 'x · 社区篇', types: [{ name: '社区' }] }])).toEqual([
      'type “社区” is not in pilot-types.yaml',
    ]);
    expect(parse([{ title: '社区', volumeTitle: 'x', types: [{ name: '乡镇' }] }])).toEqual([
      'a volume title ends with 篇',
    ]);
    expect(parse([{ title: '社区篇', volumeTitle: 'x', types: [] }])).toHaveLength(1);
  });
});
