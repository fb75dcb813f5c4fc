/**
 * Patterns of the printed text that both the importer and `npm run check`
 * apply: the importer to read an issue, the check to find what an import or a
 * hand edit left behind. Defined once, here, so the two never disagree.
 */

/** Punctuation that closes a sentence; a paragraph ending otherwise was cut by the layout. */
export const SENTENCE_END = /[。！？；：…!?;]$|[。！？][”’」』)）]$/u;

/** True when a line ends a sentence. */
export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

/**
 * Page furniture the PDF's layout leaves in the text: page numbers set in bold
 * (`**1**`), footnote-like page marks (`^[1]`, `¹`), the end-of-article square
 * (`■`, `**■**`). The importer removes them at a line's end or start; the
 * check finds them anywhere.
 */
export const FURNITURE_MARK = /\*\*[0-9IⅠ■]{1,3}\*\*|\^\[\d{1,3}\]|[¹²³■]/u;

/** A dated entry of the 大事记, or a date line of its own: `8月5日`. */
export const MONTH_DAY_LINE = /^\d{1,2}月\d{1,2}日$/u;

/** A full date line under a news item's title: `2018年6月4日`. */
export const FULL_DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

/** A source note in brackets: `（综合《解放日报》等）`, `（由……提供）`. */
export const SOURCE_NOTE = /^[(（](?:综合|由|来源|摘自|据|原载|转自).*[)）]$/u;

/** A byline: a reporter's role, then names (`本刊记者 王蕾`, `通讯员：李明`). */
export const BYLINE = /^(特约记者|本刊记者|通讯员|特约通讯员|记者|作者|文|撰稿)[\s:：]*(.+)$/u;

/**
 * How the name of a trade union ends, longest first so that the whole suffix
 * is taken (`工会联合委员会`, not `工会`).
 */
export const UNION_SUFFIXES = [
  '工会联合委员会',
  '工会工作委员会',
  '工会联合会',
  '联合工会',
  '总工会',
  '工会小组',
  '工会委员会',
  '工会',
] as const;

const suffixAlternation = UNION_SUFFIXES.join('|');

/** A name that ends with a union suffix. */
export const ENDS_WITH_UNION = new RegExp(`(?:${suffixAlternation})$`, 'u');

/** The union's name at the start of a heading: `杭州市余杭区梦想小镇工会工作纪实` → `…梦想小镇工会`. */
export const LEADING_UNION_NAME = new RegExp(`^(.*?(?:${suffixAlternation}))`, 'u');

/** A short lower-case English word set between Chinese, as machine translation leaves (`孵化器 etc 知名`). */
export const STRAY_ENGLISH_WORD = /\p{Script=Han}[ \u3000]+([a-z]{2,5})[ \u3000]+\p{Script=Han}/u;
