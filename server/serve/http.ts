import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga } from 'graphql-yoga';
import { isLoopback, type Config } from '../config.ts';
import { logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { makeContext, type Context } from './context.ts';
import { GRAPHIQL_ASSETS, renderGraphiQL, serveGraphiQLAsset } from './graphiql.ts';
import { checkGraphqlPost, checkHost, refuse, type GuardPolicy } from './guard.ts';
import { argumentLimits } from './plugins/argument-limits.ts';
import { costBudget } from './plugins/cost.ts';
import { armorRefusal, maskStoreErrors } from './plugins/errors.ts';
import { responseSizeCap } from './plugins/response-size.ts';
import { isExportPath, serveExport } from '../export/http.ts';
import { healthHandler } from './health.ts';
import { buildSchema } from './schema.ts';
import { serveClient } from './static.ts';

// HTTP: /graphql (with GraphiQL), /health, and the explorer's built files at /.

export type AppConfig = Pick<Config, 'HOST' | 'KG_WRITE_TOKEN'> &
  Partial<
    Pick<Config, 'KG_ALLOWED_HOSTS' | 'KG_CORS_ORIGINS' | 'KG_MAX_COST' | 'KG_MAX_RESPONSE_BYTES' | 'KG_CYPHER' | 'KG_CYPHER_TIMEOUT_MS' | 'KG_CYPHER_MAX_ROWS'>
  >;

const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);

function bearerMatches(header: string, token: string): boolean {
  const given = Buffer.from(header);
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function makeYoga(store: Store, config: AppConfig) {
  const token = config.KG_WRITE_TOKEN;
  const loopback = isLoopback(config.HOST);
  const origins = list(config.KG_CORS_ORIGINS);
  return createYoga<{ req: http.IncomingMessage }, Context>({
    schema: buildSchema({
      enabled: config.KG_CYPHER === '1',
      timeoutMs: config.KG_CYPHER_TIMEOUT_MS ?? 5_000,
      maxRows: config.KG_CYPHER_MAX_ROWS ?? 1_000,
    }),
    graphiql: { title: 'Nyhetsgraf GraphQL' },
    renderGraphiQL,
    batching: { limit: 10 },
    // Off unless origins are named; never with credentials (the token travels in a header, not a cookie).
    cors: origins.length ? { origin: origins, credentials: false } : false,
    logging: { debug: () => {}, info: () => {}, warn: (...a) => logger.warn(a), error: (...a) => logger.error(a) },
    maskedErrors: { maskError: maskStoreErrors },
    plugins: [
      argumentLimits(),
      costBudget(config.KG_MAX_COST ?? 200_000),
      responseSizeCap(config.KG_MAX_RESPONSE_BYTES ?? 20_000_000),
      EnvelopArmorPlugin({
        maxDepth: { n: 10, ignoreIntrospection: true, ...armorRefusal('QUERY_TOO_DEEP') },
        // The cost of a request is the budget above, which reads `limit` and variables too.
        costLimit: { enabled: false },
        maxAliases: { n: 15, ...armorRefusal('TOO_MANY_ALIASES') },
        maxDirectives: { n: 20, ...armorRefusal('TOO_MANY_DIRECTIVES') },
        maxTokens: { n: 3000, ...armorRefusal('TOO_MANY_TOKENS') },
      }),
    ],
    context: ({ request }) => {
      const auth = request.headers.get('authorization') ?? '';
      // On loopback the machine's user may write; elsewhere writes need the token.
      const hasToken = Boolean(token) && bearerMatches(auth, token!);
      const canWrite = token ? hasToken : loopback;
      return makeContext(store, canWrite, hasToken);
    },
  });
}

/**
 * The URL a request names. An origin-form target ("/path", even "//x") is a path on this server, never a
 * protocol-relative URL whose host could fail to parse; an absolute-form target (as proxies send) is parsed as is.
 */
export function requestUrl(target: string | undefined): URL | null {
  const raw = target ?? '/';
  try {
    return raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
  } catch {
    return null;
  }
}

export function createApp(store: Store, config: AppConfig) {
  const yoga = makeYoga(store, config);
  const health = healthHandler(store);
  const policy: GuardPolicy = { allowedHosts: list(config.KG_ALLOWED_HOSTS), anyHost: Boolean(config.KG_WRITE_TOKEN) };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const hostRefusal = checkHost(req, policy);
    if (hostRefusal) return refuse(res, hostRefusal);
    const url = requestUrl(req.url);
    if (!url) return refuse(res, { status: 400, code: 'BAD_REQUEST', message: 'The request target is not a valid URL path.' });
    if (url.pathname === '/graphql' || url.pathname.startsWith('/graphql/')) {
      const typeRefusal = checkGraphqlPost(req);
      if (typeRefusal) return refuse(res, typeRefusal);
      return yoga(req, res);
    }
    if (url.pathname.startsWith(GRAPHIQL_ASSETS)) return serveGraphiQLAsset(url.pathname, req, res);
    if (url.pathname === '/health') return health(req, res);
    if (isExportPath(url.pathname)) return serveExport(store, url, req, res);
    return serveClient(url.pathname, res);
  };

  // No request may take the server down: whatever a handler throws becomes a 500 for that request alone.
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err: err instanceof Error ? err.message : String(err), url: req.url }, 'request failed');
      if (res.headersSent) return void res.destroy();
      refuse(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' });
    });
  };
}

export function listen(handler: http.RequestListener, host: string, port: number): Promise<http.Server> {
  const server = http.createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
