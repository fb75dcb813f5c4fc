import { createHash } from 'node:crypto';
import type { Fingerprint } from './merge.ts';

/**
 * What an import wrote, kept beside the content (`import.json`): the
 * hash of every file as generated, so that a later import can tell which
 * files an archivist has corrected by hand, and each article's key, so that
 * a re-import keeps the article's slug (and so its URL).
 */
export interface Manifest {
  importer: string;
  seed: string;
  /** Hash of the seed and of its issue file, as last imported. */
  seedSha256: string;
  /** File path relative to the issue folder → its fingerprint as generated, and the article's key. */
  files: Record<string, Fingerprint & { key?: string }>;
}

/** Bump when the importer's output changes, so unchanged seeds are re-imported once. */
export const IMPORTER_VERSION = '3';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stable key for an article across imports of the same issue. */
export function articleKey(a: {
  sectionKey: string;
  tocTitle?: string;
  title: string;
  order: number;
  kind: string;
}): string {
  return a.kind === 'news' ? `news|${a.title}` : `${a.sectionKey}|${a.tocTitle ?? a.title}`;
}
