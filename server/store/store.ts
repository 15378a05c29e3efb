import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { logger } from '../logger.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';

// One handle on the graph: explicit read and write transactions, so that a cluster can route them.

export type Tx = ManagedTransaction;

export interface Store {
  driver: Driver;
  database: string | undefined;
  uri: string;
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The transaction settings of a batched job (`CALL { … } IN TRANSACTIONS`: start-up migrations and backfills). Each
 * batch commits on its own, but they all run inside one outer transaction that lasts the whole job, and the bundled
 * Neo4j ends any transaction after 120 s (a limit meant for requests): at a million nodes a job takes longer.
 */
export const BATCHED_JOB = { timeout: 60 * 60_000 };

export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The graph database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

/** Every connection to Neo4j is in use for longer than the wait allows: try again shortly. */
export class StoreBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`The server is busy: no connection to the graph database came free within ${waitedMs} ms; try again in a moment`);
    this.name = 'StoreBusyError';
  }
}

/** A query ran past its time limit, and Neo4j stopped it. */
export class QueryTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The query took longer than ${limitMs} ms and was stopped; ask for less (a smaller limit, depth or page)`);
    this.name = 'QueryTimeoutError';
  }
}

export interface StoreOptions {
  /** Neo4j stops a read transaction after this long. */
  readTimeoutMs?: number;
  /** And a write transaction after this long. */
  writeTimeoutMs?: number;
  /** How long a transaction may wait for a free connection before the request is refused as busy. */
  acquisitionTimeoutMs?: number;
  /** Connections to Neo4j at most (the driver's pool). */
  poolSize?: number;
}

const isAcquisitionTimeout = (err: unknown) => /Connection acquisition timed out/i.test(String((err as Error)?.message ?? err));
const isTxTimeout = (err: unknown) => /TransactionTimedOut/i.test(String((err as { code?: string })?.code ?? ''));

function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Connection (was )?closed/i.test(String(err));
}

const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

/** Writers in other processes (a bulk load beside the server) can deadlock on hub nodes: try again, for longer. */
async function writeRetryingDeadlocks<T>(attempt: () => Promise<T>, budgetMs = 60_000): Promise<T> {
  const until = Date.now() + budgetMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await attempt();
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK || Date.now() + wait > until) throw err;
      await new Promise((r) => setTimeout(r, wait * (0.5 + Math.random())));
    }
  }
}

export function connect(uri: string, user: string, password: string, database?: string, opts: StoreOptions = {}): Store {
  const { readTimeoutMs = 15_000, writeTimeoutMs = 120_000, acquisitionTimeoutMs = 5_000, poolSize = 100 } = opts;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: acquisitionTimeoutMs,
    maxConnectionPoolSize: poolSize,
    connectionTimeout: 3_000,
    // Short, so that a request fails fast when Neo4j is away; deadlocks get longer below.
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: (_level, message) => logger.error({ neo4j: message }) },
  });
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  const run = async <T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> => {
    const s = session(mode);
    const timeout = mode === 'READ' ? readTimeoutMs : writeTimeoutMs;
    try {
      return mode === 'READ' ? await s.executeRead(work, { timeout }) : await s.executeWrite(work, { timeout });
    } catch (err) {
      if (isAcquisitionTimeout(err)) throw new StoreBusyError(acquisitionTimeoutMs);
      if (isTxTimeout(err)) throw new QueryTimeoutError(timeout);
      if (isConnectionError(err)) throw new StoreUnavailableError(err);
      throw err;
    } finally {
      await s.close();
    }
  };
  // Writes from this process go one at a time: concurrent article loads share hub nodes, and taking
  // turns here costs less than the deadlocks and retries they would otherwise cause in Neo4j.
  let writeQueue: Promise<unknown> = Promise.resolve();
  const write = <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const next = writeQueue.then(() => writeRetryingDeadlocks(() => run('WRITE', work)));
    writeQueue = next.catch(() => undefined);
    return next;
  };
  return {
    driver,
    database,
    uri,
    read: (work) => run('READ', work),
    write,
    async ping(timeoutMs = 2_000) {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
      // One auto-commit query, not a managed transaction: a refused connection fails at once, unretried.
      const s = session('READ');
      const probe = s.run('RETURN 1').then(
        () => true,
        () => false,
      );
      const answer = await Promise.race([probe, timeout]);
      void probe.finally(() => s.close().catch(() => undefined));
      return answer;
    },
    close: () => driver.close(),
  };
}

export interface OpenedStore {
  store: Store;
  local: LocalNeo4j | null;
}

/** Connects to NEO4J_URI, or starts (or reuses) the bundled local Neo4j when it is unset. */
export async function openStore(config: Config): Promise<OpenedStore> {
  let local: LocalNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({
      dataDir: config.dataDir,
      port: config.NEO4J_BOLT_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
    });
    uri = local.uri;
  }
  const store = connect(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, config.NEO4J_DATABASE, {
    readTimeoutMs: config.KG_QUERY_TIMEOUT_MS,
    acquisitionTimeoutMs: config.KG_NEO4J_ACQUIRE_TIMEOUT_MS,
    poolSize: config.KG_NEO4J_POOL_SIZE,
  });
  try {
    await store.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await store.close();
    await local?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${err instanceof Error ? err.message : err}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`);
  }
  return { store, local };
}
