/**
 * The one error value of the project: a problem found in a file, with where
 * it is and what to do about it. The importer, `npm run check`, the content
 * loader of the build and every check under `src/checks/` return these; only
 * the command-line edges print them, all with {@link formatProblem}.
 */

export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  /** Path of the file, as the archivist would type it (relative to the project when possible). */
  file: string;
  /** 1-based line; absent when the problem is about the file as a whole. */
  line?: number;
  /** 1-based column, where known. */
  column?: number;
  /** The frontmatter or YAML field concerned, where there is one (`title`, `articles[3].page`). */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What the archivist can do about it. */
  hint?: string;
}

/** A problem as thrown: an error unless it says otherwise. */
export type ProblemInput = Omit<Problem, 'level'> & { level?: ProblemLevel };

/** A problem that stops the operation: thrown, caught at the command-line edge, printed. */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: ProblemInput | ProblemInput[]) {
    const list = (Array.isArray(problems) ? problems : [problems]).map(
      (p): Problem => ({ ...p, level: p.level ?? 'error' }),
    );
    super(list.map(formatProblem).join('\n'));
    this.name = 'ProblemError';
    this.problems = list;
  }
  /** The first problem: what most callers report. */
  get problem(): Problem {
    return this.problems[0]!;
  }
}

/** Shorthand for an error-level problem. */
export function error(file: string, message: string, at: Partial<Problem> = {}): Problem {
  return { level: 'error', file, message, ...at };
}

/** Shorthand for a warning-level problem. */
export function warning(file: string, message: string, at: Partial<Problem> = {}): Problem {
  return { level: 'warning', file, message, ...at };
}

/** `file:line:column: level: field: message` and, on the next line, `  → hint`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((x) => x !== undefined)
    .join(':');
  const field = p.field ? `${p.field}: ` : '';
  return `${where}: ${p.level}: ${field}${p.message}${p.hint ? `\n  → ${p.hint}` : ''}`;
}

/** Problems one a line (hints below theirs), errors first, then by file and line. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

/** Errors first, then by file, line and column; stable otherwise. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.level === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.level === 'error');
}
