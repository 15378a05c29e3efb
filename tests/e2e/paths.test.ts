import { describe, expect, it } from 'vitest';
import { open, runCstoExample, useExplorer, type Win } from '../support/explorer.ts';

// Paths as lists of hops in Chromium: the relation filters are honoured and the canvas shows the chosen path.

const x = useExplorer();

async function pathBetween(page: import('playwright-core').Page, from: string, to: string): Promise<void> {
  for (const [id, item] of [[from, 'Path from here'], [to, 'Paths to here']]) {
    await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).emit('cxttap'), id);
    await page.getByRole('menuitem', { name: item }).click();
  }
}

describe('paths as lists of hops', { timeout: 300_000 }, () => {
  it('lists each path hop by hop with its sentence and highlights the chosen one', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await pathBetween(page, 'country:RU', 'country:KZ');
    const list = page.locator('.paths');
    await list.getByRole('button', { name: 'Show path 1', exact: true }).waitFor();
    const state = await page.evaluate(() => (window as unknown as Win).__kg.paths.get());
    expect(state.paths[0].edges.map((e) => e.id)).toEqual(['SENDS_TROOPS_TO|country:RU|country:KZ']);
    // The hop reads entity — relation — entity, with the sentence that says it.
    const firstHop = list.locator('.path-list > li.chosen .hops li').first();
    await expect.poll(() => firstHop.textContent(), { timeout: 120_000 }).toMatch(/Russland.*sends troops to.*Kasakhstan.*styrkene fra Russland/s);
    const highlighted = () => page.evaluate(() => (window as unknown as Win).__cy.elements('.path').map((e) => e.id()).sort());
    expect(await highlighted()).toEqual(['SENDS_TROOPS_TO|country:RU|country:KZ', 'country:KZ', 'country:RU']);
    // Another path: the canvas follows.
    expect(state.paths.length).toBeGreaterThan(1);
    await list.getByRole('button', { name: 'Show path 2' }).click();
    const second = state.paths[1];
    await expect.poll(highlighted).toEqual([...second.nodes.map((n) => n.id), ...second.edges.map((e) => e.id)].sort());
    await page.close();
  });

  it('honours the relation filters: with troops hidden, the paths go through the organisations', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await page.getByRole('checkbox', { name: 'Show sends troops to relations' }).uncheck();
    await pathBetween(page, 'country:RU', 'country:KZ');
    await page.locator('.paths').getByRole('button', { name: 'Show path 1', exact: true }).waitFor();
    const state = await page.evaluate(() => (window as unknown as Win).__kg.paths.get());
    expect(state.paths.length).toBeGreaterThan(0);
    for (const p of state.paths) for (const e of p.edges) expect(e.type).not.toBe('SENDS_TROOPS_TO');
    expect(state.paths.some((p) => p.nodes.some((n) => n.id === 'org:csto'))).toBe(true);
    await page.close();
  });
});
