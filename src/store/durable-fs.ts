/**
 * The few file operations a crash-safe write needs, each flushed to disk
 * before it returns: a file's bytes (fsync) and a directory's entries (fsync
 * of the directory, so a rename or unlink survives a power cut, not only a
 * killed process).
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmdirSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** Writes a file and fsyncs it (and its folder); creates missing folders. */
export function writeFileDurable(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDir(dirname(path));
}

/**
 * Flushes a directory's entries. Some platforms (Windows) cannot open a
 * directory for this; there the rename is as durable as the OS makes it.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Renames (atomic on one file system), creating the target's folder; flushes both folders. */
export function renameDurable(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
  fsyncDir(dirname(to));
  if (dirname(from) !== dirname(to)) fsyncDir(dirname(from));
}

/** The file's bytes, or undefined when it does not exist. */
export function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Removes `dir` and its parents while they are empty, stopping at `stopAt`
 * (never removed): deleting an issue's last file removes its folder too.
 */
export function removeEmptyParents(dir: string, stopAt: string): void {
  for (let d = dir; ; d = dirname(d)) {
    const r = relative(stopAt, d);
    if (!r || r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r)) return;
    try {
      rmdirSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return;
      if (code !== 'ENOENT') throw e;
    }
  }
}
