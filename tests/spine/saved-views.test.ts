import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer, testStore } from '../support/graph.ts';

// Saved views in a real Neo4j, behind the write token like every other write.

const TOKEN = 'views-test-token';
let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false, env: { KG_WRITE_TOKEN: TOKEN } });
});
afterAll(async () => {
  await app?.close();
});

const SAVE = 'mutation($s: String!) { saveView(state: $s) { id state } }';
const auth = { authorization: `Bearer ${TOKEN}` };
const view = { version: 1, ids: ['country:KZ', 'org:csto'], positions: { 'country:KZ': [10, 20], 'org:csto': [-5.5, 3] }, zoom: 1.25, pan: { x: 4, y: 8 }, selected: 'org:csto' };

async function savedCount(): Promise<number> {
  const store = testStore();
  try {
    return await store.read(async (tx) => (await tx.run('MATCH (v:SavedView) RETURN count(v) AS n')).records[0].get('n'));
  } finally {
    await store.close();
  }
}

describe('saved views', () => {
  it('stores a view under a short id and reads it back; the same view twice is one node', async () => {
    const a = await gql(app.url, SAVE, { s: JSON.stringify(view) }, auth);
    expect(a.errors).toBeUndefined();
    const id = a.data.saveView.id;
    expect(id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    const b = await gql(app.url, SAVE, { s: JSON.stringify(view) }, auth);
    expect(b.data.saveView.id).toBe(id);
    expect(await savedCount()).toBe(1);
    const r = await gql(app.url, 'query($id: ID!) { savedView(id: $id) { id state createdAt } }', { id });
    expect(JSON.parse(r.data.savedView.state)).toEqual(view);
    expect(r.data.savedView.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const none = await gql(app.url, '{ savedView(id: "nope") { id } }');
    expect(none.data.savedView).toBeNull();
  });

  it('needs the token, and refuses what is not a view, writing nothing', async () => {
    const before = await savedCount();
    const anonymous = await gql(app.url, SAVE, { s: JSON.stringify({ ...view, zoom: 2 }) });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const [bad, message] of [
      ['{', /not JSON/],
      [JSON.stringify({ ...view, version: 2 }), /version/],
      [JSON.stringify({ ...view, extra: 1 }), /extra|Unrecognized/],
      [JSON.stringify({ ...view, positions: { x: [1, 'a'] } }), /positions/],
    ] as const) {
      const r = await gql(app.url, SAVE, { s: bad }, auth);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
    }
    expect(await savedCount()).toBe(before);
  });
});
