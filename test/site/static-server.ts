// A tiny static file server for a built site, mounted under a base path
// (like GitHub Pages serves the site under /policy/). Directory URLs serve
// their index.html; a missing file serves 404.html with status 404.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT/policy/` */
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void respond(root, base, request.url ?? '/').then(({ status, body, type }) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}${base}`;
  return {
    origin,
    url: (path: string) => new URL(path.replace(/^\/+/, ''), origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(root: string, base: string, rawUrl: string) {
  const pathname = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  if (!pathname.startsWith(base)) return notFound(root);
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    return { status: 200, body, type: types[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return notFound(root);
  }
}

async function notFound(root: string) {
  const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  return { status: 404, body, type: 'text/html; charset=utf-8' };
}
