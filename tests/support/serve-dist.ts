/**
 * A static file server for the built site on loopback, for the browser tests
 * and the search tests (Pagefind's JS API fetches its index over HTTP).
 * Serves `dist/` with directory index files and the site's 404 page.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface DistServer {
  url: string;
  /**
   * Bytes a browser would transfer so far: gzip size for text files (as a
   * static host compresses them), file size for Pagefind's index, fragments
   * and WASM, which are compressed already.
   */
  bytesSent: () => number;
  close: () => Promise<void>;
}

const gzipSizes = new Map<string, number>();

function transferSize(file: string, size: number): number {
  if (!/\.(html|css|js|mjs|json|xml|svg|txt|csv)$/.test(file)) return size;
  let n = gzipSizes.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file)).length;
    gzipSizes.set(file, n);
  }
  return n;
}

export async function serveDist(root = 'dist'): Promise<DistServer> {
  let sent = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(root, '404.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const size = statSync(file).size;
    sent += transferSize(file, size);
    res.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    createReadStream(file).pipe(res);
  });
  // Keep idle connections open far longer than a client keeps them: Node's
  // default (5 s) closed sockets that fetch was reusing, and a long benchmark
  // failed with ECONNRESET (issue #13).
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1000;
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
