/** What Ctrl+F would find: the articles whose title, organisation or text contains every term, after normalisation. */
import type { ArticleRecord } from '../../src/lib/records.ts';
import { normalize, parseQuery } from '../../src/lib/search/tokens.ts';

export function truthFor(
  records: ArticleRecord[],
  q: string,
  t2s: Record<string, string> = {},
): Set<string> {
  const terms = parseQuery(q, t2s);
  const out = new Set<string>();
  for (const r of records) {
    const fields = [r.title, r.org, r.text].map((f) => normalize(String(f ?? '')));
    if (terms.length && terms.every((t) => fields.some((f) => f.includes(t))))
      out.add(String(r.url));
  }
  return out;
}
