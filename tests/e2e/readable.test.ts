import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { launch, loadCorpus, openExplorer, settled, shot, type Win } from '../support/browser.ts';
import { startTestServer, testStore } from '../support/graph.ts';

// Readability at a few hundred nodes, in Chromium against the real server and Neo4j: the news corpus loaded,
// the thirty most mentioned entities expanded one after another (up to 300 nodes), as an investigation would.

let app: Running;
let browser: Browser;
let hubs: string[] = [];

beforeAll(async () => {
  buildClientIfStale();
  app = await startTestServer({ seed: true });
  const loaded = await loadCorpus(app);
  console.log(`corpus articles loaded: ${loaded}`);
  const store = testStore();
  hubs = await store.read(async (tx) => {
    const r = await tx.run(`MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC, e.id LIMIT 30`);
    return r.records.map((x) => x.get('id') as string);
  });
  await store.close();
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const cyEval = <T, A>(page: Page, fn: (cy: import('cytoscape').Core, arg: A) => T, arg: A) =>
  page.evaluate(({ src, arg }) => new Function('cy', 'arg', `return (${src})(cy, arg)`)((window as unknown as Win).__cy, arg), { src: fn.toString(), arg }) as Promise<T>;

/** Expands each hub through the canvas's own double-tap handler, waiting for each expansion to land. */
async function investigate(page: Page, count: number): Promise<number> {
  for (const id of hubs.slice(0, count)) {
    if ((await cyEval(page, (cy) => cy.nodes().not('.badge').length, null)) >= 300) break;
    const before = await cyEval(page, (cy) => cy.nodes().length, null);
    await cyEval(page, (cy, want: string) => void cy.getElementById(want).emit('dbltap'), id);
    // Either new nodes arrive or the explorer says there was nothing new to show.
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length > n || /nothing new/.test(document.getElementById('status')!.textContent ?? ''), before);
    await settled(page);
  }
  return cyEval(page, (cy) => cy.nodes().not('.badge').length, null);
}

describe('readable at hundreds of nodes', () => {
  it('sizes nodes by article count, labels the important ones, groups leaf documents into badges', async () => {
    const page = await openExplorer(browser, `${app.url}/?ids=${hubs.join(',')}`);
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length >= n, hubs.length);
    // Four hubs: their statements and articles that hang on one of them alone are counted in badges.
    await investigate(page, 4);
    const badges = await cyEval(page, (cy) => cy.nodes('.badge').map((b) => ({ label: String(b.data('label')), members: (b.data('members') as string[]).length })), null);
    expect(badges.length).toBeGreaterThan(0);
    expect(badges[0]!.label).toMatch(/^\d+ (statements|articles)$/);
    expect(await cyEval(page, (cy) => cy.nodes('.grouped').length, null)).toBe(badges.reduce((sum, b) => sum + b.members, 0));
    // Opening a badge shows its documents.
    const opened = await cyEval(page, (cy) => {
      const badge = cy.nodes('.badge').first();
      const members = badge.data('members') as string[];
      badge.emit('tap');
      // The computed display, not visible(): Cytoscape caches the latter per element.
      const shown = members.filter((id) => cy.getElementById(id).style('display') !== 'none').length;
      const first = cy.getElementById(members[0]!);
      return { shown, of: members.length, badgeGone: cy.getElementById(badge.id()).empty(), exists: first.nonempty(), classes: first.classes(), display: first.style('display'), badges: cy.nodes('.badge').length };
    }, null);
    expect(opened).toMatchObject({ shown: opened.of, badgeGone: true });
    // Then the rest of the hubs: a dense investigation where most documents tie several nodes together.
    const n = await investigate(page, hubs.length);
    console.log(`investigation: ${n} nodes, ${await cyEval(page, (cy) => cy.edges().length, null)} edges`);
    expect(n).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Fit the graph to the screen' }).click();
    await page.waitForTimeout(300);
    const look = await cyEval(page, (cy) => {
      const entities = cy.nodes('.person, .organisation, .country, .location').not('.badge');
      const sized = entities.map((x) => ({ count: Number(x.data('articleCount') ?? 0), size: Number(x.data('size')) }));
      const visible = cy.nodes().not('.filtered, .grouped');
      const labelled = visible.filter((x) => x.style('label') !== '');
      const top = entities.sort((a, b) => Number(b.data('size')) - Number(a.data('size'))).slice(0, 3);
      return {
        sized,
        visible: visible.length,
        labelled: labelled.length,
        topLabelled: top.map((x) => x.hasClass('labelled')),
        badges: cy.nodes('.badge').map((b) => ({ label: String(b.data('label')), members: (b.data('members') as string[]).length })),
        grouped: cy.nodes('.grouped').length,
        edgeLabels: cy.edges().not('.filtered').filter((e) => e.style('label') !== '').length,
      };
    }, null);
    const most = look.sized.reduce((a, b) => (b.count > a.count ? b : a));
    const least = look.sized.reduce((a, b) => (b.count < a.count ? b : a));
    expect(most.size).toBeGreaterThan(least.size);
    expect(look.labelled).toBeLessThan(look.visible);
    expect(look.topLabelled).toEqual([true, true, true]);
    expect(look.edgeLabels).toBe(0);
    expect(look.grouped).toBe(look.badges.reduce((s, b) => s + b.members, 0));
    await shot(page, 'investigation');

    // Zooming in gives more of the nodes in view their label.
    const zoomedShare = await cyEval(page, (cy) => {
      cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      return null;
    }, null);
    expect(zoomedShare).toBeNull();
    await page.waitForTimeout(300);
    const share = await cyEval(page, (cy) => {
      const ext = cy.extent();
      const inView = cy.nodes(':visible').filter((x) => x.position().x > ext.x1 && x.position().x < ext.x2 && x.position().y > ext.y1 && x.position().y < ext.y2);
      return inView.filter((x) => x.hasClass('labelled')).length / Math.max(1, inView.length);
    }, null);
    expect(share).toBeGreaterThan(look.labelled / look.visible);

    await page.context().close();
  }, 300_000);

  it('hovering a node shows its card and label, hovering an edge its label; countries by full name', async () => {
    const page = await openExplorer(browser, `${app.url}/?ids=country:KZ,country:RU,person:kassym-jomart-tokajev`);
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes().length >= 3);
    await settled(page);
    const kz = await cyEval(page, (cy) => {
      const n = cy.getElementById('country:KZ');
      return { label: n.data('label'), badge: String(n.data('badge')), at: n.renderedPosition(), count: n.data('articleCount') };
    }, null);
    expect(kz.label).toBe('Kasakhstan');
    expect(kz.badge).toMatch(/^data:image\/svg\+xml/);
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + kz.at.x, box.y + kz.at.y);
    const card = page.locator('#hovercard');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Kasakhstan');
    expect(await card.textContent()).toContain(`Country · ${kz.count} articles`);
    await page.mouse.move(box.x + 2, box.y + 2);
    await card.waitFor({ state: 'hidden' });

    const edge = await cyEval(page, (cy) => {
      const e = cy.edges(':visible').first();
      return { id: e.id(), at: e.renderedMidpoint(), label: e.style('label') };
    }, null);
    expect(edge.label).toBe('');
    await page.mouse.move(box.x + edge.at.x, box.y + edge.at.y);
    await page.waitForFunction((id) => (window as unknown as Win).__cy.getElementById(id).style('label') !== '', edge.id);
    await page.context().close();
  });
});
