import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, runCstoExample, settled, startExplorer, type Explorer, type Win } from '../support/explorer.ts';

// The four layouts, run in a Web Worker, in Chromium against the real server.

let x: Explorer;
beforeAll(async () => {
  x = await startExplorer();
});
afterAll(async () => {
  await x?.close();
});

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
    const p = await positions(page);
    const centre = await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      const bb = cy.nodes().boundingBox({});
      const hub = cy.nodes().max((n) => n.degree(false)).ele;
      return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, hub: hub.id() };
    });
    const dist = (id: string) => Math.hypot(p[id].x - centre.x, p[id].y - centre.y);
    const others = Object.keys(p).filter((id) => id !== centre.hub);
    expect(others.every((id) => dist(id) >= dist(centre.hub))).toBe(true);

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

  it('2,000 nodes are added and laid out without a frame over 100 ms', async () => {
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
      w.__kg.graph.set({ nodes, edges, added: [], replaced: true });
      await w.__kg.settled();
      running = false;
      const placed = w.__cy.nodes().filter((n) => n.position().x !== 0 || n.position().y !== 0).length;
      return { frames, nodes: w.__cy.nodes().length, placed, workerMs: w.__kgLayout?.workerMs };
    }, 2000);
    expect(result.nodes).toBe(2000);
    expect(result.placed).toBeGreaterThan(1990);
    expect(result.workerMs).toBeGreaterThan(0);
    const sorted = [...result.frames].sort((a, b) => b - a);
    console.log(`2,000 nodes: ${result.frames.length} frames, slowest ${sorted[0].toFixed(0)} ms, layout in the worker ${result.workerMs} ms`);
    // On a loaded, shared machine one frame in a hundred may be stolen by other processes; the rest must hold.
    expect(sorted[Math.floor(sorted.length / 100)]).toBeLessThanOrEqual(100);
    await page.close();
  });
});
