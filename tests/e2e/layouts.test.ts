import { describe, expect, it } from 'vitest';
import { open, runCstoExample, settled, useExplorer, type Win } from '../support/explorer.ts';

// The four layouts, run in a Web Worker, in Chromium against the real server.

const x = useExplorer();

const positions = (page: import('playwright-core').Page) =>
  page.evaluate(() => Object.fromEntries((window as unknown as Win).__cy.nodes().map((n) => [n.id(), n.position()])));

async function choose(page: import('playwright-core').Page, label: string): Promise<{ layout: string; workerMs?: number }> {
  await page.evaluate(() => delete (window as unknown as { __kgLayout?: unknown }).__kgLayout);
  await page.getByRole('combobox', { name: 'Choose a layout and lay out the graph' }).selectOption({ label });
  await page.waitForFunction(() => Boolean((window as unknown as { __kgLayout?: unknown }).__kgLayout));
  await settled(page);
  return page.evaluate(() => (window as unknown as { __kgLayout: { layout: string; workerMs?: number } }).__kgLayout);
}

describe('layouts in a worker', { timeout: 300_000 }, () => {
  it('concentric puts the most connected node in the middle; hierarchy puts the selection on top; timeline orders by date', async () => {
    const page = await open(x);
    await runCstoExample(page);
    const report = await choose(page, 'Concentric by importance');
    expect(report.layout).toBe('concentric');
    expect(report.workerMs).toBeGreaterThanOrEqual(0);
    // The worker lays out round the origin: a node of higher degree (a level up) is never further out.
    const p = await positions(page);
    const degree = await page.evaluate(() => Object.fromEntries((window as unknown as Win).__cy.nodes().map((n) => [n.id(), n.degree(false)])));
    const dist = (id: string) => Math.hypot(p[id].x, p[id].y);
    const ids = Object.keys(p);
    for (const a of ids) for (const b of ids) if (degree[a] > degree[b] + 2) expect(dist(a)).toBeLessThan(dist(b));
    const hub = ids.reduce((best, id) => (degree[id] > degree[best] ? id : best));
    expect(dist(hub)).toBeLessThan(Math.max(...ids.map(dist)));

    // Hierarchy from the selection: CSTO on the first level, everything else below it.
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('org:csto').select());
    expect((await choose(page, 'Hierarchy from the selection')).layout).toBe('hierarchy');
    const h = await positions(page);
    expect(Object.entries(h).filter(([id]) => id !== 'org:csto').every(([, q]) => q.y > h['org:csto'].y)).toBe(true);

    // Timeline: the seed article is from 2022-01; the ingest test's article would be later. Undated nodes stay left.
    expect((await choose(page, 'Timeline (article dates)')).layout).toBe('timeline');
    const t = await positions(page);
    const xs = new Set(Object.values(t).map((q) => Math.round(q.x)));
    expect(xs.size).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as Win).__kg.layout.get())).toBe('timeline');

    // A layout is a history step: undo brings back the hierarchy's positions.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((y) => Math.abs((window as unknown as Win).__cy.getElementById('org:csto').position().y - y) < 1, h['org:csto'].y);
    await page.close();
  });

  // Frame times depend on the machine and its load (Cytoscape's own drawing dominates them on a busy one), so
  // the test compares in one run: the chunked path against adding and placing everything in one batch,
  // which is what froze the page. `npm run bench:ui` prints the absolute figures.
  it('2,000 nodes are added and laid out in chunks, each frame far shorter than one batch', async () => {
    const page = await open(x);
    const result = await page.evaluate(async (count) => {
      const w = window as unknown as Win & { __kgLayout?: { workerMs?: number } };
      const nodes = new Map();
      const edges = new Map();
      for (let i = 0; i < count; i++) nodes.set(`person:b${i}`, { id: `person:b${i}`, type: 'PERSON', name: `Person ${i}`, code: null, aliases: [] });
      for (let i = 1; i < count; i++) {
        const j = i % 7 === 0 ? i % 20 : Math.floor(i / 2);
        const id = `MEMBER_OF|person:b${i}|person:b${j}`;
        edges.set(id, { id, type: 'MEMBER_OF', source: `person:b${i}`, target: `person:b${j}`, title: null, weight: 1, reference: false, articleIds: [], confidence: null });
      }
      /** The slowest frame while `work` runs. */
      async function slowestFrame(work: () => Promise<unknown>): Promise<number> {
        let slowest = 0;
        let last = performance.now();
        let running = true;
        const tick = (t: number) => {
          slowest = Math.max(slowest, t - last);
          last = t;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => ((last = t), requestAnimationFrame(tick)));
        await new Promise((r) => setTimeout(r, 100));
        await work();
        await new Promise((r) => setTimeout(r, 200));
        running = false;
        return slowest;
      }
      const chunked = await slowestFrame(async () => {
        w.__kg.graph.set({ nodes, edges, added: [], replaced: true });
        await w.__kg.settled();
      });
      const placed = w.__cy.nodes().filter((n) => n.position().x !== 0 || n.position().y !== 0).length;
      const shown = w.__cy.nodes().length;
      // The same elements at the same positions, in one batch, on a canvas emptied outside the app.
      const defs = w.__cy.elements().jsons();
      w.__cy.elements().remove();
      await new Promise((r) => setTimeout(r, 300));
      const oneBatch = await slowestFrame(async () => {
        w.__cy.batch(() => void w.__cy.add(defs as never));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      return { chunked, oneBatch, nodes: shown, placed, workerMs: w.__kgLayout?.workerMs };
    }, 2000);
    console.log(`2,000 nodes: slowest frame ${result.chunked.toFixed(0)} ms in chunks, ${result.oneBatch.toFixed(0)} ms in one batch; layout in the worker ${result.workerMs} ms`);
    expect(result.nodes).toBe(2000);
    expect(result.placed).toBeGreaterThan(1990);
    expect(result.workerMs).toBeGreaterThan(0);
    expect(result.chunked).toBeLessThan(result.oneBatch * 0.6);
    await page.close();
  });
});
