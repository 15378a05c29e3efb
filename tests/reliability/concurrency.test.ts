import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { makeArticle } from '../support/articles.ts';
import { gql, startTestServer } from '../support/graph.ts';

// 200 clients at once, mixing reads and overlapping article loads: no errors, no duplicate nodes.

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: true });
});
afterAll(async () => {
  await app?.close();
});

const CLIENTS = 200;
const SECONDS = 4;

async function client(i: number, until: number, errors: string[]): Promise<number> {
  let done = 0;
  while (Date.now() < until) {
    const kind = (i + done) % 4;
    const r =
      kind === 0
        ? await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { created } }', { t: makeArticle((i * 3 + done) % 40) })
        : kind === 1
          ? await gql(app.url, 'query($t: String!) { search(text: $t) { id } }', { t: ['Dale', 'NATO', 'Russland', 'Tokajev'][done % 4] })
          : await gql(app.url, 'query { neighbourhood(ids: ["country:RU", "org:csto"], depth: 2, limit: 300) { nodes { id } edges { id } } }');
    if (r.errors) errors.push(r.errors[0].message);
    done++;
  }
  return done;
}

it('serves 200 concurrent clients with zero errors and keeps every id unique', { timeout: 120_000 }, async () => {
  const errors: string[] = [];
  const until = Date.now() + SECONDS * 1000;
  const done = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i, until, errors)));
  expect(errors).toEqual([]);
  expect(done.reduce((a, b) => a + b, 0)).toBeGreaterThan(CLIENTS);

  const dup = await app.store.read((tx) =>
    tx.run('MATCH (n:Node) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS dups'),
  );
  expect(dup.records[0].get('dups')).toBe(0);
  const people = await app.store.read((tx) =>
    tx.run('MATCH (p:Person) WITH toLower(p.name) AS name, count(*) AS c WHERE c > 1 RETURN collect(name) AS names'),
  );
  expect(people.records[0].get('names')).toEqual([]);
  const articles = await app.store.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
  expect(articles.records[0].get('n')).toBeLessThanOrEqual(41);
});
