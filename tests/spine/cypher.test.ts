import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { createApp, listen } from '../../server/serve/http.ts';
import { counts, gql, startTestServer, testStore } from '../support/graph.ts';

// The read-only `cypher` field: opt-in, behind the token, and refusing whatever is not a read of the graph.

const TOKEN = 'cypher-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const TIMEOUT_MS = 2_000;
const CYPHER = 'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated elapsedMs } }';

let server: Running;
const ask = (q: string, p: unknown = null, headers: Record<string, string> = auth) => gql(server.url, CYPHER, { q, p }, headers);
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  server = await startTestServer({
    env: { KG_CYPHER: '1', KG_WRITE_TOKEN: TOKEN, KG_CYPHER_TIMEOUT_MS: String(TIMEOUT_MS), KG_CYPHER_MAX_ROWS: '100' },
  });
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe('cypher', () => {
  it('runs a harmless query with parameters', async () => {
    const r = await ask('MATCH (c:Country {code: $code}) RETURN c.name AS name, c AS node', { code: 'KZ' });
    expect(r.errors).toBeUndefined();
    expect(r.data.cypher.columns).toEqual(['name', 'node']);
    expect(r.data.cypher.rows[0][0]).toBe('Kasakhstan');
    expect(r.data.cypher.rows[0][1].labels).toContain('Country');
    expect(r.data.cypher.truncated).toBe(false);
  });

  it('stops at the row limit and says so', async () => {
    const r = await ask('UNWIND range(1, 5000) AS x RETURN x');
    expect(r.data.cypher.rows).toHaveLength(100);
    expect(r.data.cypher.truncated).toBe(true);
  });

  it('needs the token, even on loopback', async () => {
    expect(codeOf(await ask('RETURN 1', null, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ask('RETURN 1', null, { authorization: 'Bearer wrong' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a write and writes nothing', async () => {
    const store = testStore();
    const before = await counts(store);
    for (const q of ["CREATE (:Node {id: 'x'})", "MATCH (c:Country {code: 'KZ'}) SET c.name = 'x' RETURN c", 'MATCH (n) DETACH DELETE n']) {
      expect(codeOf(await ask(q))).toBe('CYPHER_REFUSED');
    }
    expect(await counts(store)).toEqual(before);
    await store.close();
  });

  it('refuses LOAD CSV, dbms procedures and administration commands', async () => {
    const hostname = await ask("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line");
    expect(codeOf(hostname)).toBe('CYPHER_REFUSED');
    expect(JSON.stringify(hostname.data ?? null)).toBe('null');
    const listConfig = await ask('CALL dbms.listConfig() YIELD name, value RETURN name, value');
    expect(codeOf(listConfig)).toBe('CYPHER_REFUSED');
    expect(listConfig.errors?.[0].message).toMatch(/dbms\.listConfig/);
    expect(codeOf(await ask('SHOW SETTINGS'))).toBe('CYPHER_REFUSED');
    expect(codeOf(await ask('SHOW TRANSACTIONS'))).toBe('CYPHER_REFUSED');
    expect(codeOf(await ask('CREATE INDEX x IF NOT EXISTS FOR (n:Person) ON (n.slug)'))).toBe('CYPHER_REFUSED');
    // An allowed procedure runs.
    const labels = await ask('CALL db.labels() YIELD label RETURN label');
    expect(labels.data.cypher.rows.map((r: string[]) => r[0])).toContain('Country');
  });

  it('stops a runaway query in time', async () => {
    for (const q of [
      'UNWIND range(1, 100000000) AS x WITH collect(x) AS xs RETURN size(xs)',
      'UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x)',
    ]) {
      const started = Date.now();
      const r = await ask(q);
      expect(['QUERY_TIMEOUT', 'QUERY_TOO_LARGE']).toContain(codeOf(r));
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
    }
    // And the server still answers.
    expect((await ask('RETURN 1 AS one')).data.cypher.rows).toEqual([[1]]);
  }, 60_000);

  it('is off without KG_CYPHER=1', async () => {
    const off: http.Server = await listen(createApp(server.store, { HOST: '127.0.0.1', KG_WRITE_TOKEN: TOKEN }), '127.0.0.1', 0);
    const port = (off.address() as { port: number }).port;
    const r = await gql(`http://127.0.0.1:${port}`, CYPHER, { q: 'RETURN 1', p: null }, auth);
    expect(codeOf(r)).toBe('FORBIDDEN');
    await new Promise((resolve) => off.close(resolve));
  });

  it("the bundled Neo4j refuses LOAD CSV from local files even outside the field's checks", async () => {
    if (process.env.NEO4J_URI) return; // a server of the user's own: its settings are its own
    const store = testStore();
    await expect(store.read((tx) => tx.run("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line"))).rejects.toThrow(/file|URL|allow/i);
    await store.close();
  });
});
