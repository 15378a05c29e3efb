import { describe, expect, it } from 'vitest';
import { nodePoint, open, runCstoExample, useExplorer, type Win } from '../support/explorer.ts';

// Selection, bulk actions, the right-click menu and the shortcuts in Chromium.

const x = useExplorer();

const selected = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as Win).__cy.nodes(':selected').map((n) => n.id()).sort());

describe('selection and keys', { timeout: 300_000 }, () => {
  it('Ctrl-click and a box select several nodes; Delete hides them all; Esc clears', async () => {
    const page = await open(x);
    await runCstoExample(page);
    for (const id of ['country:RU', 'country:BY']) {
      const p = await nodePoint(page, id);
      await page.keyboard.down('Control');
      await page.mouse.click(p.x, p.y);
      await page.keyboard.up('Control');
    }
    expect(await selected(page)).toEqual(['country:BY', 'country:RU']);
    await page.keyboard.press('Escape');
    expect(await selected(page)).toEqual([]);

    // A Shift-drag box round the whole canvas selects every node.
    const box = (await page.locator('#cy').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const all = await page.evaluate(() => (window as unknown as Win).__cy.nodes(':visible').length);
    expect((await selected(page)).length).toBe(all);

    await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      cy.nodes().unselect();
      cy.$('#country\\:RU, #country\\:BY').select();
    });
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => (window as unknown as Win).__cy.$('#country\\:RU, #country\\:BY').empty());
    await page.close();
  });

  it('the right-click menu pins and expands the selection in bulk', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await page.evaluate(() => (window as unknown as Win).__cy.$('#country\\:RU, #country\\:BY').select());
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:RU').emit('cxttap'));
    await page.getByRole('menuitem', { name: 'Pin 2 selected' }).click();
    expect(await page.evaluate(() => (window as unknown as Win).__cy.nodes('.pinned').map((n) => n.id()).sort())).toEqual(['country:BY', 'country:RU']);
    // Pinned nodes keep their place through a re-layout.
    const before = await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:RU').position());
    await page.getByRole('button', { name: 'Lay out the graph again' }).click();
    await page.waitForFunction(() => Boolean((window as unknown as { __kgLayout?: unknown }).__kgLayout));
    await page.evaluate(() => (window as unknown as Win).__kg.settled());
    expect(await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:RU').position())).toEqual(before);

    const count = await page.evaluate(() => (window as unknown as Win).__cy.nodes().length);
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:RU').emit('cxttap'));
    await page.getByRole('menuitem', { name: 'Expand 2 selected' }).click();
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length > n, count);
    await page.close();
  });

  it('/ focuses search, f fits, ? opens the help, Esc closes it', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await page.locator('#cy').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as unknown as Win).__cy.viewport({ zoom: 0.1, pan: { x: 0, y: 0 } }));
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (window as unknown as Win).__cy.zoom())).toBeGreaterThan(0.1);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.textContent()).toContain('Undo');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.close();
  });
});
