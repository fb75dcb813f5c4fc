import { describe, expect, it } from 'vitest';
import { compareTypeCounts, formatTypeCounts, parseStatedCounts } from './type-counts.ts';
import { loadVolumes } from '../core/volumes.ts';

const volumes = loadVolumes();
const v = (t: string) => volumes.find((x) => x.title === t)!;
const TOWN =
  '省委选定的291家试点中,乡镇117家,街道91家,新业态83家。本篇收录乡镇、街道试点4家,其中乡镇3家,街道1家。';

describe('the 综述’s counts', () => {
  it('tells the province’s counts from this volume’s', () => {
    const s = parseStatedCounts(TOWN, v('乡镇振兴篇'), volumes);
    expect(s.map((x) => [x.type, x.count, x.scope])).toEqual([
      ['乡镇', 117, 'province'],
      ['街道', 91, 'province'],
      ['乡镇', 3, 'volume'],
      ['街道', 1, 'volume'],
    ]);
  });

  it('reads the first volume’s counts after 其中 as the volume’s', () => {
    const s = parseStatedCounts(
      '省委选定的291家试点中,新业态有83家,占28.5%。其中特色小镇36家,楼宇、商圈20家,工业文创园区22家,其他形态5家。',
      v('新业态探索篇'),
      volumes,
    );
    expect(s[0]).toMatchObject({ type: '新业态', count: 83, scope: 'province' });
    expect(s.filter((x) => x.scope === 'volume').map((x) => [x.type, x.count])).toEqual([
      ['特色小镇', 36],
      ['楼宇商圈', 20],
      ['工业文创园区', 22],
      ['其他', 5],
    ]);
  });

  it('compares like with like, and a mismatch names the pilots to check', () => {
    const stated = parseStatedCounts(TOWN, v('乡镇振兴篇'), volumes);
    const pilots = [
      { name: '瓜沥镇', type: '乡镇' },
      { name: '姜山镇', type: '乡镇' },
      { name: '东湖街道', type: '乡镇' },
      { name: '大均乡', type: '乡镇' },
    ];
    const c = compareTypeCounts(stated, v('乡镇振兴篇'), pilots);
    expect(c.province).toEqual({ 乡镇: 117, 街道: 91 });
    expect(c.mismatches).toEqual([
      { type: '乡镇', stated: 3, typed: 4, pilots: ['瓜沥镇', '姜山镇', '东湖街道', '大均乡'] },
      { type: '街道', stated: 1, typed: 0, pilots: ['东湖街道'] },
    ]);
    const right = compareTypeCounts(stated, v('乡镇振兴篇'), [
      ...pilots.slice(0, 2),
      { name: '东湖街道', type: '街道' },
      pilots[3]!,
    ]);
    expect(right.mismatches).toEqual([]);
    expect(formatTypeCounts(right)).toEqual([
      "  types agree with the 综述's counts for this volume (乡镇 3, 街道 1)",
      "  the 综述's counts for the whole province (not compared): 乡镇 117, 街道 91",
    ]);
    expect(formatTypeCounts(c)[1]).toBe(
      '    乡镇: stated 3, typed 4 — check: 瓜沥镇、姜山镇、东湖街道、大均乡',
    );
  });
});
