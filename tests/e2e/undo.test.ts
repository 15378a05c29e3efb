import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { historyIndex, nextStep, nodeIds, nodePoint, open, runCstoExample, settled, useExplorer, type Win } from '../support/explorer.ts';

// Undo/redo and the view history in Chromium, against the real server and Neo4j.

const x = useExplorer();

async function expandByDoubleClick(page: Page, id: string): Promise<void> {
  const before = (await nodeIds(page)).length;
  const p = await nodePoint(page, id);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length > n, before);
  await settled(page);
}

describe('undo, redo and the view history', { timeout: 300_000 }, () => {
  it('Collapse removes exactly what its expand added, and keeps the view it started from', async () => {
    const page = await open(x);
    await runCstoExample(page);
    const original = await nodeIds(page);
    await expandByDoubleClick(page, 'country:KZ');
    const expanded = await nodeIds(page);
    expect(expanded.length).toBeGreaterThan(original.length);
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').emit('cxttap'));
    await page.getByRole('menuitem', { name: 'Collapse (undo its expand)' }).click();
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, original.length);
    expect(await nodeIds(page)).toEqual(original);
    await page.close();
  });

  it('Ctrl+Z, Ctrl+Shift+Z, the toolbar buttons and Back/Forward walk the same steps', async () => {
    const page = await open(x);
    const start = await historyIndex(page);
    await runCstoExample(page);
    const csto = await nodeIds(page);
    const afterCsto = await nextStep(page, start);
    await expandByDoubleClick(page, 'country:KZ');
    const expanded = await nodeIds(page);
    const afterExpand = await nextStep(page, afterCsto);
    // Hide one node with Delete.
    await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      cy.nodes().unselect();
      cy.getElementById('country:RU').select();
    });
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:RU').empty());
    const afterHide = await nextStep(page, afterExpand);
    const positionBefore = await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').position());

    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:RU').nonempty());
    expect(await nodeIds(page)).toEqual(expanded);
    expect(await historyIndex(page)).toBe(afterExpand);

    await page.getByRole('button', { name: 'Undo the last change (Ctrl+Z)' }).click();
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, csto.length);
    expect(await nodeIds(page)).toEqual(csto);

    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, expanded.length);
    expect(await nodeIds(page)).toEqual(expanded);

    await page.getByRole('button', { name: 'Redo (Ctrl+Shift+Z)' }).click();
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:RU').empty());
    expect(await historyIndex(page)).toBe(afterHide);
    await settled(page);
    // Restored steps come back where they stood, without a new layout.
    const positionAfter = await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').position());
    expect(positionAfter.x).toBeCloseTo(positionBefore.x, 0);
    expect(positionAfter.y).toBeCloseTo(positionBefore.y, 0);

    await page.goBack();
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:RU').nonempty());
    await page.goBack();
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, csto.length);
    await page.goForward();
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, expanded.length);
    // A new change after undoing drops the steps that were undone.
    await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      cy.nodes().unselect();
      cy.getElementById('country:BY').select();
    });
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:BY').empty());
    await page.waitForFunction(() => (window as unknown as Win).__kg.history.get().canRedo === false);
    expect(await page.getByRole('button', { name: 'Redo (Ctrl+Shift+Z)' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('hundreds of elements, added a chunk per frame, are one step; undo and redo bring them back shown and placed', async () => {
    const page = await open(x);
    const start = await historyIndex(page);
    await runCstoExample(page);
    const csto = await nodeIds(page);
    const afterCsto = await nextStep(page, start);
    // 400 nodes and 399 edges: far more than one frame's chunk, so the canvas adds them over many frames.
    await page.evaluate(() => {
      const nodes = new Map();
      const edges = new Map();
      for (let i = 0; i < 400; i++) nodes.set(`person:u${i}`, { id: `person:u${i}`, type: 'PERSON', name: `Person ${i}`, code: null, aliases: [] });
      for (let i = 1; i < 400; i++) {
        const id = `MEMBER_OF|person:u${i}|person:u${Math.floor(i / 3)}`;
        edges.set(id, { id, type: 'MEMBER_OF', source: `person:u${i}`, target: `person:u${Math.floor(i / 3)}`, title: null, weight: 1, reference: true, articleIds: [], confidence: null });
      }
      (window as unknown as Win).__kg.graph.set({ nodes, edges, added: [], replaced: true });
    });
    await settled(page);
    const afterAdd = await nextStep(page, afterCsto);
    expect(afterAdd).toBe(afterCsto + 1);
    const shown = () =>
      page.evaluate(() => {
        const cy = (window as unknown as Win).__cy;
        return { arriving: cy.elements('.arriving').length, nodes: cy.nodes().length, edges: cy.edges().length, spots: new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`)).size };
      });
    expect(await shown()).toEqual({ arriving: 0, nodes: 400, edges: 399, spots: 400 });
    const placed = await page.evaluate(() => Object.fromEntries((window as unknown as Win).__cy.nodes().map((n) => [n.id(), n.position()])));
    // No second step trails the first.
    await page.waitForTimeout(500);
    expect(await historyIndex(page)).toBe(afterAdd);

    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, csto.length);
    expect(await nodeIds(page)).toEqual(csto);
    expect(await historyIndex(page)).toBe(afterCsto);

    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes().length === 400);
    await settled(page);
    expect(await shown()).toEqual({ arriving: 0, nodes: 400, edges: 399, spots: 400 });
    const back = await page.evaluate(() => Object.fromEntries((window as unknown as Win).__cy.nodes().map((n) => [n.id(), n.position()])));
    for (const id of Object.keys(placed)) expect(Math.hypot(back[id].x - placed[id].x, back[id].y - placed[id].y)).toBeLessThan(1);
    expect(await historyIndex(page)).toBe(afterAdd);
    await page.close();
  });

  it('a filter change is a step of its own', async () => {
    const page = await open(x);
    await runCstoExample(page);
    const at = await nextStep(page, 0);
    await page.getByRole('checkbox', { name: 'Show member of relations' }).uncheck();
    await nextStep(page, at);
    const hidden = () => page.evaluate(() => (window as unknown as Win).__cy.edges('.filtered[type = "MEMBER_OF"]').length);
    expect(await hidden()).toBeGreaterThan(0);
    await page.keyboard.press('z');
    await page.waitForFunction(() => (window as unknown as Win).__cy.edges('.filtered[type = "MEMBER_OF"]').length === 0);
    expect(await page.getByRole('checkbox', { name: 'Show member of relations' }).isChecked()).toBe(true);
    await page.close();
  });
});
