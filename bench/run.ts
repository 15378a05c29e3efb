import os from 'node:os';
import type { Store } from '../server/store/store.ts';
import { freePort } from '../server/store/local-neo4j.ts';
import type { ExportFigure } from './export.ts';
import { exportFigures } from './export.ts';
import { Cleanup, fmt, parseArgs, percentile, table, tempDir } from './util.ts';
import type { ListOperation, LoadResult } from './latency.ts';

// `npm run bench`: ingest and extraction throughput, query latency on a large generated graph, the same
// queries through @neo4j/graphql, and the server's memory under load. Prints tables, then one summary line.

process.env.LOG_LEVEL ??= 'warn'; // before the server modules (and their logger) are loaded below

const args = parseArgs(process.argv.slice(2));
const cleanup = new Cleanup();
const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const printed: string[] = [];
const print = (text: string) => {
  printed.push(text);
  console.log(text);
};
const summary = { ingest: NaN, extract: NaN, searchP95: NaN, hoodP95: NaN, entitiesP95: NaN, relationsP95: NaN, ratio: NaN, nodes: NaN, exportSeconds: NaN, exportRss: NaN };
const load1 = () => os.loadavg()[0].toFixed(1);
const STAGE_ARTICLES = 200;
const ratioText = (r: number | undefined) => (r !== undefined && Number.isFinite(r) ? `${fmt(r, 2)}x` : 'n/a');

async function startNeo4j(scope: Cleanup, name: string, heap: string, pageCache: string): Promise<{ uri: string; store: Store; pid: number | null }> {
  const { startLocalNeo4j } = await import('../server/store/local-neo4j.ts');
  const { connect } = await import('../server/store/store.ts');
  const dataDir = tempDir(scope, args.keep, name);
  const neo = await startLocalNeo4j({ dataDir, port: await freePort(), heap, pageCache });
  scope.add(`neo4j ${name}`, () => neo.stop());
  const store = connect(neo.uri, 'neo4j', 'neo4j');
  scope.add(`store ${name}`, () => store.close());
  // the pid file's first field is the Neo4j process (for its CPU time)
  const pidText = await import('node:fs').then((fs) => fs.readFileSync(`${dataDir}/neo4j/kg-neo4j.pid`, 'utf8')).catch(() => '');
  const pid = Number(pidText.trim().split(/\s+/)[0]) || null;
  return { uri: neo.uri, store, pid };
}

const exportRuns: { graph: string; figures: ExportFigure[] }[] = [];

/** Export figures of every graph measured so far: the same peak at two sizes is flat memory. */
function printExport() {
  const rows = exportRuns.flatMap((r) => r.figures.map((f) => [r.graph, f.format, fmt(f.seconds, 1), fmt(f.megabytes, 1), fmt(f.peakRssMb, 0)]));
  print(table('Export, whole graph to a file (kg export; peak RSS of the exporting process, target < 300 MB)', ['graph', 'format', 's', 'MB', 'peak RSS MB'], rows));
  const big = exportRuns.at(-1)?.figures ?? [];
  summary.exportSeconds = big.find((f) => f.format === 'graphml')?.seconds ?? NaN;
  summary.exportRss = Math.max(...big.map((f) => f.peakRssMb));
}

/**
 * The write-only ceiling: the same articles in the same batches, extracted beforehand, written by the same batch
 * writer into a fresh Neo4j started as the first one was (so both start from an empty graph and a cold JVM).
 */
async function writeOnlyCeiling(articles: import('../server/parse/article.ts').ArticleInput[]): Promise<number> {
  log(`write-only ceiling: the same ${articles.length} articles, extracted beforehand, into a fresh Neo4j`);
  const { applyConstraints } = await import('../server/store/constraints.ts');
  const { seedReference } = await import('../server/write/reference.ts');
  const { writeOnlyThroughput } = await import('./ingest.ts');
  const ceilingScope = new Cleanup();
  cleanup.add('ceiling', () => ceilingScope.all());
  const fresh = await startNeo4j(ceilingScope, 'ceiling', '1g', '512m');
  await applyConstraints(fresh.store);
  await seedReference(fresh.store);
  const ceiling = (await writeOnlyThroughput(fresh.store, articles, args.batch)).articlesPerSecond;
  await cleanup.now('ceiling');
  return ceiling;
}

async function ingestPart() {
  const scope = new Cleanup();
  cleanup.add('ingest', () => scope.all());
  const { extractThroughput, ingestStages, ingestThroughput, loadCorpus, makeArticles } = await import('./ingest.ts');
  const { applyConstraints } = await import('../server/store/constraints.ts');
  const { seedReference } = await import('../server/write/reference.ts');
  const corpus = loadCorpus();
  const inputs = makeArticles(args.articles + 2 * STAGE_ARTICLES);
  const main = inputs.slice(0, args.articles);
  log(`extract: ${main.length} articles from ${corpus.bases.length} texts in ${corpus.dir}`);
  // Throughput is a rate: a sample of the articles measures it as well as all of an archive would.
  const ex = extractThroughput(main.slice(0, 5_000));
  summary.extract = ex.tokensPerSecond;
  log('starting Neo4j for ingest');
  const { uri: ingestUri, store, pid } = await startNeo4j(scope, 'ingest', '1g', '512m');
  await applyConstraints(store);
  await seedReference(store);
  log(`ingest: ${main.length} articles in batches of ${args.batch}`);
  let shown = 0;
  const ing = await ingestThroughput(
    store,
    main,
    args.batch,
    (done) => {
      if (done - shown >= 250 || done === main.length) log(`ingest: ${(shown = done)}/${main.length}`);
    },
    pid,
  );
  summary.ingest = ing.articlesPerSecond;
  log(`ingest stages: ${STAGE_ARTICLES} more articles, timed step by step`);
  const stages = await ingestStages(store, inputs.slice(args.articles, args.articles + STAGE_ARTICLES), args.batch);
  // What-if, on this bench's own database only, unless the product's constraints already have it:
  // the lookups of entities by :Entity id get an index.
  const indexed = await store.read(async (tx) => {
    const r = await tx.run("SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['Entity'] AND properties = ['id'] RETURN count(*) AS n");
    return Number(r.records[0].get('n')) > 0;
  });
  let withIndex: typeof stages | null = null;
  if (!indexed) {
    await store.write((tx) => tx.run('CREATE INDEX bench_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)'));
    await store.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
    withIndex = await ingestStages(store, inputs.slice(args.articles + STAGE_ARTICLES), args.batch);
  }
  if (!args.skipExport) exportRuns.push({ graph: `after ingest, ${fmt(ing.nodes, 0)} nodes`, figures: await exportFigures(ingestUri) });
  await cleanup.now('ingest');
  const ceiling = args.skipCeiling ? NaN : await writeOnlyCeiling(main);
  const m = stages.msPerArticle;
  const stagesCeiling = 1000 / (m.resolve + m.write + m.commit);

  print(
    table('Ingest and extraction', ['figure', 'value', 'target'], [
      ['articles (distinct, made from corpus texts)', fmt(ing.articles, 0), ''],
      ['articles created', fmt(ing.created, 0), ''],
      ['ingest time (s)', fmt(ing.seconds, 1), ''],
      ['ingest articles/s (ingestPipeline, end to end)', fmt(ing.articlesPerSecond, 1), '≥ 100'],
      ['write-only ceiling articles/s (the same batches, extracted beforehand)', fmt(ceiling, 1), ''],
      [`  the same writer over the next ${STAGE_ARTICLES}, on the loaded graph (stages below)`, fmt(stagesCeiling, 1), ''],
      ['end to end as a share of the ceiling', `${fmt((100 * ing.articlesPerSecond) / ceiling, 0)} %`, '≥ 75 %'],
      ['CPU s: this process (with workers) / Neo4j', `${fmt(ing.cpuSeconds, 1)} / ${fmt(ing.neo4jCpuSeconds ?? NaN, 1)}`, ''],
      ['load average (1 min) at the end', load1(), ''],
      ['graph after ingest: nodes', fmt(ing.nodes, 0), ''],
      ['graph after ingest: relationships', fmt(ing.relationships, 0), ''],
      ['extract tokens/s (one core, warm)', fmt(ex.tokensPerSecond, 0), '≥ 50,000'],
      ['extract ms/article', fmt(ex.msPerArticle, 2), ''],
      ['extract articles/s', fmt(1000 / ex.msPerArticle, 0), ''],
    ]),
  );
  const stageRow = (label: string, s: typeof stages) => {
    const m = s.msPerArticle;
    return [label, fmt(m.parseExtract, 2), fmt(m.resolve, 2), fmt(m.write, 2), fmt(m.commit, 2), fmt(m.total, 2), fmt(1000 / m.total, 1)];
  };
  print(
    table(`Ingest stages, ms per article (${STAGE_ARTICLES} articles each, after the ${main.length})`, ['run', 'parse+extract', 'resolve', 'write', 'commit', 'total', 'articles/s'], [
      stageRow(indexed ? 'as the product is (:Entity(id) indexed)' : 'as the product is', stages),
      ...(withIndex ? [stageRow('with an index on :Entity(id)', withIndex)] : []),
    ]),
  );
  const what = new Map((withIndex?.queries ?? []).map((q) => [q.query, q]));
  print(
    table('Ingest queries, slowest first (ms per article; median ms per call)', ['query (first lines)', 'calls', 'median', 'ms/article', ...(withIndex ? ['with index: median', 'ms/article'] : [])],
      stages.queries.slice(0, 9).map((q) => [q.query, q.calls, fmt(q.medianMs, 2), fmt(q.msPerArticle, 2),
        ...(withIndex ? [fmt(what.get(q.query)?.medianMs, 2), fmt(what.get(q.query)?.msPerArticle, 2)] : [])])),
  );
}

/** The analysts' lists (ours only: @neo4j/graphql has no such fields) at concurrency 1; seconds spent draining. */
async function timeLists(url: string, store: Store, rows: ({ op: string; kind: string; c: number } & LoadResult)[]): Promise<number> {
  const { drain, listBodies, LIST_QUERIES, load } = await import('./latency.ts');
  let drained = 0;
  for (const op of Object.keys(LIST_QUERIES) as ListOperation[]) {
    log(`${op} via ours: warm-up ${args.warmupSeconds} s, then ${args.seconds} s`);
    await load(url, listBodies(op), 1, args.warmupSeconds);
    drained += await drain(store);
    const row = { op, kind: 'ours', c: 1, ...(await load(url, listBodies(op), 1, args.seconds)) };
    rows.push(row);
    if (op === 'entities (ARTICLES_DESC)') summary.entitiesP95 = row.p95;
    else summary.relationsP95 = row.p95;
  }
  return drained + (await drain(store));
}

/** The scale part's graph, generated, described, and exported in every format. */
async function generateAndExport(store: Store, uri: string) {
  const { generate } = await import('./generate.ts');
  const g = await generate(store, args.nodes, log);
  summary.nodes = g.nodes;
  log(`generated ${fmt(g.nodes, 0)} nodes, ${fmt(g.relationships, 0)} relationships in ${g.seconds.toFixed(0)} s`);
  print(
    table('Generated graph', ['figure', 'value'], [
      ['nodes', fmt(g.nodes, 0)],
      ['relationships', fmt(g.relationships, 0)],
      ...Object.entries(g.byLabel).map(([l, n]) => [`  :${l}`, fmt(n, 0)]),
      ['generation time (s), UNWIND batches, indexes online', fmt(g.seconds, 0)],
    ]),
  );

  log(`export: ${fmt(g.nodes, 0)} nodes in each format`);
  exportRuns.push({ graph: `generated, ${fmt(g.nodes, 0)} nodes`, figures: await exportFigures(uri) });
  printExport();
  return g;
}

async function scalePart() {
  const scope = new Cleanup();
  cleanup.add('scale', () => scope.all());
  const big = args.nodes >= 500_000;
  log(`starting Neo4j for ${fmt(args.nodes, 0)} nodes`);
  const { uri, store } = await startNeo4j(scope, 'scale', big ? '3g' : '2g', big ? '3g' : '1g');
  const g = await generateAndExport(store, uri);
  if (args.exportOnly) return cleanup.now('scale');
  const { bodies, drain, load, rss, soak, spawnServer } = await import('./latency.ts');
  const ours = await spawnServer('ours', 'bench/server.ts', { NEO4J_URI: uri });
  scope.add('server ours', () => ours.stop());
  const theirs = await spawnServer('neo4j-graphql', 'bench/neo4j-graphql.ts', { NEO4J_URI: uri });
  scope.add('server neo4j-graphql', () => theirs.stop());
  const rssIdle = rss(ours.pid).now;

  type Row = { op: string; kind: string; c: number } & Awaited<ReturnType<typeof load>>;
  const rows: Row[] = [];
  const loadBefore = load1();
  let drained = 0;
  for (const op of ['search', 'neighbourhood', 'neighbourhood (hubs)'] as const) {
    const hubs = op === 'neighbourhood (hubs)';
    for (const server of [ours, theirs]) {
      const kind = server === ours ? 'ours' : 'neo4j-graphql';
      log(`${op} via ${kind}: warm-up ${args.warmupSeconds} s, then ${args.seconds} s per concurrency`);
      await load(server.url, bodies(kind, op, g.workload), hubs ? 1 : 8, args.warmupSeconds);
      for (const c of hubs ? [1] : [1, 32]) {
        drained += await drain(store);
        rows.push({ op, kind, c, ...(await load(server.url, bodies(kind, op, g.workload, 1_000), c, args.seconds)) });
      }
    }
  }
  drained += await timeLists(ours.url, store, rows);
  if (drained > 1) log(`waited ${drained.toFixed(0)} s in all for queries of abandoned requests to finish`);
  // The same resolvers in this process over Bolt, without HTTP and GraphQL: the database's share.
  const { search, neighbourhood } = await import('../server/serve/resolvers/graph.ts');
  const direct = async (op: string, items: string[], call: (x: string) => Promise<unknown>) => {
    for (const x of items.slice(0, 100)) await call(x);
    const times: number[] = [];
    for (const x of items.slice(1_000, 1_400)) {
      const t = performance.now();
      await call(x);
      times.push(performance.now() - t);
    }
    const sorted = Float64Array.from(times).sort();
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
    rows.push({ op, kind: 'resolver over Bolt', c: 1, requests: times.length, rps: NaN, p50, p95, p99, errors: 0, meanBytes: NaN });
  };
  await direct('search', g.workload.terms, (t) => search(store, { text: t }));
  await direct('neighbourhood', g.workload.entityIds, (id) => neighbourhood(store, { ids: [id], depth: 2 }));
  const find = (op: string, kind: string, c: number) => rows.find((r) => r.op === op && r.kind === kind && r.c === c);
  const ratios = rows
    .filter((r) => r.kind === 'ours' && find(r.op, 'neo4j-graphql', r.c))
    .map((r) => ({ op: r.op, c: r.c, ratio: r.rps / (find(r.op, 'neo4j-graphql', r.c)?.rps ?? NaN) }));
  const main = ratios.filter((r) => r.op !== 'neighbourhood (hubs)');
  summary.ratio = Math.exp(main.reduce((s, r) => s + Math.log(r.ratio), 0) / main.length);
  summary.searchP95 = find('search', 'ours', 1)?.p95 ?? NaN;
  summary.hoodP95 = find('neighbourhood', 'ours', 1)?.p95 ?? NaN;
  print(
    table(`Latency over HTTP at ${fmt(g.nodes, 0)} nodes (ms; ${args.seconds} s per row after ${args.warmupSeconds} s warm-up; load average ${loadBefore} → ${load1()} on ${os.cpus().length} cores)`,
      ['operation', 'server', 'conc', 'req/s', 'p50', 'p95', 'p99', 'errors', 'bytes/resp', 'ours/theirs'],
      rows.map((r) => [r.op, r.kind, r.c, fmt(r.rps, 1), fmt(r.p50, 2), fmt(r.p95, 2), fmt(r.p99, 2), r.errors, fmt(r.meanBytes, 0),
        r.kind === 'ours' ? ratioText(ratios.find((x) => x.op === r.op && x.c === r.c)?.ratio) : '']),
    ),
  );
  print('targets at 1M nodes, concurrency 1: search p95 < 10 ms, neighbourhood p95 < 20 ms, entities and relations p95 < 50 ms');

  // The product's own queries under PROFILE, for a few typical and a few hub requests.
  const { profileCalls } = await import('./profile.ts');
  const w = g.workload;
  const cases: [string, (s: Store) => Promise<unknown>][] = [
    ...[w.terms[0], w.terms[3], w.terms.find((t) => t.length <= 6) ?? w.terms[1]].map(
      (t) => [`search "${t}"`, (s: Store) => search(s, { text: t })] as [string, (s: Store) => Promise<unknown>],
    ),
    ...[w.entityIds[0], w.hubIds[0], w.hubIds[5]].map(
      (id) => [`neighbourhood ${id}`, (s: Store) => neighbourhood(s, { ids: [id], depth: 2 })] as [string, (s: Store) => Promise<unknown>],
    ),
  ];
  const profiled: (string | number)[][] = [];
  for (const [label, call] of cases) {
    await call(store);
    await profileCalls(store, call); // the first PROFILE run also plans each query: keep the second
    for (const q of await profileCalls(store, call)) profiled.push([label, q.query.slice(0, 60), fmt(q.ms, 0), fmt(q.dbHits, 0), q.top[0] ?? '']);
  }
  print(table('PROFILE of the product queries (server-side ms, db hits, busiest operator)', ['request', 'query', 'ms', 'db hits', 'busiest operator'], profiled));
  const { neighbourhoodAnatomy, searchAnatomy } = await import('./anatomy.ts');
  const parts = [...(await searchAnatomy(store, w.terms.slice(1_000, 1_400))), ...(await neighbourhoodAnatomy(store, w.entityIds.slice(1_000, 1_330)))];
  print(table('Where the time goes, over Bolt from this process (ms)', ['part', 'calls', 'p50', 'p95', 'ms/request'], parts.map((p) => [p.part, p.calls, fmt(p.p50, 2), fmt(p.p95, 2), fmt(p.msPerRequest, 2)])));

  await drain(store);
  log(`soak: mixed load at concurrency 32 for ${args.soakSeconds} s`);
  const s = await soak(ours, w, args.soakSeconds);
  print(
    table('Server memory (child process, /proc VmRSS) under mixed load, concurrency 32', ['figure', 'value', 'target'], [
      ['RSS idle after start (MB)', fmt(rssIdle, 0), ''],
      ['RSS at start of soak (MB)', fmt(s.rssStart, 0), ''],
      ['RSS peak during soak (MB, sampled every 250 ms)', fmt(s.rssPeak, 0), '< 500'],
      ['RSS high-water mark (VmHWM, MB)', fmt(s.hwm, 0), '< 500'],
      ['RSS at end (MB)', fmt(s.rssEnd, 0), ''],
      ['requests / req/s', `${fmt(s.requests, 0)} / ${fmt(s.rps, 1)}`, ''],
      ['p50 / p95 / p99 (ms)', `${fmt(s.p50, 1)} / ${fmt(s.p95, 1)} / ${fmt(s.p99, 1)}`, ''],
      ['errors', String(s.errors), '0'],
    ]),
  );
  await cleanup.now('scale');
}

async function main() {
  print(`bench: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!args.skipIngest) await ingestPart();
  if (!args.skipScale) await scalePart();
  else if (exportRuns.length) printExport();
  const n = (v: number, d: number) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
  console.log(
    `bench: ingest=${n(summary.ingest, 1)} extract=${n(summary.extract, 0)} search_p95=${n(summary.searchP95, 2)} ` +
      `neighbourhood_p95=${n(summary.hoodP95, 2)} entities_p95=${n(summary.entitiesP95, 2)} relations_p95=${n(summary.relationsP95, 2)} vs_neo4j_graphql=${Number.isFinite(summary.ratio) ? `${summary.ratio.toFixed(2)}x` : 'n/a'} nodes=${n(summary.nodes, 0)} ` +
      `export_graphml_s=${n(summary.exportSeconds, 1)} export_peak_rss_mb=${n(summary.exportRss, 0)}`,
  );
}

let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    log(`${signal}: stopping what was started`);
    void cleanup.all().then(() => process.exit(130));
  });
}
try {
  await main();
} catch (err) {
  process.exitCode = 1;
  console.error(err instanceof Error ? err.stack : err);
} finally {
  await cleanup.all();
}
