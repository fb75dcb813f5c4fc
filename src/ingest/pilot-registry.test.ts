import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { ProblemError } from '../core/problem.ts';
import { assignPilots, coreName, isPilotName, sameCore } from './pilot-registry.ts';

const v = loadVocabularies();
const words = [...v.slugWords, ...v.gazetteer.counties.flatMap((c) => [c.name, c.short ?? ''])];

describe('pilot identity', () => {
  it('reduces a name to its core', () => {
    expect(coreName('杭州市余杭区梦想小镇工会联合委员会', v.gazetteer)).toBe('梦想小镇');
    expect(coreName('杭州市余杭区梦想小镇工会', v.gazetteer)).toBe('梦想小镇');
    expect(coreName('桐乡市濮院镇(毛衫时尚小镇)总工会', v.gazetteer)).toBe('濮院镇');
    expect(coreName('浦江水晶产业园区总工会', v.gazetteer)).toBe('水晶产业园区');
  });
  it('matches variant names, not different pilots', () => {
    expect(sameCore('舟山定海工业园区', '舟山定海工业园')).toBe(true);
    expect(sameCore('云栖小镇', '梦想小镇')).toBe(false);
  });
  it('gives a new pilot an id, then finds it again under a variant name in the same county', () => {
    const first = assignPilots(
      [{ name: '杭州市余杭区梦想小镇工会', city: '杭州市', county: '余杭区', type: '特色小镇' }],
      [],
      v.gazetteer,
      words,
    );
    expect(first.ids).toEqual([{ id: 'yuhangqu-mengxiang-xiaozhen', how: 'new' }]);
    expect(first.registry[0]).toMatchObject({
      name: '杭州市余杭区梦想小镇工会',
      county: '余杭区',
      proposed: true,
    });
    const again = assignPilots(
      [{ name: '梦想小镇工会联合委员会', county: '余杭区' }],
      first.registry,
      v.gazetteer,
      words,
    );
    expect(again.ids).toEqual([{ id: 'yuhangqu-mengxiang-xiaozhen', how: 'alias' }]);
    expect(again.registry[0]?.aliases).toEqual(['梦想小镇工会联合委员会']);
  });
  it('keeps pilots of the same name in different counties apart', () => {
    const r = assignPilots(
      [
        { name: '瓯海经济开发区总工会', county: '瓯海区' },
        { name: '乐清经济开发区总工会', county: '乐清市' },
      ],
      [],
      v.gazetteer,
      words,
    );
    expect(new Set(r.ids.map((x) => x.id)).size).toBe(2);
  });
});

describe('pilot names', () => {
  it('are at least two letters or digits', () => {
    for (const bad of ['-', '—', '·', '工', '（）', ' - ', '', '「」、'])
      expect(isPilotName(bad), bad).toBe(false);
    for (const good of ['梦想小镇', '云栖', 'A1', '浙江（杭州）'])
      expect(isPilotName(good), good).toBe(true);
  });
  it('never writes a fragment as a name or an alias', () => {
    const registry = [{ id: 'xihuqu-yunqi-xiaozhen', name: '云栖小镇工会', county: '西湖区' }];
    expect(() =>
      assignPilots([{ name: '-', county: '西湖区' }], registry, v.gazetteer, words),
    ).toThrow(/“-” is not a pilot’s name/);
    expect(() => assignPilots([{ name: '工' }], [], v.gazetteer, words)).toThrow(ProblemError);
  });
  it('falls back to the TOC’s name when the printed one is a fragment', () => {
    const r = assignPilots(
      [{ name: '-', tocName: '梦想小镇', county: '余杭区' }],
      [],
      v.gazetteer,
      words,
    );
    expect(r.registry[0]?.name).toBe('梦想小镇');
    expect(JSON.stringify(r.registry)).not.toContain('"-"');
  });
});
