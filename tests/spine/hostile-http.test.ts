import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { counts, gql, startTestServer } from '../support/graph.ts';
import { raw } from '../support/http.ts';

// Requests an attacker or a careless client sends: each gets a clear answer, the server stays up, and
// nothing is written behind the user's back.

let app: Running;
let before: { nodes: number; relationships: number };
let articleId: string;
beforeAll(async () => {
  app = await startTestServer({ seed: true });
  before = await counts(app.store);
  const r = await gql(app.url, '{ articles(first: 1) { edges { node { id } } } }');
  articleId = r.data.articles.edges[0].node.id;
});
afterAll(async () => {
  await app?.close();
});

const alive = async () => expect((await raw(app.url, { path: '/health' })).status).toBe(200);

describe('static files', () => {
  it('answers a malformed percent-encoding and keeps serving', async () => {
    for (const p of ['/%E0%A4%A', '/%', '/%ZZ', '/%00', '/..%2f..%2fpackage.json']) {
      const r = await raw(app.url, { path: p });
      expect(r.status).toBeLessThan(500);
      expect(r.body).not.toMatch(/"dependencies"/);
    }
    await alive();
  });

  it('does not serve the real client folder sibling over HTTP', async () => {
    const sibling = `${path.resolve('client/dist')}-x`;
    fs.mkdirSync(sibling, { recursive: true });
    fs.writeFileSync(path.join(sibling, 'secret.txt'), 'the secret');
    try {
      const r = await raw(app.url, { path: `/..%2f${path.basename(sibling)}%2fsecret.txt` });
      expect(r.body).not.toContain('the secret');
    } finally {
      fs.rmSync(sibling, { recursive: true, force: true });
    }
  });
});

describe('cross-site writes', () => {
  const mutation = `mutation { deleteArticle(id: "${'ARTICLE'}") { deleted } }`;
  it.each([
    ['a form post', 'application/x-www-form-urlencoded', () => `query=${encodeURIComponent(mutation.replace('ARTICLE', articleId))}`],
    ['multipart', 'multipart/form-data; boundary=x', () => `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation.replace('ARTICLE', articleId)}\r\n--x--\r\n`],
    ['application/graphql', 'application/graphql', () => mutation.replace('ARTICLE', articleId)],
    ['text/plain JSON', 'text/plain', () => JSON.stringify({ query: mutation.replace('ARTICLE', articleId) })],
  ])('refuses %s with 415 and deletes nothing', async (_, type, body) => {
    const r = await raw(app.url, { method: 'POST', path: '/graphql', headers: { 'content-type': type, origin: 'http://evil.example' }, body: body() });
    expect(r.status).toBe(415);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await counts(app.store)).toEqual(before);
  });

  it('sends no CORS permission to another origin', async () => {
    const pre = await raw(app.url, {
      method: 'OPTIONS',
      path: '/graphql',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const r = await raw(app.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('serves no page and no API to a Host name that is not loopback (DNS rebinding)', async () => {
    for (const p of ['/', '/graphql?query=%7Bstats%7Bnodes%7D%7D', '/health']) {
      const r = await raw(app.url, { path: p, headers: { host: 'evil.example:4000' } });
      expect(r.status).toBe(421);
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    }
    for (const host of ['localhost:4000', '127.0.0.1', '[::1]:4000']) {
      expect((await raw(app.url, { path: '/health', headers: { host } })).status).toBe(200);
    }
  });
});

describe('named hosts and origins', () => {
  let named: Running;
  beforeAll(async () => {
    named = await startTestServer({ seed: false, env: { KG_ALLOWED_HOSTS: 'graf.example', KG_CORS_ORIGINS: 'http://app.example' } });
  });
  afterAll(async () => {
    await named?.close();
  });
  it('serves a Host named in KG_ALLOWED_HOSTS and allows only the origins in KG_CORS_ORIGINS', async () => {
    expect((await raw(named.url, { path: '/health', headers: { host: 'graf.example:80' } })).status).toBe(200);
    expect((await raw(named.url, { path: '/health', headers: { host: 'other.example' } })).status).toBe(421);
    const ask = (origin: string) =>
      raw(named.url, { method: 'OPTIONS', path: '/graphql', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await ask('http://app.example')).headers['access-control-allow-origin']).toBe('http://app.example');
    expect((await ask('http://evil.example')).headers['access-control-allow-origin']).not.toBe('http://evil.example');
  });
});

describe('limits that hold for every request', () => {
  it('a too-large variable is refused without poisoning the next request of the same document', async () => {
    const q = 'query Suggest($t: String!, $n: Int) { search(text: $t, first: $n) { id } }';
    const bad = await gql(app.url, q, { t: 'CSTO', n: 1000 });
    expect(bad.errors?.[0].message).toMatch(/at most 100/);
    const good = await gql(app.url, q, { t: 'CSTO', n: 5 });
    expect(good.errors).toBeUndefined();
    expect(good.data.search[0].id).toBe('org:csto');
  });

  it('refuses a batch of aliased deep neighbourhoods at once, and other users are served meanwhile', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: neighbourhood(ids: ["org:csto"], depth: 3, limit: 5000) { nodes { id name } edges { id type source target } }`).join(' ');
    const batch = Array.from({ length: 10 }, () => ({ query: `{ ${aliases} }` }));
    const t0 = Date.now();
    const [r, other] = await Promise.all([
      raw(app.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) }),
      gql(app.url, '{ search(text: "CSTO") { id } }'),
    ]);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(r.body.length).toBeLessThan(100_000);
    const answers = JSON.parse(r.body) as { errors?: { extensions: { code: string } }[] }[];
    expect(answers.every((a) => a.errors?.[0].extensions.code === 'QUERY_TOO_COSTLY')).toBe(true);
    expect(other.data.search[0].id).toBe('org:csto');
  });

  it('lets each documented maximum through on its own', async () => {
    const each = [
      '{ search(text: "CSTO", first: 100) { id name type } }',
      '{ neighbourhood(ids: ["org:csto"], depth: 3, limit: 5000) { nodes { id name code } edges { id type source target reference articleIds } truncated } }',
      '{ articles(first: 500) { totalCount edges { cursor node { id title date source } } pageInfo { hasNextPage endCursor } } }',
      '{ statements(first: 500) { totalCount edges { node { id text sentence } } } }',
      '{ paths(from: "country:RU", to: "country:KZ", maxLength: 6, first: 20) { nodes { id name } edges { id type source target } } }',
    ];
    for (const q of each) {
      const r = await gql(app.url, q);
      expect(r.errors, q).toBeUndefined();
    }
  });

  it('caps the size of an answer with a clear error', async () => {
    const small = await startTestServer({ seed: true, env: { KG_MAX_RESPONSE_BYTES: '2000' } });
    try {
      const r = await gql(small.url, '{ articles(first: 10) { edges { node { id text } } } }');
      expect(r.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(r.errors?.[0].extensions?.maximum).toBe(2000);
      expect((await gql(small.url, '{ stats { nodes } }')).errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});

describe('errors that tell the user what happened', () => {
  it('a path from a node to itself is that node', async () => {
    const r = await gql(app.url, '{ paths(from: "country:KZ", to: "country:KZ") { nodes { id } edges { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.paths.nodes.map((n: { id: string }) => n.id)).toEqual(['country:KZ']);
  });

  it.each([
    Buffer.from(`o:${'9'.repeat(40)}`).toString('base64'),
    Buffer.from('o:1e308').toString('base64'),
    'not a cursor',
  ])('a cursor that is not ours (%s) is bad input', async (after) => {
    const r = await gql(app.url, 'query($a: String) { articles(after: $a) { totalCount } }', { a: after });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('cost, depth and alias refusals carry a code', async () => {
    const aliases = await gql(app.url, `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`);
    expect(aliases.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
    let inner = 'id';
    for (let i = 0; i < 12; i++) inner = `article { statements { ${inner} } }`;
    const deep = await gql(app.url, `{ statements { edges { node { ${inner} } } } }`);
    expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const tokens = await gql(app.url, `{ ${Array.from({ length: 1000 }, () => 'stats { nodes }').join(' ')} }`);
    expect(tokens.errors?.[0].extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('answers SERVER_BUSY with Retry-After when no connection to Neo4j comes free', async () => {
    const busy = await startTestServer({ seed: false, env: { KG_NEO4J_POOL_SIZE: '1', KG_NEO4J_ACQUIRE_TIMEOUT_MS: '300' } });
    try {
      // Hold the server's only connection in a long transaction, then ask.
      let release!: () => void;
      const held = busy.store.read(async (tx) => {
        await tx.run('RETURN 1');
        await new Promise<void>((r) => (release = r));
      });
      await new Promise((r) => setTimeout(r, 200));
      const r = await raw(busy.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
      release();
      await held;
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('2');
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe('SERVER_BUSY');
      expect((await gql(busy.url, '{ stats { nodes } }')).errors).toBeUndefined();
    } finally {
      await busy.close();
    }
  });
});
