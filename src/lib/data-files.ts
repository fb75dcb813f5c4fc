/** The files of /data/ and what each field means: the page lists these, the tests check them. */
import { ARTICLE_FIELDS, FIELD_NOTES, PILOT_FIELD_NOTES, PILOT_FIELDS } from './records.ts';
import { urls } from './urls.ts';

export interface DataFile {
  href: string;
  name: string;
  what: string;
  fields: { name: string; note: string }[];
}

const describe = (fields: readonly string[], notes: Record<string, string> = {}) =>
  fields.map((name) => ({ name, note: notes[name] ?? FIELD_NOTES[name] ?? '' }));

/** The tabular exports, each with its fields described. */
export function listDataFiles(): DataFile[] {
  return [
    { name: 'articles.json', what: '全部文章，含正文纯文本', fields: describe(ARTICLE_FIELDS) },
    {
      name: 'articles.csv',
      what: '全部文章，不含正文（UTF-8，带 BOM，可直接用表格软件打开）',
      fields: describe(ARTICLE_FIELDS.filter((f) => f !== 'text')),
    },
    { name: 'pilots.json', what: '全部试点（跨期合并同一试点）', fields: describe(PILOT_FIELDS, PILOT_FIELD_NOTES) },
    { name: 'pilots.csv', what: '全部试点，表格格式', fields: describe(PILOT_FIELDS, PILOT_FIELD_NOTES) },
  ].map((f) => ({ ...f, href: urls.data(f.name) }));
}
