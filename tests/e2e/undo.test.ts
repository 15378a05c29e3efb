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
