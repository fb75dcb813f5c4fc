import { describe, expect, it } from 'vitest';
import { buildBlocks, continuesParagraph, countBigrams, sameShape, toPieces } from './body.ts';

const corpus = countBigrams([
  '新兴产业集聚',
  '新兴产业',
  '新兴领域',
  '组建工会',
  '组建了',
  '工会组建',
]);

describe('continuesParagraph', () => {
  it('joins a paragraph cut mid-sentence by a page break', () => {
    expect(
      continuesParagraph(
        '梦想小镇共建 36 个基层组织,其中 14 个具备条件的建立了党支',
        '部。按照党群一体化运作的要求',
        corpus,
      ),
    ).toBe(true);
    expect(continuesParagraph('实现小微企业职工入会全方位覆盖。在', '建会的同时', corpus)).toBe(
      true,
    );
  });
  it('joins a column-foot first line that holds a full stop or an open bracket', () => {
    expect(
      continuesParagraph('动员职工制订公约。小镇积极', '引导创客参与公共事务管理', corpus),
    ).toBe(true);
    expect(continuesParagraph('小镇工会与“e港青友”(信息港', '小镇团委)联合打造', corpus)).toBe(
      true,
    );
    expect(continuesParagraph('在健全完善线下工会阵地的', '基础上,实现线上线下互动', corpus)).toBe(
      true,
    );
  });
  it('joins a column-wide fragment that ends mid-word', () => {
    expect(
      continuesParagraph('信息港小镇内多为互联网等新', '兴产业,技术对园区发展尤为重要', corpus),
    ).toBe(true);
  });
  it('keeps subheadings', () => {
    expect(
      continuesParagraph('工会工作的一切从组建开始', '梦想小镇共建 36 个基层组织', corpus),
    ).toBe(false);
    expect(continuesParagraph('以立功竞赛为主线', '小镇拥有基层工会75家', corpus)).toBe(false);
    expect(continuesParagraph('坚持 氛围有我 特色立足', '推动服务窗口化。', corpus)).toBe(false);
  });
  it('keeps a subheading shaped like its siblings even when the next word would fit', () => {
    const siblings = ['党建先锋引领,推动组织联建', '先进文化引领,实现阵地共建'];
    const c = countBigrams(['组建小组', '共建小镇', '共建小区']);
    expect(continuesParagraph('先进文化引领,实现阵地共建', '小镇工会坚持', c, siblings)).toBe(
      false,
    );
    expect(sameShape('坚持需求导向，助转型促成长', '坚持共建导向,强组织促覆盖')).toBe(true);
    expect(sameShape('按照这一总体思路，时尚小镇总', '坚持共建导向,强组织促覆盖')).toBe(false);
  });
  it('never joins a dated chronicle entry or a source note', () => {
    expect(continuesParagraph('9月3日', '省总工会副主席张卫华出席', corpus)).toBe(false);
    expect(continuesParagraph('推动工会工作', '(综合《解放日报》等)', corpus)).toBe(false);
  });
});

describe('buildBlocks', () => {
  const lines = (texts: string[]) => toPieces(texts.map((text, i) => ({ no: i + 1, text })));
  it('classifies editor notes, subheadings, paragraphs, source notes', () => {
    const b = buildBlocks(
      lines([
        '编者按 小镇工会在科技城党工委领导下。',
        '',
        '工会工作的一切从组建开始',
        '',
        '正文第一段。',
        '',
        '互联网+工会 与职工同行',
        '',
        '正文第二段。',
        '',
        '(综合《解放日报》等)',
      ]),
      corpus,
    );
    expect(b.map((x) => x.type)).toEqual([
      'editor-note',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'source-note',
    ]);
  });
  it('pairs chronicle dates with their entries', () => {
    const b = buildBlocks(
      lines(['9月3日', '', '省总工会召开会议。', '', '10月9日', '', '史济锡会见代表团一行。']),
      corpus,
    );
    expect(b).toMatchObject([
      { type: 'dated', date: '9月3日', text: '省总工会召开会议。' },
      { type: 'dated', date: '10月9日', text: '史济锡会见代表团一行。' },
    ]);
  });
  it('reads a closing office line as a signature', () => {
    const b = buildBlocks(lines(['正文。', '', '浙江省总工会党组书记、副主席']), corpus);
    expect(b.at(-1)).toMatchObject({ type: 'signature', text: '浙江省总工会党组书记、副主席' });
  });
  it('joins a lone heading-like line into the paragraph it starts', () => {
    const b = buildBlocks(
      lines(['第一段。', '', '工会参与开辟了仪邦集团', '', '党建文化展厅,形成了多功能场所。']),
      corpus,
    );
    expect(b.map((x) => x.type)).toEqual(['paragraph', 'paragraph']);
    expect(b[1]?.text).toBe('工会参与开辟了仪邦集团党建文化展厅,形成了多功能场所。');
  });
});
