import type http from 'node:http';
import { logger } from '../logger.ts';
import { refuse } from '../serve/guard.ts';
import type { Store } from '../store/store.ts';
import { ExportFilterError, parseFilter } from './filter.ts';
import { exportGraph, FORMATS, type ExportFormat } from './index.ts';
import { OutputClosedError } from './sink.ts';

// GET /export/graph.graphml, /export/graph.gexf, /export/graph.jsonl, /export/csv.zip, streamed to the
// response. A read: no token needed, and the server's Host checks have run before this is reached.

const ROUTES = new Map<string, ExportFormat>(Object.entries(FORMATS).map(([format, f]) => [`/export/${f.file}`, format as ExportFormat]));

export const isExportPath = (pathname: string) => pathname === '/export' || pathname.startsWith('/export/');

export async function serveExport(store: Store, url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const format = ROUTES.get(url.pathname);
  if (!format) {
    return refuse(res, { status: 404, code: 'NOT_FOUND', message: `No export at ${url.pathname}: use ${[...ROUTES.keys()].join(', ')}` });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Exports are read with GET' });
  }
  let filter;
  try {
    filter = parseFilter({ types: url.searchParams.getAll('types'), from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  } catch (err) {
    if (err instanceof ExportFilterError) return refuse(res, { status: 400, code: 'BAD_USER_INPUT', message: err.message });
    throw err;
  }
  res.writeHead(200, {
    'content-type': FORMATS[format].contentType,
    'content-disposition': `attachment; filename="${FORMATS[format].file}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') return void res.end();
  try {
    await exportGraph(store, format, { filter }, res);
  } catch (err) {
    if (err instanceof OutputClosedError) return; // the client went away; the reads are closed
    // Headers are sent: the only honest signal left is a cut connection, so the file is never taken for whole.
    logger.error({ err: err instanceof Error ? err.message : String(err), url: req.url }, 'export failed');
    res.destroy();
  }
}
