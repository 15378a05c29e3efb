import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { closeExtractWorker } from '../../server/extract/pool.ts';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../server/parse/article.ts';
import { fill } from '../extract/shapes.ts';
import { counts, gql, startTestServer, testStore } from '../support/graph.ts';

// A long article is read off the event loop: the server answers /health all the while, and an article over the
// size limit is refused before anything is written.

const INGEST = `mutation ($text: String!) { ingestArticle(text: $text) { created entities { name } } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Many short lines, a name now and then. */
const shortLines = (bytes: number) => fill(bytes, (i) => (i % 500 === 0 ? `Ola Nordmann bor i Oslo, sier Kari Hansen ${i}.\n` : ['Ja.', 'Nei', 'Ola', 'Hm.'][i % 4] + '\n'));

// Read as the product reads, with the tagger (the worker loads it as the product does): in this thread the article
// would hold the event loop for a second or more.

let srv: Running;

beforeAll(async () => {
  srv = await startTestServer({ seed: false });
});

afterAll(async () => {
  await srv?.close();
  await closeExtractWorker();
});

describe('a long article', () => {
  it('is read while /health answers every time within a second', async () => {
    const text = shortLines(190_000);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_ARTICLE_BYTES);
    let done = false;
    const started = performance.now();
    const mutation = gql(srv.url, INGEST, { text }).finally(() => (done = true));
    // polled every 100 ms: each answer within a second, and no longer gap between answers (a blocked event loop
    // would delay the poll itself, since this test and the server share one)
    const latencies: number[] = [];
    const gaps: number[] = [];
    let last = performance.now();
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${srv.url}/health`, { signal: AbortSignal.timeout(10_000) });
      const now = performance.now();
      latencies.push(now - t0);
      gaps.push(now - last);
      last = now;
      expect(res.status).toBe(200);
      await sleep(100);
    }
    const r = await mutation;
    const ms = performance.now() - started;
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.created).toBe(true);
    expect(r.data.ingestArticle.entities.map((e: { name: string }) => e.name)).toContain('Oslo');
    expect(latencies.length, `polled ${latencies.length} times in ${Math.round(ms)} ms`).toBeGreaterThanOrEqual(3);
    expect(Math.max(...latencies), `latencies ${latencies.map(Math.round).join(' ')}`).toBeLessThan(1_000);
    expect(Math.max(...gaps), `gaps ${gaps.map(Math.round).join(' ')}`).toBeLessThan(1_100);
  });

  it('over the size limit is refused with TOO_LARGE and writes nothing', async () => {
    const text = shortLines(250_000);
    const store = testStore();
    try {
      const before = await counts(store);
      const r = await gql(srv.url, INGEST, { text });
      expect(r.data?.ingestArticle ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.reason).toBe('TOO_LARGE');
      expect(r.errors?.[0].message).toMatch(new RegExp(`${MAX_ARTICLE_BYTES} bytes.*KG_MAX_ARTICLE_BYTES`));
      expect(await counts(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('is accepted by parse when KG_MAX_ARTICLE_BYTES allows it', () => {
    const text = shortLines(250_000);
    const old = process.env.KG_MAX_ARTICLE_BYTES;
    try {
      process.env.KG_MAX_ARTICLE_BYTES = '300000';
      expect(parseArticle(text).body.length).toBeGreaterThan(240_000);
      process.env.KG_MAX_ARTICLE_BYTES = '200000';
      expect(() => parseArticle(text)).toThrow(/200000 bytes/);
    } finally {
      if (old === undefined) delete process.env.KG_MAX_ARTICLE_BYTES;
      else process.env.KG_MAX_ARTICLE_BYTES = old;
    }
  });
});
