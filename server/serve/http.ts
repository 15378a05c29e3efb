import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, maskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { isLoopback, type Config } from '../config.ts';
import { logger } from '../logger.ts';
import { StoreUnavailableError, type Store } from '../store/store.ts';
import { makeContext, type Context } from './context.ts';
import { buildSchema } from './schema.ts';
import { argumentLimits } from './argument-limits.ts';

// HTTP: /graphql (with GraphiQL), /health, and the explorer's built files at /.

const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const PLACEHOLDER = `<!doctype html><meta charset="utf-8"><title>Nyhetsgraf</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>Nyhetsgraf</h1><p>The explorer is not built yet (<code>npm run build:client</code>).
The API is at <a href="/graphql">/graphql</a>.</p></body>`;

/** Neo4j being away is a clear, unmasked error; anything else unexpected stays masked. */
function maskStoreErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StoreUnavailableError) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return new GraphQLError(original.message, { path, extensions: { code: 'NEO4J_UNAVAILABLE' } });
  }
  return maskError(error, message, isDev);
}

export function createApp(store: Store, config: Pick<Config, 'HOST' | 'KG_WRITE_TOKEN'>) {
  const token = config.KG_WRITE_TOKEN;
  const loopback = isLoopback(config.HOST);
  const yoga = createYoga<{ req: http.IncomingMessage }, Context>({
    schema: buildSchema(),
    graphiql: { title: 'Nyhetsgraf GraphQL' },
    batching: { limit: 10 },
    logging: { debug: () => {}, info: () => {}, warn: (...a) => logger.warn(a), error: (...a) => logger.error(a) },
    maskedErrors: { maskError: maskStoreErrors },
    plugins: [
      argumentLimits(),
      EnvelopArmorPlugin({
        maxDepth: { n: 10, ignoreIntrospection: true },
        costLimit: { maxCost: 5000, ignoreIntrospection: true },
        maxAliases: { n: 15 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 3000 },
      }),
    ],
    context: ({ request }) => {
      const auth = request.headers.get('authorization') ?? '';
      // On loopback the machine's user may write; elsewhere writes need the token.
      const canWrite = token ? auth === `Bearer ${token}` : loopback;
      return makeContext(store, canWrite);
    },
  });

  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/graphql')) return yoga(req, res);
    if (url.pathname === '/health') {
      const neo4j = await store.ping();
      res.writeHead(neo4j ? 200 : 503, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: neo4j, neo4j: neo4j ? 'up' : 'down' }));
    }
    return serveClient(url.pathname, res);
  };
}

function serveClient(pathname: string, res: http.ServerResponse) {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    return res.end(PLACEHOLDER);
  }
  const wanted = path.normalize(path.join(CLIENT_DIST, decodeURIComponent(pathname)));
  const file = wanted.startsWith(CLIENT_DIST) && fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : index;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
}

export function listen(handler: http.RequestListener, host: string, port: number): Promise<http.Server> {
  const server = http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
