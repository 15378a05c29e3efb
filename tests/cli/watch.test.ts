import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.ts';
import { makeArticle } from '../support/articles.ts';
import { startKg, waitForOutput, type Kg } from '../support/cli.ts';
import { neo4jUri, resetGraph, testStore } from '../support/graph.ts';
import { tcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';

// `kg watch` as a child process on the real Neo4j (through a relay that the test takes away and brings back).

let store: Store;
let dir: string;
let proxy: TcpProxy;
let kg: Kg;

const fromOrigin = (origin: string) =>
  store.read(async (tx) => (await tx.run('MATCH (a:Article {origin: $origin}) RETURN a.id AS id', { origin })).records.map((r) => r.get('id')));

beforeAll(async () => {
  store = testStore();
  await resetGraph(store);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-watch-'));
  fs.writeFileSync(path.join(dir, 'first.txt'), makeArticle(20));
  fs.writeFileSync(path.join(dir, 'notes.md'), 'not an article');
  proxy = await tcpProxy(neo4jUri());
  kg = startKg(['watch', dir, '--debounce', '200'], { env: { NEO4J_URI: proxy.uri } });
  await waitForOutput(kg, /watching /, 120_000);
});

afterAll(async () => {
  if (kg.child.exitCode === null) kg.child.kill('SIGKILL');
  await proxy.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('kg watch', () => {
  it('loads what the folder holds at start, and skips what is not an article file', async () => {
    await waitForOutput(kg, /new\s+\S*first\.txt article:/, 60_000);
    expect(await fromOrigin(path.join(dir, 'first.txt'))).toHaveLength(1);
    expect(kg.output()).not.toMatch(/notes\.md/);
  });

  it('picks up a file written after it started, and an edit replaces its article', async () => {
    const file = path.join(dir, 'later.txt');
    fs.writeFileSync(file, makeArticle(21));
    await waitForOutput(kg, /new\s+\S*later\.txt article:\S+ \(\d+ entities/, 60_000);
    const [loaded] = await fromOrigin(file);
    expect(loaded).toBeDefined();

    fs.writeFileSync(file, makeArticle(22));
    await waitForOutput(kg, /replaced\s+\S*later\.txt article:/, 60_000);
    const now = await fromOrigin(file);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(loaded);
    expect(kg.stdout().trim().split('\n')).toHaveLength(3); // one line per article
  });

  it('keeps going while Neo4j is away, says so, and loads once it is back', async () => {
    await proxy.down();
    const file = path.join(dir, 'during.txt');
    fs.writeFileSync(file, makeArticle(23));
    await waitForOutput(kg, /Neo4j is unavailable .*; retrying in \d+ s/, 60_000);
    await proxy.up();
    await waitForOutput(kg, /Neo4j is back/, 60_000);
    await waitForOutput(kg, /new\s+\S*during\.txt article:/, 60_000);
    expect(await fromOrigin(file)).toHaveLength(1);
  });

  it('stops on SIGTERM with a summary', async () => {
    kg.child.kill('SIGTERM');
    expect(await kg.exit).toEqual({ code: 0, signal: null });
    expect(kg.output()).toMatch(/loaded 3 new, 0 unchanged, 1 replaced, 0 failed of 4 articles/);
  });
});
