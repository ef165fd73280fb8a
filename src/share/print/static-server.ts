// A minimal static file server over a built site, on 127.0.0.1 and a free port: Chromium
// prints boards from it, and browser tests read the site through it. Not for production.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:<port><base>, ending in '/'. */
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` under the path `base` ('/' or '/showcase/'); folders answer with index.html. */
export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
      const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
      let file = join(root, relative);
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return notFound();
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, 'index.html');
      const fileInfo = info?.isDirectory() ? await stat(file).catch(() => null) : info;
      if (!fileInfo?.isFile()) return notFound();
      response.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': fileInfo.size });
      createReadStream(file).pipe(response);
    })().catch(() => notFound());

    // As a static host does: the site's own 404 page when it has one.
    function notFound() {
      if (response.headersSent) return void response.end();
      const page = join(root, '404.html');
      if (existsSync(page)) {
        response.writeHead(404, { 'Content-Type': TYPES['.html'] });
        createReadStream(page).pipe(response);
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('404 not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
