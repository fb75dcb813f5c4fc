/**
 * Validates the content folder without building the site: the same zod
 * schemas as the content collections, plus what a schema cannot see across
 * files (ids, URLs, references) and the marks of a bad import left in text.
 * Pure over the files it is given; `scripts/check.ts` reads the disk.
 */
import { parse as parseYaml, LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import {
  articleSchema,
  issueSchema,
  pilotSchema,
  redirectSchema,
  type ArticleData,
  type IssueData,
} from './schemas.ts';
import { bodyErrorOf, renderArticleBody } from './article-html.ts';
import { checkLeftovers } from '../checks/leftovers.ts';
import type { Problem } from '../core/problem.ts';

/** A check's Problem as a Finding of this module (until the lead's move to Problem everywhere). */
function toFinding(p: Problem): Finding {
  return {
    level: p.level,
    file: p.file,
    line: p.line ?? 1,
    ...(p.field ? { field: p.field } : {}),
    message: p.hint ? `${p.message} — ${p.hint}` : p.message,
  };
}

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  line: number;
  field?: string;
  message: string;
}

export interface ContentFile {
  path: string;
  text: string;
}

interface ParsedArticle {
  file: string;
  data: ArticleData;
  body: string;
  bodyLine: number;
}

/** Splits an MDX file into its frontmatter (parsed, with line numbers per key) and body. */
function splitFrontmatter(
  f: ContentFile,
  findings: Finding[],
): { data: unknown; keyLines: Map<string, number>; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(f.text);
  if (!m) {
    findings.push({
      level: 'error',
      file: f.path,
      line: 1,
      message: 'no frontmatter (the file must start with ---)',
    });
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(m[1] ?? '', { lineCounter: counter });
  if (doc.errors.length) {
    for (const e of doc.errors)
      findings.push({
        level: 'error',
        file: f.path,
        line: 1 + (counter.linePos(e.pos[0]).line ?? 0),
        message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
      });
    return undefined;
  }
  return {
    data: doc.toJS(),
    keyLines: keyLinesOf(doc, counter, 1),
    body: f.text.slice(m[0].length),
    bodyLine: (m[0].match(/\n/g)?.length ?? 0) + 1,
  };
}

function keyLinesOf(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  offset: number,
): Map<string, number> {
  const out = new Map<string, number>();
  const contents = doc.contents as {
    items?: { key?: { value?: unknown; range?: [number, number, number] } }[];
  } | null;
  for (const item of contents?.items ?? []) {
    const k = item.key;
    if (k?.range) out.set(String(k.value), counter.linePos(k.range[0]).line + offset);
  }
  return out;
}

const FURNITURE = /\*\*[0-9I■]{1,3}\*\*|\^\[\d+\]|[¹²³■]/u;
/** A short lower-case English word set between Chinese, as machine translation leaves (`孵化器 etc 知名`). */
const STRAY_WORD = /\p{Script=Han}[ \u3000]+([a-z]{2,5})[ \u3000]+\p{Script=Han}/u;
/** Sentence-final punctuation: a paragraph ending otherwise was probably cut at a line or page break. */
const SENTENCE_END = /[。！？；：…!?;:）)”’」』》]$/u;

/** Checks every issue and article file given; returns findings, errors first. */
export function checkContent(
  files: ContentFile[],
  redirects?: ContentFile,
  pilots?: ContentFile,
): Finding[] {
  const findings: Finding[] = [];
  const issues = new Map<string, { file: string; data: IssueData }>();
  const articles: ParsedArticle[] = [];

  for (const f of files.filter((x) => x.path.endsWith('/issue.yaml'))) {
    const raw = readYaml(f, findings);
    if (raw === NOT_YAML) continue;
    const counter = new LineCounter();
    const lines = keyLinesOf(parseDocument(f.text, { lineCounter: counter }), counter, 1);
    const r = issueSchema.safeParse(raw);
    if (!r.success) {
      for (const i of r.error.issues)
        findings.push({
          level: 'error',
          file: f.path,
          line: lines.get(String(i.path[0])) ?? 1,
          field: i.path.join('.'),
          message: i.message,
        });
      continue;
    }
    const folder = f.path.split('/').at(-2);
    if (folder !== r.data.id)
      findings.push({
        level: 'error',
        file: f.path,
        line: lines.get('id') ?? 1,
        field: 'id',
        message: `id “${r.data.id}” differs from its folder “${folder}”`,
      });
    issues.set(r.data.id, { file: f.path, data: r.data });
  }

  for (const f of files.filter((x) => x.path.endsWith('.mdx'))) {
    const split = splitFrontmatter(f, findings);
    if (!split) continue;
    const r = articleSchema.safeParse(split.data);
    if (!r.success) {
      for (const i of r.error.issues) {
        findings.push({
          level: 'error',
          file: f.path,
          line: split.keyLines.get(String(i.path[0])) ?? 1,
          field: i.path.join('.'),
          message: i.message,
        });
      }
      continue;
    }
    const a: ParsedArticle = {
      file: f.path,
      data: r.data,
      body: split.body,
      bodyLine: split.bodyLine,
    };
    articles.push(a);
    const at = (field: string) => split.keyLines.get(field) ?? 1;
    const [issueFolder, , name] = f.path.split('/').slice(-3);
    if (name !== `${a.data.slug}.mdx`)
      findings.push({
        level: 'error',
        file: f.path,
        line: at('slug'),
        field: 'slug',
        message: `slug “${a.data.slug}” differs from the file name “${name}”`,
      });
    if (issueFolder !== a.data.issue)
      findings.push({
        level: 'error',
        file: f.path,
        line: at('issue'),
        field: 'issue',
        message: `issue “${a.data.issue}” differs from the folder “${issueFolder}”`,
      });
    if (!issues.has(a.data.issue))
      findings.push({
        level: 'error',
        file: f.path,
        line: at('issue'),
        field: 'issue',
        message: `no issue “${a.data.issue}” (content/issues/${a.data.issue}/issue.yaml)`,
      });
    if (a.data.kind === 'pilot' && !a.data.county)
      findings.push({
        level: 'warning',
        file: f.path,
        line: at('city'),
        field: 'county',
        message: 'a pilot report with no county',
      });
    checkBody(a, findings);
    findings.push(...checkLeftovers(a).map(toFinding));
  }

  // Across files: unique ids and URLs, unique order within an issue, TOC references.
  const seen = new Map<string, string>();
  for (const a of articles) {
    for (const slug of [a.data.slug, ...(a.data.redirectFrom ?? [])]) {
      const key = `${a.data.issue}/${slug}`;
      const other = seen.get(key);
      if (other && other !== a.file)
        findings.push({
          level: 'error',
          file: a.file,
          line: 1,
          field: 'slug',
          message: `URL /issues/${key}/ is also claimed by ${other}`,
        });
      seen.set(key, a.file);
    }
  }
  const orders = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.data.issue}#${a.data.order}`;
    const other = orders.get(key);
    if (other)
      findings.push({
        level: 'error',
        file: a.file,
        line: 1,
        field: 'order',
        message: `order ${a.data.order} is also used by ${other}`,
      });
    orders.set(key, a.file);
  }
  for (const [id, issue] of issues) {
    issue.data.toc.forEach((e) => {
      if (e.slug && !seen.has(`${id}/${e.slug}`)) {
        findings.push({
          level: 'error',
          file: issue.file,
          line: 1,
          field: 'toc',
          message: `TOC entry “${e.text}” points to “${e.slug}”, which no article of ${id} has`,
        });
      }
    });
  }
  if (redirects) checkRedirects(redirects, seen, issues, findings);
  if (pilots) checkPilots(pilots, articles, findings);
  for (const f of files.filter((x) => x.path.endsWith('.incoming'))) {
    findings.push({
      level: 'warning',
      file: f.path,
      line: 1,
      message:
        'a re-import set this version aside: compare it with your correction, then delete it',
    });
  }
  return findings.sort((x, y) => (x.level === y.level ? 0 : x.level === 'error' ? -1 : 1));
}

const NOT_YAML = Symbol('not YAML');

/** A YAML file's data, or a finding and NOT_YAML (undefined when the file is empty). */
function readYaml(f: ContentFile, findings: Finding[]): unknown {
  try {
    return parseYaml(f.text) ?? undefined;
  } catch (e) {
    findings.push({
      level: 'error',
      file: f.path,
      line: 1,
      message: `not valid YAML: ${(e as Error).message.split('\n')[0]}`,
    });
    return NOT_YAML;
  }
}

/** Parses a YAML list file against a schema; findings for what is wrong, undefined then. */
function parseList<T>(f: ContentFile, schema: z.ZodType<T>, findings: Finding[]): T[] | undefined {
  const list = readYaml(f, findings) ?? [];
  if (list === NOT_YAML) return undefined;
  const r = z.array(schema).safeParse(list);
  if (r.success) return r.data;
  for (const i of r.error.issues)
    findings.push({
      level: 'error',
      file: f.path,
      line: 1,
      field: i.path.join('.'),
      message: i.message,
    });
  return undefined;
}

function checkPilots(f: ContentFile, articles: ParsedArticle[], findings: Finding[]): void {
  const list = parseList(f, pilotSchema, findings);
  if (!list) return;
  const ids = new Set<string>();
  for (const p of list) {
    if (ids.has(p.id))
      findings.push({
        level: 'error',
        file: f.path,
        line: 1,
        field: 'id',
        message: `pilot id “${p.id}” appears twice`,
      });
    ids.add(p.id);
  }
  for (const a of articles) {
    if (a.data.pilot && !ids.has(a.data.pilot)) {
      findings.push({
        level: 'error',
        file: a.file,
        line: 1,
        field: 'pilot',
        message: `no pilot “${a.data.pilot}” in ${f.path}`,
      });
    }
  }
}

function checkRedirects(
  f: ContentFile,
  articleUrls: Map<string, string>,
  issues: Map<string, unknown>,
  findings: Finding[],
): void {
  const list = parseList(f, redirectSchema, findings);
  if (!list) return;
  const exists = (url: string) => {
    const m = /^\/issues\/([^/]+)\/(?:([^/]+)\/)?$/.exec(url);
    if (!m) return ['/', '/cities/', '/types/', '/sections/', '/pilots/', '/search/'].includes(url);
    return m[2] ? articleUrls.has(`${m[1]}/${m[2]}`) : issues.has(m[1] ?? '');
  };
  const lines = f.text.split('\n');
  for (const x of list) {
    const line = Math.max(1, lines.findIndex((l) => l.includes(x.from)) + 1);
    if (!exists(x.to))
      findings.push({
        level: 'error',
        file: f.path,
        line,
        field: 'to',
        message: `redirect target ${x.to} is not a page of the site`,
      });
    if (exists(x.from))
      findings.push({
        level: 'error',
        file: f.path,
        line,
        field: 'from',
        message: `${x.from} is a live page: a redirect there would hide it`,
      });
  }
}

function checkBody(a: ParsedArticle, findings: Finding[]): void {
  const lines = a.body.split('\n');
  let text: string;
  try {
    // Rendering refuses what the site would not show (components, expressions, scripts).
    text = renderArticleBody(a.body).text;
  } catch (e) {
    const err = bodyErrorOf(e);
    findings.push({
      level: 'error',
      file: a.file,
      line: a.bodyLine + (err.line ?? 1) - 1,
      message: `body cannot be rendered: ${err.reason}`,
    });
    return;
  }
  if (!text.trim() && a.data.kind !== 'news')
    findings.push({ level: 'warning', file: a.file, line: a.bodyLine, message: 'empty body' });
  lines.forEach((l, i) => {
    const line = a.bodyLine + i;
    if (FURNITURE.test(l))
      findings.push({
        level: 'warning',
        file: a.file,
        line,
        message: `page furniture left in the text: “${FURNITURE.exec(l)?.[0]}”`,
      });
    const stray = STRAY_WORD.exec(l);
    if (stray)
      findings.push({
        level: 'warning',
        file: a.file,
        line,
        message: `an English word “${stray[1]}” between Chinese words: check it against the printed page`,
      });
    // A plain paragraph (not a heading, list, quote or tag) that stops mid-sentence: a break the import did not mend.
    const t = l.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (
      t &&
      !/^(#|>|-|<|\d+\.)/.test(t) &&
      !SENTENCE_END.test(t) &&
      t.length > 30 &&
      next === '' &&
      lines.slice(i + 1).some((x) => x.trim() && !x.trim().startsWith('<'))
    ) {
      findings.push({
        level: 'warning',
        file: a.file,
        line,
        message: 'paragraph ends mid-sentence: a line or page break to join?',
      });
    }
  });
}

/** Findings as `file:line: level: message`, one a line. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.file}:${f.line}: ${f.level}: ${f.field ? `\`${f.field}\`: ` : ''}${f.message}`)
    .join('\n');
}
