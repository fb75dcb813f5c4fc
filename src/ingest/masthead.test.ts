import { describe, expect, it } from 'vitest';
import { formatVolumeTitle, parseCover, parseNumbers } from './masthead.ts';

const cover = [
  '',
  '浙江工运',
  '',
  'LABOUR MOVEMENT OF ZHEJIANG',
  '',
  '2018/5-6',
  '',
  '总第407、408期',
  '',
  '主办：浙江省总工会',
  '',
  '浙江省工人运动研究会',
  '',
  '承办：浙江工人日报社',
  '',
  '浙江省基层工会 改革试点实践实录',
  '',
  '○ 新业态探索篇 ○',
  '',
  '',
  '',
  '正文',
];

describe('parseCover', () => {
  const { masthead, end } = parseCover(
    cover.map((text, i) => ({ no: i + 1, text })),
    'f',
  );
  it('reads title, label, numbers and sponsors', () => {
    expect(masthead).toMatchObject({
      title: '浙江工运',
      englishTitle: 'LABOUR MOVEMENT OF ZHEJIANG',
      label: '2018/5-6',
      year: 2018,
      numbers: [5, 6],
      totals: [407, 408],
      sponsors: ['浙江省总工会', '浙江省工人运动研究会'],
      organizers: ['浙江工人日报社'],
      volumeTitle: '浙江省基层工会改革试点实践实录 · 新业态探索篇',
    });
    expect(end).toBe(18); // index just past the cover's last line
  });
  it('reads one running number or two', () => {
    expect(parseNumbers('400')).toEqual([400]);
    expect(parseNumbers('407、408')).toEqual([407, 408]);
  });
  it('says where the label is missing', () => {
    expect(() => parseCover([{ no: 1, text: '浙江工运' }], 'seeds/x.txt')).toThrow(
      /seeds\/x\.txt:1: error: no issue label/,
    );
  });
  it('formats the volume title', () => {
    expect(formatVolumeTitle(['浙江省基层工会 改革试点实践实录', '○ 乡镇振兴篇 ○'])).toBe(
      '浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
    );
  });
});
