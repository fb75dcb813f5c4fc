/**
 * The one reader of content files — MDX articles (YAML frontmatter + body) and
 * YAML files (issue.yaml, pilots.yaml, redirects.yaml, data vocabularies) —
 * for the importer, its merge of hand edits, `npm run check` and the build's
 * content loaders. One reader means one answer: a file that `npm run check`
 * accepts is read the same way by the build.
 *
 * What it keeps: a BOM and CRLF line ends (any Windows editor writes them) are
 * recognised and remembered, so a file can be written back as it came; YAML
 * comments stay in the parsed document; every key knows its line.
 */
import { Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { error, type Problem } from './problem.ts';

/** YAML as every reader of the project parses it: YAML 1.2's core schema (2018-12-10 stays a string). */
const YAML_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false } as const;

/** A parsed YAML text: the document (comments kept), its plain data, and where each value is. */
export interface YamlPart {
  doc: Document;
  data: unknown;
  /** File line of the YAML text's first line. */
  startLine: number;
  /** File line of the value at `path` (or of its nearest parent that exists); the YAML's first line if none. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** A content file split into its parts, with how it was written. */
export interface ParsedContentFile {
  path: string;
  /** The file began with a byte-order mark. */
  bom: boolean;
  /** The file's line ends. */
  eol: '\n' | '\r\n';
  /** The frontmatter of an MDX file, or the whole of a YAML file. */
  yaml: YamlPart;
  /** MDX only: the body with `\n` line ends, and the file line it starts on. */
  body?: string;
  bodyLine?: number;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const BOM = '\uFEFF';

/** Parses YAML text that starts at `startLine` of `path`; problems at the line and column of each syntax error. */
export function readYaml(path: string, text: string, startLine = 1): ReadResult<YamlPart> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter });
  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + startLine - 1, column: p.col };
  };
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) =>
        error(path, `not valid YAML: ${e.message.split('\n')[0]}`, {
          ...at(e.pos[0]),
          hint: 'check indentation, colons and quotes on this line',
        }),
      ),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      // A key's line reads better than its value's (a list value starts on the next line).
      const keyNode = findKeyNode(doc, path.slice(0, n));
      const range = keyNode?.range ?? node?.range;
      if (range) return at(range[0]).line;
    }
    return startLine;
  };
  return { ok: true, value: { doc, data: doc.toJS() ?? undefined, startLine, lineOf } };
}

/** The key node for a path whose last step is a map key, so a field's problem points at `field:`. */
function findKeyNode(
  doc: Document,
  path: readonly PropertyKey[],
): { range?: [number, number, number] } | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const last = path.at(-1);
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
  return pair && isScalar(pair.key) ? (pair.key as { range?: [number, number, number] }) : undefined;
}

/**
 * Splits a content file. `.mdx` (and `.mdx.incoming`): frontmatter between
 * `---` lines at the top, then the body. Anything else: the whole file is YAML.
 */
export function readContentFile(path: string, text: string): ReadResult<ParsedContentFile> {
  const bom = text.startsWith(BOM);
  const raw = bom ? text.slice(1) : text;
  const eol = /\r\n/.test(raw) ? '\r\n' : '\n';
  const unix = raw.replace(/\r\n?/g, '\n');
  if (!isMdxPath(path)) {
    const y = readYaml(path, unix);
    return y.ok ? { ok: true, value: { path, bom, eol, yaml: y.value } } : y;
  }
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(unix);
  if (!m) {
    return {
      ok: false,
      problems: [
        error(path, 'no frontmatter: the file must start with a line “---”', {
          line: 1,
          hint: 'put the fields between two lines “---” at the top of the file',
        }),
      ],
    };
  }
  const y = readYaml(path, m[1] ?? '', 2);
  if (!y.ok) return y;
  const bodyLine = (m[0].match(/\n/g)?.length ?? 0) + 1;
  return {
    ok: true,
    value: { path, bom, eol, yaml: y.value, body: unix.slice(m[0].length), bodyLine },
  };
}

/** True for article files (and set-aside versions of them). */
export function isMdxPath(path: string): boolean {
  return /\.mdx(?:\.incoming)?$/.test(path);
}

/** Validates a YAML part against a schema; each zod issue becomes a problem at its field's line. */
export function validateYaml<S extends z.ZodType>(
  path: string,
  part: YamlPart,
  schema: S,
  hint?: (field: string) => string | undefined,
): ReadResult<z.output<S>> {
  const r = schema.safeParse(part.data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    problems: r.error.issues.flatMap((i) => {
      // An unknown field is reported at its own line, one problem per field.
      const at =
        i.code === 'unrecognized_keys'
          ? i.keys.map((k) => ({ path: [...i.path, k], message: `unknown field “${k}”` }))
          : [{ path: i.path, message: i.message }];
      return at.map(({ path: p, message }) => {
        const field = p.map(String).join('.');
        const h = hint?.(field);
        return error(path, message, {
          line: part.lineOf(p),
          ...(field ? { field } : {}),
          ...(h ? { hint: h } : {}),
        });
      });
    }),
  };
}

/** Reads and validates in one step: the usual way to load a content or data file. */
export function readValidated<S extends z.ZodType>(
  path: string,
  text: string,
  schema: S,
): ReadResult<{ data: z.output<S>; file: ParsedContentFile }> {
  const f = readContentFile(path, text);
  if (!f.ok) return f;
  const v = validateYaml(path, f.value.yaml, schema);
  return v.ok ? { ok: true, value: { data: v.value, file: f.value } } : v;
}

/** YAML text of a document, as the project writes it: no line folding. */
export function stringifyYaml(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/** Writes an MDX file back from its frontmatter document and body, with the line ends and BOM it came with. */
export function writeMdx(
  doc: Document,
  body: string,
  style: { eol: '\n' | '\r\n'; bom: boolean } = { eol: '\n', bom: false },
): string {
  const text = `---\n${stringifyYaml(doc).replace(/\n$/, '')}\n---\n${body}`;
  return (style.bom ? BOM : '') + (style.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}

/** Writes a YAML file back with the line ends and BOM it came with. */
export function writeYaml(
  doc: Document,
  style: { eol: '\n' | '\r\n'; bom: boolean } = { eol: '\n', bom: false },
): string {
  const text = stringifyYaml(doc);
  return (style.bom ? BOM : '') + (style.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}

/** A new YAML document for data, written the project's way. */
export function newYamlDocument(data: unknown): Document {
  return new Document(data, { version: '1.2' });
}
