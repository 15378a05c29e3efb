import path from 'node:path';
import { z } from 'zod';

// All configuration comes from the environment; this is the one place that reads it.
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, 'like 512m or 1g').default('1g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]$/i, 'like 256m or 1g').default('256m'),
  KG_WRITE_TOKEN: z.string().optional(),
  KG_SEED: z.enum(['0', '1']).default('1'),
  // Host names served besides loopback ones (comma-separated); CORS origins allowed (none by default).
  KG_ALLOWED_HOSTS: z.string().default(''),
  KG_CORS_ORIGINS: z.string().default(''),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  KG_NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  KG_NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(5_000),
  KG_MAX_COST: z.coerce.number().int().min(100).default(200_000),
  KG_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1_000).default(20_000_000),
  // The read-only `cypher` field: off unless 1, and always behind KG_WRITE_TOKEN.
  KG_CYPHER: z.enum(['0', '1']).default('0'),
  KG_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  KG_CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof Env> & { dataDir: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
