import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { start, type Running } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/store/local-neo4j.ts';
import { gql } from '../support/graph.ts';

// Neo4j stops under a running server: /health says so, requests fail fast and clearly, and the
// server serves again once Neo4j is back, without a restart.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-away-'));
let neo4j: LocalNeo4j | null = null;
let app: Running | null = null;

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(url: string) {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; neo4j: string } };
}

it('reports Neo4j down, answers with a clear error, and recovers when it is back', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const options = { dataDir, port, heap: '512m', pageCache: '64m' };
  neo4j = await startLocalNeo4j(options);
  app = await start(loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, PORT: '0', KG_SEED: '1' }));
  expect((await health(app.url)).body).toEqual({ ok: true, neo4j: 'up' });

  await neo4j.stop();
  neo4j = null;
  const down = await health(app.url);
  expect(down.status).toBe(503);
  expect(down.body.neo4j).toBe('down');

  const t0 = Date.now();
  const r = await gql(app.url, 'query { search(text: "CSTO") { id } }');
  expect(Date.now() - t0).toBeLessThan(15_000);
  expect(r.errors?.[0].extensions?.code).toBe('NEO4J_UNAVAILABLE');
  expect(r.errors?.[0].message).toMatch(/unavailable/i);

  neo4j = await startLocalNeo4j(options);
  let back = await health(app.url);
  for (let i = 0; i < 40 && !back.body.ok; i++) {
    await new Promise((res) => setTimeout(res, 250));
    back = await health(app.url);
  }
  expect(back.body).toEqual({ ok: true, neo4j: 'up' });
  const again = await gql(app.url, 'query { search(text: "CSTO") { id } }');
  expect(again.data?.search[0].id).toBe('org:csto');
});
