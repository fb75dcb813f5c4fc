/**
 * Dublin Core `DC.*` meta tags of an article page, beside Google Scholar's
 * `citation_*` tags (OJS emits both: some harvesters and reference managers
 * read only one). Derived from the same fields, so the two cannot disagree.
 */
import { JOURNAL } from './article-meta.ts';

/** What the tags are made from: the article page's own fields. */
export interface DcFields {
  /** Title, with the subtitle after a double dash as in the reference. */
  title: string;
  authors: string[];
  /** ISO date of the publication (or its year). */
  date: string;
  url: string;
  /** The place the article reports on (浙江省杭州市下城区), when it has one. */
  coverage?: string;
}

/** The namespace the `DC.` prefix stands for. */
export const DC_SCHEMA = 'http://purl.org/dc/elements/1.1/';

/** `DC.*` tags as name/content pairs, in the order OJS writes them. */
export function dublinCoreTags(f: DcFields): [string, string][] {
  return [
    ['DC.title', f.title],
    ...f.authors.map((a): [string, string] => ['DC.creator', a]),
    // W3CDTF (YYYY-MM-DD), as Dublin Core recommends; Scholar's tag writes 2018/12/10.
    ['DC.date', f.date],
    ['DC.source', JOURNAL],
    ['DC.language', 'zh'],
    ['DC.identifier', f.url],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
    ...(f.coverage ? [['DC.coverage', f.coverage] as [string, string]] : []),
  ];
}
