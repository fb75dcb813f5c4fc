import { describe, expect, it } from 'vitest';
import { classifyPilotType, pilotTier, placePilot } from './classify.ts';
import { loadVocabularies } from '../core/load-data.ts';

const v = loadVocabularies();

describe('placePilot', () => {
  it.each([
    [['瑞安市浙报文创园联合工会'], undefined, '温州市', '瑞安市'],
    [['桐乡市濮院镇总工会'], undefined, '嘉兴市', '桐乡市'],
    [['浦江水晶产业园区总工会'], undefined, '金华市', '浦江县'],
    [['象山星光影视小镇工会联合会'], undefined, '宁波市', '象山县'],
    [['舟山定海工业园工会'], undefined, '舟山市', '定海区'],
    [['江干区钱塘智慧城'], '杭州市', '杭州市', '江干区'],
    [['下城区武林商圈'], '杭州市', '杭州市', '下城区'],
    [['东阳市横店影视实验区', '横店影视实验区'], '金华市', '金华市', '东阳市'],
  ])('places %j', (names, group, city, county) => {
    expect(placePilot(names, group, v.gazetteer)).toMatchObject({ city, county });
  });
  it('finds the county through a town inside the known city', () => {
    expect(
      placePilot(['嘉兴科技城', '嘉兴科技城(大桥镇)总工会'], '嘉兴市', v.gazetteer),
    ).toMatchObject({ city: '嘉兴市', county: '南湖区' });
  });
  it('keeps 2018 names and leaves out divisions created later', () => {
    expect(placePilot(['苍南县龙港仪邦礼品城'], '温州市', v.gazetteer)).toMatchObject({
      county: '苍南县',
    });
  });
  it('says why when it cannot place a pilot', () => {
    const p = placePilot(['某某中心'], undefined, v.gazetteer);
    expect(p.city).toBeUndefined();
    expect(p.rule).toContain('no place');
  });
});

describe('classifyPilotType', () => {
  it.each([
    [['西湖区云栖小镇'], '特色小镇'],
    [['桐乡市濮院镇(毛衫时尚小镇)总工会'], '特色小镇'],
    [['杭州市下城区武林商圈工会'], '楼宇商圈'],
    [['萧山经济技术开发区'], '工业文创园区'],
    [['武义县青少年服务中心'], '其他'],
  ])('types %j as %s', (names, type) => {
    expect(classifyPilotType(names, v.pilotTypes).type).toBe(type);
  });
});

describe('pilotTier', () => {
  it('reads the TOC note first, then the section default', () => {
    expect(pilotTier('省级试点', '市县级')).toBe('省级');
    expect(pilotTier('市、县(市、区)级试点', undefined)).toBe('市县级');
    expect(pilotTier(undefined, '市县级')).toBe('市县级');
  });
});
