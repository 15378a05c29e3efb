import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, neo4jUri, startTestServer, testStore } from '../support/graph.ts';
import { raw } from '../support/http.ts';
import { EDGE_QUERY, NODE_QUERY } from '../../server/export/read.ts';
import { filterParams } from '../../server/export/filter.ts';

// Every export format read back by another tool: counts equal to `stats`, attributes kept, XML-special
// names intact, filters applied, the server's access rules on /export.

const run = promisify(execFile);
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READER = path.resolve('tests/export/read-graph.py');
const SPECIAL_TITLE = 'AT&T og "Telenor" <> 3 < 5 & 4 > 2';
const TROOPS = 'SENDS_TROOPS_TO|country:RU|country:KZ';

let server: Running;
let dir: string;
let stats: { nodes: number; relationships: number };

async function download(file: string, query = ''): Promise<string> {
  const res = await fetch(`${server.url}/export/${file}${query}`);
  expect(res.status).toBe(200);
  const target = path.join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  fs.writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  return target;
}

async function readBack(kind: 'graphml' | 'gexf' | 'csvzip', file: string): Promise<Loose> {
  const { stdout } = await run(PYTHON, [READER, kind, file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

// Answers of many shapes, read back from other tools.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const jsonLines = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
  server = await startTestServer();
  const ingested = await gql(server.url, 'mutation($t: String!, $title: String) { ingestArticle(text: $t, title: $title) { article { id } } }', {
    t: ' date 2022-03 NTB\nJonas Gahr Støre møtte Erna Solberg i Oslo. Det var et godt møte, sier Støre.',
    title: SPECIAL_TITLE,
  });
  expect(ingested.errors).toBeUndefined();
  // A name no input path lets in (control characters), as an older store might hold: the export must still be valid XML.
  const store = testStore();
  await store.write((tx) =>
    tx.run("CREATE (:Node:Entity:Organisation {id: 'org:kontroll', name: 'Kontroll\u0001tegn & <Co>', aliases: ['K\u0007&K'], reference: false})"),
  );
  await store.close();
  stats = (await gql(server.url, '{ stats { nodes relationships } }')).data.stats;
}, 240_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('GraphML loads in networkx with every node and relationship, evidence and names intact', async () => {
    const g = await readBack('graphml', await download('graph.graphml'));
    expect([g.nodes, g.edges]).toEqual([stats.nodes, stats.relationships]);
    const article = Object.values<Loose>(g.nodeData).find((n) => n.type === 'ARTICLE' && n.name === SPECIAL_TITLE);
    expect(article?.source).toBe('NTB');
    expect(g.nodeData['org:kontroll'].name).toBe('Kontrolltegn & <Co>');
    expect(JSON.parse(g.nodeData['org:kontroll'].aliases)).toEqual(['K&K']);
    const troops = g.edgeData.find((e: Loose) => e.relationId === TROOPS);
    expect(troops.type).toBe('SENDS_TROOPS_TO');
    expect(troops.confidence).toBeGreaterThan(0);
    expect(JSON.parse(troops.articleIds)).toHaveLength(1);
    expect(JSON.parse(troops.sentences)[0]).toMatch(/Russland/);
    expect(JSON.parse(g.nodeData['country:KZ'].articleIds).length).toBeGreaterThan(0);
  });

  it('GEXF loads in networkx with the same counts and attributes', async () => {
    const g = await readBack('gexf', await download('graph.gexf'));
    expect([g.nodes, g.edges]).toEqual([stats.nodes, stats.relationships]);
    expect(g.nodeData['org:kontroll'].label).toBe('Kontrolltegn & <Co>');
    const troops = g.edgeData.find((e: Loose) => e.relationId === TROOPS);
    expect(JSON.parse(troops.sentences)[0]).toMatch(/Russland/);
    expect(Object.values<Loose>(g.nodeData).some((n) => n.label === SPECIAL_TITLE)).toBe(true);
  });

  it('JSON Lines holds one line per node and per relationship', async () => {
    const lines = jsonLines(await download('graph.jsonl'));
    expect(lines.filter((l) => l.kind === 'node')).toHaveLength(stats.nodes);
    expect(lines.filter((l) => l.kind === 'relationship')).toHaveLength(stats.relationships);
    const troops = lines.find((l) => l.id === TROOPS);
    expect(troops).toMatchObject({ source: 'country:RU', target: 'country:KZ', type: 'SENDS_TROOPS_TO', articleCount: 1 });
    expect(lines.find((l) => l.id === 'org:csto')).toMatchObject({ type: 'ORGANISATION', reference: true });
  });

  it('the CSV zip has neo4j-admin headers and every row', async () => {
    const z = await readBack('csvzip', await download('csv.zip'));
    expect([z.nodes, z.edges]).toEqual([stats.nodes, stats.relationships]);
    const nodes = z.files['nodes.csv'];
    expect(nodes.header.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'name']);
    expect(nodes.header).toContain('aliases:string[]');
    const rels = z.files['relationships.csv'];
    expect(rels.header.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    const troops = rels.rows.find((r: string[]) => r[0] === 'country:RU' && r[1] === 'country:KZ' && r[2] === 'SENDS_TROOPS_TO');
    expect(troops[rels.header.indexOf('sentences:string[]')]).toMatch(/Russland/);
    const csto = nodes.rows.find((r: string[]) => r[0] === 'org:csto');
    expect(csto[1].split('\u001F')).toEqual(expect.arrayContaining(['Node', 'Entity', 'Organisation']));
  });

  it('keeps only the types and dates asked for', async () => {
    const lines = jsonLines(await download('graph.jsonl', '?types=COUNTRY,SENDS_TROOPS_TO'));
    const nodes = lines.filter((l) => l.kind === 'node');
    const rels = lines.filter((l) => l.kind === 'relationship');
    expect(nodes.length).toBeGreaterThan(100);
    expect(nodes.every((n) => n.type === 'COUNTRY')).toBe(true);
    expect(rels.length).toBe(4);
    expect(rels.every((r) => r.type === 'SENDS_TROOPS_TO')).toBe(true);
    const march = jsonLines(await download('graph.jsonl', '?from=2022-03&to=2022-03&types=ARTICLE,PERSON'));
    expect(march.filter((l) => l.kind === 'node' && l.type === 'ARTICLE').map((l) => l.name)).toEqual([SPECIAL_TITLE]);
    expect(march.some((l) => l.kind === 'node' && l.name === 'Jonas Gahr Støre')).toBe(true);
    expect(march.some((l) => l.kind === 'node' && /Tokajev/.test(l.name))).toBe(false);
  });

  it('refuses a bad filter, an unknown format, a write method and a foreign Host', async () => {
    const bad = await raw(server.url, { path: '/export/graph.jsonl?types=NOPE' });
    expect([bad.status, JSON.parse(bad.body).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await raw(server.url, { path: '/export/graph.xlsx' })).status).toBe(404);
    expect((await raw(server.url, { path: '/export/graph.jsonl', method: 'POST' })).status).toBe(405);
    const foreign = await raw(server.url, { path: '/export/graph.graphml', headers: { host: 'evil.example' } });
    expect(foreign.status).toBe(421);
  });

  it('kg export writes a file with the same counts', async () => {
    const out = path.join(dir, 'cli.graphml');
    await run('npx', ['tsx', 'server/cli/kg.ts', 'export', '--format', 'graphml', '--out', out], {
      env: { ...process.env, NEO4J_URI: neo4jUri() },
      timeout: 120_000,
    });
    const g = await readBack('graphml', out);
    expect([g.nodes, g.edges]).toEqual([stats.nodes, stats.relationships]);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    await expect(run('npx', ['tsx', 'server/cli/kg.ts', 'export', '--format', 'pdf'], { env: { ...process.env, NEO4J_URI: neo4jUri() } })).rejects.toThrow(
      /--format must be one of/,
    );
  }, 180_000);

  it('reads the graph with no table that grows with it (memory stays flat at any size)', async () => {
    // Neo4j's plan, not a guess: a hash join or an eager step would hold every node or row in the transaction.
    const store = testStore();
    try {
      const params = filterParams({ labels: [], relationTypes: [], from: null, to: null });
      for (const query of [NODE_QUERY, EDGE_QUERY]) {
        const plan = await store.read((tx) => tx.run(`EXPLAIN ${query}`, params));
        const operators = (p: { operatorType: string; children: unknown[] }): string[] => [p.operatorType, ...p.children.flatMap((c) => operators(c as typeof p))];
        expect(operators(plan.summary.plan as never).filter((o) => /HashJoin|Eager|Sort|Distinct|Aggregation/.test(o))).toEqual([]);
      }
    } finally {
      await store.close();
    }
  });
});
