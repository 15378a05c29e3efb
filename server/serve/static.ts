import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The explorer's built files at /; any other path gets index.html (the explorer routes in the page).

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const PLACEHOLDER = `<!doctype html><meta charset="utf-8"><title>Nyhetsgraf</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>Nyhetsgraf</h1><p>The explorer is not built yet (<code>npm run build:client</code>).
The API is at <a href="/graphql">/graphql</a>.</p></body>`;

/** The file under root that a URL path names, or null when it names none (or lies outside root). */
export function fileUnder(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // malformed percent-encoding names no file
  }
  if (decoded.includes('\0')) return null;
  const wanted = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rel = path.relative(root, wanted);
  // Inside root means a relative path that neither climbs out nor is absolute (a sibling "dist-x" climbs).
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  try {
    return fs.statSync(wanted).isFile() ? wanted : null;
  } catch {
    return null;
  }
}

export function serveClient(pathname: string, res: http.ServerResponse, root = CLIENT_DIST): void {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(PLACEHOLDER);
    return;
  }
  const file = fileUnder(root, pathname) ?? index;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
