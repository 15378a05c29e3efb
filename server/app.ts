import type http from 'node:http';
import { isLoopback, type Config } from './config.ts';
import { logger } from './logger.ts';
import { seedGraph } from './seed.ts';
import { backfillEntityStats } from './write/entity-stats.ts';
import { applyConstraints } from './store/constraints.ts';
import { openStore, type Store } from './store/store.ts';
import type { LocalNeo4j } from './store/local-neo4j.ts';
import { createApp, listen } from './serve/http.ts';
import { closeExtractWorker } from './extract/pool.ts';

// Start-up in order: Neo4j, constraints, seeds, HTTP. Shut-down in reverse.

export interface Running {
  url: string;
  store: Store;
  local: LocalNeo4j | null;
  server: http.Server;
  close(): Promise<void>;
}

export async function start(config: Config): Promise<Running> {
  if (!isLoopback(config.HOST) && !config.KG_WRITE_TOKEN) {
    throw new Error(`HOST=${config.HOST} is not loopback: set KG_WRITE_TOKEN so that only holders of it can write`);
  }
  const t0 = Date.now();
  const { store, local } = await openStore(config);
  try {
    await applyConstraints(store);
    const seeded = await seedGraph(store, config.KG_SEED === '1');
    const backfilled = await backfillEntityStats(store);
    if (backfilled) logger.info({ entities: backfilled }, 'entity figures filled in');
    logger.info({ ...seeded, ms: Date.now() - t0 }, 'graph ready');
    const server = await listen(createApp(store, config), config.HOST, config.PORT);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    logger.info({ url: `${url}/graphql`, explorer: `${url}/`, ms: Date.now() - t0 }, 'serving');
    let closing: Promise<void> | null = null;
    return {
      url,
      store,
      local,
      server,
      close: () =>
        (closing ??= (async () => {
          server.closeAllConnections();
          await new Promise<void>((resolve) => server.close(() => resolve()));
          await closeExtractWorker();
          await store.close();
          await local?.stop();
        })()),
    };
  } catch (err) {
    await store.close();
    await local?.stop();
    throw err;
  }
}
