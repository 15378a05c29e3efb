import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.ts';
import { makeCorrection } from '../../server/correct/make.ts';
import { EXTRACTOR_VERSION } from '../../server/extract/version.ts';
import { makeArticle } from '../support/articles.ts';
import { runKg } from '../support/cli.ts';
import { counts, resetGraph, testStore } from '../support/graph.ts';

// `kg load` from JSON Lines, standard input and edited files, as a child process on the real Neo4j.

let store: Store;
let dir: string;

async function articles(): Promise<{ id: string; origin: string | null; title: string; source: string | null; version: number | null }[]> {
  return store.read(async (tx) => {
    const res = await tx.run(
      `MATCH (a:Article) RETURN a.id AS id, a.origin AS origin, a.title AS title, a.source AS source,
              a.extractorVersion AS version ORDER BY origin, id`,
    );
    return res.records.map((r) => r.toObject() as never);
  });
}

beforeAll(() => {
  store = testStore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-inputs-'));
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => resetGraph(store));

describe('kg load from JSON Lines', () => {
  it('loads every good line, names the bad one with its line number, and exits 1', async () => {
    const file = path.join(dir, 'archive.jsonl');
    const lines = [
      JSON.stringify({ text: makeArticle(1), source: 'NTB', title: 'Sak en' }),
      '{"text": "unterminated',
      JSON.stringify({ title: 'no text' }),
      '',
      JSON.stringify({ text: makeArticle(2), date: '2023-05-04' }),
    ];
    fs.writeFileSync(file, lines.join('\n'));
    const r = await runKg(['load', file]);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`failed: ${file}:2: not JSON`);
    expect(r.output).toContain(`failed: ${file}:3: "text" is required`);
    expect(r.output).toMatch(/loaded 2 new, 0 unchanged, 0 replaced, 2 failed of 4 articles/);
    expect(r.output).toMatch(/^progress: 4\/4 articles, [\d.]+\/s, ETA 0 s$/m); // not a terminal: plain lines
    const stored = await articles();
    expect(stored.map((a) => a.origin)).toEqual([`${file}:1`, `${file}:5`]);
    expect(stored[0]).toMatchObject({ title: 'Sak en', source: 'NTB', version: EXTRACTOR_VERSION });
  });

  it('a line with a bad date fails alone and writes nothing for it', async () => {
    const file = path.join(dir, 'dates.jsonl');
    fs.writeFileSync(file, [JSON.stringify({ text: makeArticle(3), date: '2023-13-01' }), JSON.stringify({ text: makeArticle(4) })].join('\n'));
    const r = await runKg(['load', file]);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`failed: ${file}:1: Impossible date`));
    expect((await articles()).map((a) => a.origin)).toEqual([`${file}:2`]);
  });
});

describe('kg load -', () => {
  it('reads one article file from standard input, with no origin', async () => {
    const r = await runKg(['load', '-', '--source', 'TV 2'], { stdin: makeArticle(5) });
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/loaded 1 new/);
    expect(await articles()).toMatchObject([{ origin: null, source: 'TV 2' }]);
  });

  it('reads JSON Lines from standard input and names a bad line as stdin:N', async () => {
    const stdin = [JSON.stringify({ text: makeArticle(6) }), '[1, 2]', JSON.stringify({ text: makeArticle(7), source: 'NRK' })].join('\n');
    const r = await runKg(['load', '-'], { stdin });
    expect(r.code).toBe(1);
    expect(r.output).toContain('failed: stdin:2: not a JSON object');
    expect(r.output).toMatch(/loaded 2 new/);
    expect((await articles()).map((a) => a.source).sort()).toEqual(['NRK', null]);
  });
});

describe('kg load of an edited file', () => {
  it('replaces the article the file loaded before, and an unchanged file changes nothing', async () => {
    const folder = path.join(dir, 'edit');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'sak.txt');
    fs.writeFileSync(file, makeArticle(8));
    fs.writeFileSync(path.join(folder, 'other.txt'), makeArticle(9));
    expect((await runKg(['load', folder])).code).toBe(0);
    const before = await articles();

    const again = await runKg(['load', folder]);
    expect(again.output).toMatch(/loaded 0 new, 2 unchanged, 0 replaced, 0 failed/);
    expect(await articles()).toEqual(before);

    fs.writeFileSync(file, makeArticle(10));
    const edited = await runKg(['load', folder]);
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toMatch(/loaded 0 new, 1 unchanged, 1 replaced, 0 failed/);
    expect(edited.output).toMatch(/slowest stage: (read|parse|extract|write), [\d.]+ ms per article/);
    const after = await articles();
    expect(after.filter((a) => a.origin === file)).toHaveLength(1);
    expect(after.find((a) => a.origin === file)!.id).not.toBe(before.find((a) => a.origin === file)!.id);
    const graph = await counts(store);

    // The same as loading the edited folder into an empty graph: nothing of the old text is left.
    await resetGraph(store);
    expect((await runKg(['load', folder])).code).toBe(0);
    expect(await counts(store)).toEqual(graph);
  });
});

describe('kg load of an edited file, with corrections', () => {
  it('carries a split and a retracted statement from the old article over to the edited one', async () => {
    const folder = path.join(dir, 'carry');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'sak.txt');
    const text = makeArticle(8);
    fs.writeFileSync(file, text);
    // Another article with the same speaker: a split takes some of an entity's articles, not all.
    fs.writeFileSync(path.join(folder, 'other.txt'), makeArticle(68));
    expect((await runKg(['load', folder])).code).toBe(0);
    const old = (await articles()).find((a) => a.origin === file)!;
    const said = await store.read((tx) =>
      tx.run('MATCH (p:Person)-[:SAID]->(s:Statement)-[:IN]->(:Article {id: $id}) RETURN p.id AS person, s.id AS statement, s.text AS text', { id: old.id }),
    );
    const { person, statement, text: quote } = said.records[0].toObject() as { person: string; statement: string; text: string };
    await makeCorrection(store, { kind: 'RETRACT_STATEMENT', id: statement }, 'test');
    await makeCorrection(store, { kind: 'SPLIT_ENTITY', id: person, articleIds: [old.id], name: 'Ny Talsperson' }, 'test');

    fs.writeFileSync(file, `${text}\n\nFlere møter er ventet neste uke.`);
    const edited = await runKg(['load', folder]);
    expect(edited.output).toMatch(/loaded 0 new, 1 unchanged, 1 replaced, 0 failed/);
    const now = (await articles()).find((a) => a.origin === file)!;
    expect(now.id).not.toBe(old.id);
    const facts = await store.read(async (tx) => ({
      quotes: (await tx.run('MATCH (s:Statement)-[:IN]->(:Article {id: $id}) RETURN collect(s.text) AS t', { id: now.id })).records[0].get('t') as string[],
      split: (await tx.run("MATCH (:Article {id: $id})-[:MENTIONS]->(e:Person {id: 'person:ny-talsperson'}) RETURN count(e) AS n", { id: now.id })).records[0].get('n') as number,
      named: (await tx.run('MATCH (c:Correction) RETURN collect(c.articleIds) AS ids')).records[0].get('ids') as string[][],
    }));
    // The statement stays retracted, the split's articles are the new one's, and the corrections name it.
    expect(facts.quotes).not.toContain(quote);
    expect(facts.split).toBe(1);
    expect(facts.named).toEqual([[now.id], [now.id]]);
  });
});

describe('kg --help', () => {
  it('lists every command and flag', async () => {
    const r = await runKg(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['load', 'watch', 'reextract', 'extract', 'ner', '--batch', '--source', '--debounce', '--older-than', '--all', '.jsonl', 'standard input']) {
      expect(r.output).toContain(word);
    }
  });
});
