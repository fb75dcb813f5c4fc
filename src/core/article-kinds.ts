/**
 * The kinds of article an issue holds. A section of the magazine
 * (`src/data/sections.yaml`) says which kind its articles are; pages and
 * exports treat each kind its own way (a pilot report has a place and a type,
 * the 大事记 has dated entries …).
 */
export const articleKinds = [
  'news',
  'editorial',
  'overview',
  'pilot',
  'other-province',
  'chronicle',
  'afterword',
  'article',
] as const;

export type ArticleKind = (typeof articleKinds)[number];
