import type http from 'node:http';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import type { GraphiQLOptions } from 'graphql-yoga';

// GraphiQL without the internet. Yoga's own page loads GraphiQL from unpkg; @graphql-yoga/render-graphiql
// ships the same build (script, styles, Monaco's workers, favicon) as strings in the package. We serve
// those strings as files under GRAPHIQL_ASSETS, so the page at /graphql stays small and the browser
// caches the 9 MB of assets once per package version. No build step, nothing fetched from elsewhere.

const require = createRequire(import.meta.url);
const VERSION: string = require('@graphql-yoga/render-graphiql/package.json').version;

export const GRAPHIQL_ASSETS = '/graphiql-assets/';
const BASE = `${GRAPHIQL_ASSETS}${VERSION}/`;

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

const FILES: Record<string, { type: string; from: (b: Bundle) => Buffer }> = {
  'graphiql.js': { type: 'text/javascript; charset=utf-8', from: (b) => Buffer.from(b.js) },
  'graphiql.css': { type: 'text/css; charset=utf-8', from: (b) => Buffer.from(b.css) },
  'editor.worker.js': { type: 'text/javascript; charset=utf-8', from: (b) => Buffer.from(b.editorWorkerService) },
  'json.worker.js': { type: 'text/javascript; charset=utf-8', from: (b) => Buffer.from(b.jsonWorker) },
  'graphql.worker.js': { type: 'text/javascript; charset=utf-8', from: (b) => Buffer.from(b.graphqlWorker) },
  'favicon.ico': { type: 'image/x-icon', from: (b) => Buffer.from(b.favicon.slice(b.favicon.indexOf(',') + 1), 'base64') },
};

/** Monaco asks for a worker by label; these are the labels GraphiQL's editors use. */
const WORKERS = {
  editorWorkerService: `${BASE}editor.worker.js`,
  json: `${BASE}json.worker.js`,
  graphql: `${BASE}graphql.worker.js`,
};

interface Asset {
  type: string;
  body: Buffer;
  gzip?: Promise<Buffer>;
}

// The bundle is a 9 MB module: read on the first visit to GraphiQL, not at start-up.
let assets: Promise<Map<string, Asset>> | null = null;
function loadAssets(): Promise<Map<string, Asset>> {
  return (assets ??= import('@graphql-yoga/render-graphiql/graphiql').then(
    (bundle) => new Map(Object.entries(FILES).map(([name, f]) => [name, { type: f.type, body: f.from(bundle) }])),
    (err) => {
      assets = null; // try again on the next request
      throw err;
    },
  ));
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** JSON safe inside a <script>. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** For createYoga's `renderGraphiQL`: the page, naming only assets on this server. */
export function renderGraphiQL(opts: GraphiQLOptions = {}): string {
  loadAssets().catch(() => {}); // the browser asks for them next; a failure shows there
  const title = escapeHtml(opts.title || 'GraphiQL');
  const favicon = opts.favicon ? escapeHtml(opts.favicon) : `${BASE}favicon.ico`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${favicon}">
<link rel="stylesheet" href="${BASE}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root">Loading ${title}…</div>
<script>
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (moduleId, label) => { const w = ${scriptJson(WORKERS)}; return w[label] ?? w.editorWorkerService; },
};
</script>
<script src="${BASE}graphiql.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(opts)});</script>
</body>
</html>
`;
}

/** Serves GRAPHIQL_ASSETS/<version>/<file>; anything else under it is a 404. */
export async function serveGraphiQLAsset(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const name = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const asset = Object.hasOwn(FILES, name) && (req.method === 'GET' || req.method === 'HEAD') ? (await loadAssets()).get(name) : undefined;
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('not found');
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && asset.type !== 'image/x-icon';
  const body = gzip ? await (asset.gzip ??= zipped(asset.body)) : asset.body;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
    // The version is in the path: a new package version is a new URL.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function zipped(body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib.gzip(body, { level: 6 }, (err, out) => (err ? reject(err) : resolve(out))));
}
