import { pinyin } from 'pinyin-pro';

/**
 * An ASCII slug from Chinese text: pinyin without tones, Han syllables paired
 * into two-syllable words (most Chinese words have two characters), an
 * administrative suffix kept with its name (`西湖区` → `xihuqu`), digits and
 * Latin kept: `云栖小镇` → `yunqi-xiaozhen`, `改革3年` → `gaige-3-nian`.
 */
export function slugify(text: string, maxWords = 6): string {
  const words: string[] = [];
  let han: string[] = [];
  const flush = () => {
    for (let i = 0; i < han.length; i += 2) words.push(han.slice(i, i + 2).join(''));
    han = [];
  };
  for (const token of text
    .normalize('NFKC')
    .match(/\p{Script=Han}|[A-Za-z0-9]+|[^\p{Script=Han}A-Za-z0-9]+/gu) ?? []) {
    if (/^\p{Script=Han}$/u.test(token)) {
      const syllable = pinyin(token, { toneType: 'none', type: 'array' })[0] ?? '';
      if (/^[市区县]$/u.test(token) && han.length >= 2 && han.length % 2 === 0)
        han[han.length - 1] += syllable;
      else han.push(syllable);
    } else if (!/^[A-Za-z0-9]+$/.test(token)) {
      flush();
    } else {
      flush();
      words.push(token.toLowerCase());
    }
  }
  flush();
  return (
    words
      .slice(0, maxWords)
      .join('-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

/**
 * A slug for a name made of known words (place names, 小镇, 园区 …): each
 * known word and each run of unknown characters between them becomes one
 * pinyin word, so `萧山区信息港小镇` → `xiaoshanqu-xinxigang-xiaozhen`.
 */
export function slugifyName(name: string, words: string[], maxWords = 6): string {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let unknown = '';
  const flush = () => {
    if (unknown) parts.push(unknown);
    unknown = '';
  };
  const chars = [...name.normalize('NFKC')];
  for (let i = 0; i < chars.length;) {
    const rest = chars.slice(i).join('');
    const w = sorted.find((x) => rest.startsWith(x));
    if (w) {
      flush();
      parts.push(w);
      i += [...w].length;
    } else if (!/[\p{Script=Han}A-Za-z0-9]/u.test(chars[i] ?? '')) {
      flush();
      i++;
    } else {
      unknown += chars[i];
      i++;
    }
  }
  flush();
  return (
    parts
      .map((p) => ([...p].length <= 4 ? pinyinWord(p) : slugify(p, 3)))
      .filter(Boolean)
      .slice(0, maxWords)
      .join('-') || 'article'
  );
}

/** All syllables of a short word, joined: `信息港` → `xinxigang`. */
function pinyinWord(p: string): string {
  return /\p{Script=Han}/u.test(p)
    ? pinyin(p, { toneType: 'none', type: 'array', nonZh: 'removed' })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
    : p.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Makes `base` unique among `taken` by appending -2, -3 … */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let s = base;
  for (let n = 2; taken.has(s); n++) s = `${base}-${n}`;
  taken.add(s);
  return s;
}
