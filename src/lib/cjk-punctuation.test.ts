import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation as fw, isChineseContext } from './cjk-punctuation.ts';

describe('fullWidthPunctuation', () => {
  it('turns half-width marks between Han characters full-width', () => {
    expect(fw('2014年8月,在省市区')).toBe('2014年8月，在省市区');
    expect(fw('一是;二是')).toBe('一是；二是');
    expect(fw('怎么办?还是')).toBe('怎么办？还是');
    expect(fw('好!就这样')).toBe('好！就这样');
    expect(fw('主要做法:一')).toBe('主要做法：一');
  });

  it('leaves Latin and number contexts alone', () => {
    expect(fw('1,000')).toBe('1,000');
    expect(fw('ETC: foo')).toBe('ETC: foo');
    expect(fw('时间10:30开始')).toBe('时间10:30开始');
    expect(fw('Hello, world!')).toBe('Hello, world!');
    expect(fw('see p. 3, line 2; or (b)?')).toBe('see p. 3, line 2; or (b)?');
  });

  it('ends a Chinese clause after a Latin word or a number', () => {
    expect(fw('通过APP,创客')).toBe('通过APP，创客');
    expect(fw('以及 500Startups,等')).toBe('以及 500Startups，等');
    expect(fw('匠”们以CTF(夺旗赛)的比')).toBe('匠”们以CTF（夺旗赛）的比');
    expect(fw('平台、C2B(C2F)等五')).toBe('平台、C2B（C2F）等五');
  });

  it('counts closing and opening quotes, CJK punctuation, digits and % as neighbours', () => {
    expect(fw('他说:“我们”')).toBe('他说：“我们”');
    expect(fw('“职工之家”,成为')).toBe('“职工之家”，成为');
    expect(fw('《条例》;此外')).toBe('《条例》；此外');
    expect(fw('增长99%,其中')).toBe('增长99%，其中');
    expect(fw('建成3家,其中')).toBe('建成3家，其中');
    expect(fw('共有工会,10个')).toBe('共有工会，10个');
  });

  it('converts marks at the end of a Chinese sentence', () => {
    expect(fw('这是为什么?')).toBe('这是为什么？');
    expect(fw('做法如下:')).toBe('做法如下：');
  });

  it('drops spaces the extraction left beside a converted mark', () => {
    expect(fw('在省市区 , 以及')).toBe('在省市区，以及');
    expect(fw('要求: 一是')).toBe('要求：一是');
  });

  it('converts parentheses as a pair when Chinese is inside or touches them', () => {
    expect(fw('(综合《解放日报》等)')).toBe('（综合《解放日报》等）');
    expect(fw('总工会(ACFTU)成立')).toBe('总工会（ACFTU）成立');
    expect(fw('措施(1)加强')).toBe('措施（1）加强');
    expect(fw('ETC (foo)')).toBe('ETC (foo)');
    expect(fw('f(x) = 1')).toBe('f(x) = 1');
    expect(fw('见 Smith (2014)')).toBe('见 Smith (2014)');
  });

  it('judges the edges of a text node by its neighbours', () => {
    expect(fw(',继续', { before: '强调' })).toBe('，继续');
    expect(fw('工会,', { after: '职工' })).toBe('工会，');
    expect(fw(',', { before: 'A', after: 'B' })).toBe(',');
    expect(fw(',', { before: 'A', after: '职工' })).toBe('，');
    expect(fw('等)', { before: '(综合' })).toBe('等）');
  });

  it('leaves text without those marks as it is', () => {
    expect(fw('')).toBe('');
    expect(fw('已是全角，没有问题。')).toBe('已是全角，没有问题。');
    expect(fw('a , b')).toBe('a , b');
  });
});

describe('isChineseContext', () => {
  it('knows Han, CJK punctuation and curly quotes from Latin and digits', () => {
    expect(['中', '，', '》', '”', '‘'].every(isChineseContext)).toBe(true);
    expect(['a', '1', ' ', undefined].some(isChineseContext)).toBe(false);
  });
});
