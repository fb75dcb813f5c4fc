/**
 * Pieces of a cut-down issue in the seed's raw format — the cover and the
 * 目录 of the bundled 2018/5-6 issue (新业态探索篇), holding only what a test
 * needs — for the unit tests of the importer's stages. Each test writes the
 * articles it is about itself.
 */

/** The cover prints its title, label and running numbers, and these unless told not to. */
export interface MiniCover {
  /** 主办 and 承办. */
  sponsors?: boolean;
  /** The volume title, in two lines. */
  volume?: boolean;
}

/** The cover, each line followed by a blank one as the seed prints it. */
export function miniCover({ sponsors = true, volume = true }: MiniCover = {}): string {
  const lines = ['浙江工运', '2018/5-6', '总第407、408期'];
  if (sponsors) lines.push('主办：浙江省总工会', '承办：浙江工人日报社');
  if (volume) lines.push('浙江省基层工会 改革试点实践实录', '○ 新业态探索篇 ○');
  return lines.map((l) => `${l}\n\n`).join('');
}

/** What the 目录 lists besides its 卷首语. */
export interface MiniToc {
  /** The lines printed beside the 目录, before its entries: by default the publication date. */
  imprint?: string[];
  /** Lists the 特别报道 (page 6, with its subtitle and author). */
  special?: boolean;
  /** The 速写 entries (page and name) under each city: by default two of 杭州市. */
  sketches?: Record<string, string[]>;
}

/** The 目录, from its heading to the colophon's first line (no line end after it). */
export function miniToc({
  imprint = ['2018 年 12 月 10 日出版'],
  special = false,
  sketches = { 杭州市: ['30 西湖区云栖小镇', '31 上城区玉皇山南基金小镇'] },
}: MiniToc = {}): string {
  const specials = ['06 争当创新改革的先行军', '杭州市余杭区梦想小镇工会工作纪实 /杜坚强'];
  return [
    ...['目录 Contents', '', ...imprint, ''],
    ...['卷首语', '', '01 点亮一盏灯 照亮一大片', ''],
    ...(special ? ['特别报道 :省级试点', '', ...specials, ''] : []),
    ...['速写 :市、县(市、区)级试点', ''],
    ...Object.entries(sketches).flatMap(([city, entries]) => [
      city,
      '',
      ...entries.map((e) => `- ${e}`),
      '',
    ]),
    '编辑出版 浙江工运编辑室',
  ].join('\n');
}
