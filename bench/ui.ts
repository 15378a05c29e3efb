import { chromium, type Page } from 'playwright-core';
import { freePort, startLocalNeo4j } from '../server/store/local-neo4j.ts';
import { Cleanup, tempDir } from './util.ts';

// `npm run bench:ui`: the explorer in headless Chromium against a real server and Neo4j. Prints the slowest
// frame while 2,000 nodes are added and laid out, the CSTO view's time to edges (warm), and panning frames
// per second at 2,000 nodes, then one summary line.

process.env.LOG_LEVEL ??= 'warn';
const NODES = Number(process.env.BENCH_UI_NODES ?? 2000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cleanup = new Cleanup();
const log = (msg: string) => process.stderr.write(`[bench:ui] ${msg}\n`);

type Win = Window & { __cy: import('cytoscape').Core; __kg: { ready: Promise<void>; settled(): Promise<unknown>; graph: { set(v: unknown): void } } };

async function openPage(url: string, page?: Page): Promise<Page> {
  await page!.goto(url);
  await page!.waitForFunction(() => Boolean((window as unknown as Win).__kg));
  await page!.evaluate(() => (window as unknown as Win).__kg.ready);
  return page!;
}

/** Milliseconds from the example's button to its troop edges on the canvas. */
async function cstoTimeToEdges(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cy = (window as unknown as Win).__cy;
    const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Example view: CSTO members sending troops')!;
    const t0 = performance.now();
    button.click();
    await new Promise<void>((resolve) => {
      const check = () => (['RU', 'BY', 'TJ', 'KG'].every((c) => cy.getElementById(`SENDS_TROOPS_TO|country:${c}|country:KZ`).nonempty()) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  });
}

/** Puts a generated graph of `n` nodes on the canvas and returns the slowest frame until its layout is applied. */
async function slowestFrameWhileLaidOut(page: Page, n: number): Promise<{ setMs: number; slowest: number; over: number; frames: number; p95: number; ms: number; workerMs: number }> {
  return page.evaluate(async (count) => {
    const w = window as unknown as Win & { __kgLayout?: { workerMs?: number } };
    const nodes = new Map();
    const edges = new Map();
    for (let i = 0; i < count; i++) nodes.set(`person:b${i}`, { id: `person:b${i}`, type: 'PERSON', name: `Person ${i}`, code: null, aliases: [] });
    // A sparse random graph with a few hubs, about as dense as expanded news neighbourhoods.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 1; i < count; i++) {
      const j = rnd() < 0.3 ? Math.floor(rnd() * 20) : Math.floor(rnd() * i);
      const id = `MEMBER_OF|person:b${i}|person:b${j}`;
      edges.set(id, { id, type: 'MEMBER_OF', source: `person:b${i}`, target: `person:b${j}`, title: null, weight: 1, reference: false, articleIds: [], confidence: null });
    }
    const frames: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (t: number) => {
      frames.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => ((last = t), requestAnimationFrame(tick)));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    w.__kg.graph.set({ nodes, edges, added: [], replaced: true });
    const setMs = performance.now() - t0;
    await w.__kg.settled();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
    running = false;
    const sorted = [...frames].sort((a, b) => a - b);
    const slowest = sorted.at(-1) ?? 0;
    const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0;
    return { setMs, slowest, over: frames.filter((f) => f > 100).length, frames: frames.length, p95, ms, workerMs: w.__kgLayout?.workerMs ?? NaN };
  }, n);
}

/** Frames per second while the user drags the canvas for `seconds` (a real mouse drag, as panning is). */
async function panningFps(page: Page, seconds = 3): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const count = () => ((w.__frames += 1), requestAnimationFrame(count));
    requestAnimationFrame(count);
  });
  const box = (await page.locator('#cy').boundingBox())!;
  // A corner: the fitted graph leaves a margin there, so the drag pans rather than moves a node.
  await page.mouse.move(box.x + 6, box.y + 6);
  await page.mouse.down();
  const t0 = Date.now();
  const start = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  for (let i = 0; Date.now() - t0 < seconds * 1000; i++) await page.mouse.move(box.x + 6 + (i % 100) * 3, box.y + 6 + (i % 50) * 2);
  const frames = (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - start;
  const elapsed = (Date.now() - t0) / 1000;
  await page.mouse.up();
  return frames / elapsed;
}

async function main(): Promise<void> {
  const { buildClientIfStale } = await import('../server/build-client.ts');
  buildClientIfStale();
  log('starting Neo4j');
  const neo = await startLocalNeo4j({ dataDir: tempDir(cleanup, false, 'ui'), port: await freePort(), heap: '512m', pageCache: '128m' });
  cleanup.add('neo4j', () => neo.stop());
  const { start } = await import('../server/app.ts');
  const { loadConfig } = await import('../server/config.ts');
  const app = await start(loadConfig({ ...process.env, NEO4J_URI: neo.uri, PORT: '0', HOST: '127.0.0.1', KG_SEED: '1' }));
  cleanup.add('server', () => app.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  cleanup.add('browser', () => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(180_000);
  // tsx keeps function names with a `__name` helper, which the functions sent to the page would miss.
  await page.addInitScript('globalThis.__name = (f) => f;');

  log('CSTO view, cold then warm');
  await openPage(`${app.url}/`, page);
  const cold = await cstoTimeToEdges(page);
  await openPage(`${app.url}/`, page);
  const warm = await cstoTimeToEdges(page);

  log(`${NODES} nodes: adding and laying out`);
  await openPage(`${app.url}/`, page);
  const layout = await slowestFrameWhileLaidOut(page, NODES);
  log('panning');
  const fps = await panningFps(page);

  const row = (what: string, value: string, target: string) => console.log(`${what.padEnd(52)} ${value.padStart(9)}  ${target}`);
  console.log(`\nExplorer in headless Chromium (${NODES} generated nodes)`);
  row('slowest frame while adding and laying out (ms)', layout.slowest.toFixed(0), 'target ≤ 100');
  row('  the change itself, before any frame (ms)', layout.setMs.toFixed(0), '');
  row('  frames over 100 ms, of all frames', `${layout.over} of ${layout.frames}`, '');
  row('  95th percentile frame (ms)', layout.p95.toFixed(0), '');
  row('  until the layout is applied (ms)', layout.ms.toFixed(0), '');
  row('  the layout itself, in the worker (ms)', String(layout.workerMs), '');
  row('CSTO view: time to edges, cold / warm (ms)', `${cold.toFixed(0)} / ${warm.toFixed(0)}`, 'target ≤ 300 warm');
  row('panning frames per second', fps.toFixed(1), 'target ≥ 30');
  console.log(`bench:ui: slowest_frame_ms=${layout.slowest.toFixed(0)} frames_over_100ms=${layout.over}/${layout.frames} csto_warm_ms=${warm.toFixed(0)} pan_fps=${fps.toFixed(1)} nodes=${NODES}`);
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => cleanup.all());
