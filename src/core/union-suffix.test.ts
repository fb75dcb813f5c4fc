import { describe, expect, it } from 'vitest';
import {
  hasUnionSuffix,
  mentionsUnion,
  startsWithUnionSuffix,
  stripUnionSuffix,
} from './union-suffix.ts';

describe('union suffixes', () => {
  it('tells a name that ends with its union’s suffix, a bracket after it allowed', () => {
    expect(hasUnionSuffix('桐乡市濮院镇总工会')).toBe(true);
    expect(hasUnionSuffix('杭州市余杭区梦想小镇工会联合委员会')).toBe(true);
    expect(hasUnionSuffix('安吉县(孝丰镇总工会)')).toBe(true);
    expect(hasUnionSuffix('桐乡市濮院镇')).toBe(false);
    expect(mentionsUnion('安吉县(孝丰镇总工会)竹产业小镇')).toBe(true);
  });

  it('strips the longest suffix and reads a line that starts with the rest of one', () => {
    expect(stripUnionSuffix('景宁畲族自治县大均乡联合工会')).toBe('景宁畲族自治县大均乡');
    expect(stripUnionSuffix('慈溪市周巷镇工会联合会')).toBe('慈溪市周巷镇');
    expect(startsWithUnionSuffix('总工会 “三导向”夯实基层“桩脚”')).toBe(true);
    expect(startsWithUnionSuffix('联合会')).toBe(true);
    expect(startsWithUnionSuffix('瓜沥镇总工会')).toBe(false);
  });
});
