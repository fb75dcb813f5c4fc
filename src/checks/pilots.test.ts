import { describe, expect, it } from 'vitest';
import { readContentSet } from './content-set.ts';
import { checkPilots } from './pilots.ts';

const pilotReport = (fields: string) =>
  `---\nslug: yunqi\nissue: 2018-5-6\nsection: 速写\nsectionKey: sketch\nkind: pilot\norder: 1\ntitle: 合力打造创业创新第一镇\ncity: 杭州市\n${fields}type: 特色小镇\ntier: 市县级\n---\n\n正文。\n`;
const check = (article: string, pilots?: string) => {
  const { set, problems } = readContentSet(
    [{ path: 'content/issues/2018-5-6/articles/yunqi.mdx', text: article }],
    undefined,
    pilots === undefined ? undefined : { path: 'content/pilots.yaml', text: pilots },
  );
  expect(problems).toEqual([]);
  return checkPilots(set);
};

describe('checkPilots', () => {
  it('accepts a placed pilot report whose pilot is registered', () => {
    expect(
      check(
        pilotReport('county: 西湖区\npilot: yunqi\n'),
        '- id: yunqi\n  name: 杭州市西湖区云栖小镇总工会\n',
      ),
    ).toEqual([]);
  });

  it('warns of a pilot report with no county, at the city line', () => {
    const [p, ...rest] = check(pilotReport(''));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      level: 'warning',
      field: 'county',
      line: 9,
      message: 'a pilot report with no county',
    });
  });

  it('refuses a pilot id registered twice, at the second entry', () => {
    const [p] = check(
      pilotReport('county: 西湖区\n'),
      '- id: yunqi\n  name: 甲\n- id: yunqi\n  name: 乙\n',
    );
    expect(p).toMatchObject({
      level: 'error',
      file: 'content/pilots.yaml',
      line: 3,
      message: 'pilot id “yunqi” appears twice',
    });
  });

  it('refuses a report naming a pilot the registry lacks, at its pilot line', () => {
    const [p] = check(pilotReport('county: 西湖区\npilot: nowhere\n'), '- id: yunqi\n  name: 甲\n');
    expect(p).toMatchObject({
      level: 'error',
      field: 'pilot',
      line: 11,
      message: 'no pilot “nowhere” in content/pilots.yaml',
    });
  });
});
