/**
 * The content folder as the checks see it: every file read with the project's
 * one reader (`src/core/content-file.ts`) and validated with the build's
 * schemas. A file that cannot be read or does not fit its schema becomes
 * problems here and is left out of the set, so each check sees valid data.
 */
import { z } from 'astro/zod';
import {
  readContentFile,
  validateYaml,
  type ParsedContentFile,
  type YamlPart,
} from '../core/content-file.ts';
import { error, type Problem } from '../core/problem.ts';
import {
  articleSchema,
  issueSchema,
  pilotSchema,
  redirectSchema,
  type ArticleData,
  type IssueData,
  type PilotData,
} from '../core/schemas.ts';

/** A file given to the checks: its path (as the archivist types it) and text. */
export interface ContentInput {
  path: string;
  text: string;
}

export interface IssueFile {
  file: string;
  data: IssueData;
  yaml: YamlPart;
}

export interface ArticleFile {
  file: string;
  data: ArticleData;
  yaml: YamlPart;
  /** The body, `\n` line ends, and the file line it starts on. */
  body: string;
  bodyLine: number;
}

export interface ListFile<T> {
  file: string;
  text: string;
  list: T[];
  yaml: YamlPart;
}

export interface ContentSet {
  issues: Map<string, IssueFile>;
  articles: ArticleFile[];
  pilots?: ListFile<PilotData>;
  redirects?: ListFile<z.infer<typeof redirectSchema>>;
  /** Versions a re-import set aside for review (`*.mdx.incoming`). */
  incoming: string[];
}

/** Reads and validates every file; problems for those that cannot be used. */
export function readContentSet(
  files: readonly ContentInput[],
  redirects?: ContentInput,
  pilots?: ContentInput,
): { set: ContentSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const set: ContentSet = { issues: new Map(), articles: [], incoming: [] };
  const read = (f: ContentInput): ParsedContentFile | undefined => {
    const r = readContentFile(f.path, f.text);
    if (!r.ok) problems.push(...r.problems);
    return r.ok ? r.value : undefined;
  };
  for (const f of files) {
    if (f.path.endsWith('.incoming')) {
      set.incoming.push(f.path);
      continue;
    }
    const parsed = read(f);
    if (!parsed) continue;
    if (f.path.endsWith('issue.yaml')) {
      const v = validateYaml(f.path, parsed.yaml, issueSchema);
      if (!v.ok) problems.push(...v.problems);
      else if (set.issues.has(v.value.id))
        problems.push(
          error(f.path, `issue id “${v.value.id}” is also used by ${set.issues.get(v.value.id)!.file}`, {
            line: parsed.yaml.lineOf(['id']),
            field: 'id',
          }),
        );
      else set.issues.set(v.value.id, { file: f.path, data: v.value, yaml: parsed.yaml });
    } else {
      const v = validateYaml(f.path, parsed.yaml, articleSchema);
      if (!v.ok) problems.push(...v.problems);
      else
        set.articles.push({
          file: f.path,
          data: v.value,
          yaml: parsed.yaml,
          body: parsed.body ?? '',
          bodyLine: parsed.bodyLine ?? 1,
        });
    }
  }
  const readList = <T>(f: ContentInput, schema: z.ZodType<T>): ListFile<T> | undefined => {
    const parsed = read(f);
    if (!parsed) return undefined;
    if (parsed.yaml.data === undefined || parsed.yaml.data === null)
      return { file: f.path, text: f.text, list: [], yaml: parsed.yaml };
    const v = validateYaml(f.path, parsed.yaml, z.array(schema));
    if (!v.ok) problems.push(...v.problems);
    return v.ok ? { file: f.path, text: f.text, list: v.value, yaml: parsed.yaml } : undefined;
  };
  if (redirects) {
    const r = readList(redirects, redirectSchema);
    if (r) set.redirects = r;
  }
  if (pilots) {
    const p = readList(pilots, pilotSchema);
    if (p) set.pilots = p;
  }
  set.articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { set, problems };
}
