import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { start } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { gql, neo4jUri, startTestServer } from '../support/graph.ts';

// Who may write, and the same agency story republished.

let app: Running;
beforeAll(async () => {
  app = await startTestServer({ seed: false, env: { KG_WRITE_TOKEN: 'hemmelig-token' } });
});
afterAll(async () => {
  await app?.close();
});

const INGEST = 'mutation($t: String!) { ingestArticle(text: $t) { created article { id nearDuplicateOf } } }';
const STORY = [
  'Oslo (NTB): Regjeringen legger fram ny plan for forsvaret.',
  'Forsvarsminister Bjørn Arild Gram sier at planen gir flere soldater i Finnmark og nye fartøy til Sjøforsvaret.',
  'Planen skal behandles i Stortinget før sommeren, og Høyre vil stemme for hovedlinjene i forslaget.',
].join('\n\n');

it('refuses writes without the token and accepts them with it', async () => {
  const denied = await gql(app.url, INGEST, { t: STORY });
  expect(denied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const wrong = await gql(app.url, INGEST, { t: STORY }, { authorization: 'Bearer feil' });
  expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const ok = await gql(app.url, INGEST, { t: STORY }, { authorization: 'Bearer hemmelig-token' });
  expect(ok.data.ingestArticle.created).toBe(true);
  // Reads need no token.
  const read = await gql(app.url, 'query { articles { totalCount } }');
  expect(read.data.articles.totalCount).toBe(1);
});

it('flags the same story republished under another headline as a near-duplicate', async () => {
  const auth = { authorization: 'Bearer hemmelig-token' };
  const first = await gql(app.url, 'query { articles { edges { node { id } } } }');
  const republished = STORY.replace('Oslo (NTB): Regjeringen legger fram ny plan for forsvaret.', 'Ny forsvarsplan: flere soldater i nord');
  const r = await gql(app.url, INGEST, { t: republished }, auth);
  expect(r.data.ingestArticle.created).toBe(true);
  expect(r.data.ingestArticle.article.nearDuplicateOf).toEqual([first.data.articles.edges[0].node.id]);
  const other = await gql(app.url, INGEST, { t: 'Statsministeren besøkte Tromsø torsdag og møtte ordføreren.\n\nHun lovet mer penger til skolene i nord.' }, auth);
  expect(other.data.ingestArticle.article.nearDuplicateOf).toEqual([]);
});

it('refuses to listen off loopback without a write token', async () => {
  await expect(start(loadConfig({ ...process.env, NEO4J_URI: neo4jUri(), HOST: '0.0.0.0', PORT: '0', KG_WRITE_TOKEN: '' }))).rejects.toThrow(
    /KG_WRITE_TOKEN/,
  );
});
