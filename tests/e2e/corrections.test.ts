import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot } from '../support/browser.ts';
import { nodeIds, open, runCstoExample, searchAndChoose, settled, useExplorer, type Win } from '../support/explorer.ts';

// Corrections from the panel in Chromium against the real server and Neo4j with the seed article: rename, retype,
// merge into a searched entity and retract a relation, each seen on the canvas and in the panel, and each undone
// from the notice it leaves (a revert on the server).

const x = useExplorer();

const panel = (page: Page) => page.locator('#panel');
const title = (page: Page) => page.locator('#panel-title').textContent();
const nodeData = (page: Page, id: string) => page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).data() as Record<string, unknown> | undefined, id);

/** Opens the panel's correction controls (they stay open when the panel is drawn again for the same entity). */
async function openCorrections(page: Page): Promise<void> {
  const details = panel(page).locator('details.corrections');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await panel(page).getByText('Correct this entity').click();
}

/** Clicks the notice's Undo and waits for the revert to be reported. */
async function undo(page: Page): Promise<void> {
  await page.getByTestId('notice-info').getByRole('button', { name: 'Undo' }).click();
  await page.getByTestId('notice-info').getByText('The correction is undone.').waitFor();
  await settled(page);
}

describe('corrections from the panel', { timeout: 300_000 }, () => {
  it('renames and retypes an entity, the canvas and panel follow, and Undo gives each back', async () => {
    const page = await open(x);
    const id = await searchAndChoose(page, 'Ivar Dale');
    expect(id).toBe('person:ivar-dale');
    await expect.poll(() => title(page)).toBe('Ivar Dale');
    await openCorrections(page);

    await panel(page).getByRole('textbox', { name: 'Name' }).fill('Ivar Dale (Helsingforskomiteen)');
    await panel(page).getByRole('button', { name: 'Rename' }).click();
    await page.getByTestId('notice-info').getByText('Renamed.').waitFor();
    await expect.poll(() => title(page)).toBe('Ivar Dale (Helsingforskomiteen)');
    expect((await nodeData(page, id))?.name).toBe('Ivar Dale (Helsingforskomiteen)');
    await shot(page, 'correction-rename');
    await undo(page);
    await expect.poll(() => title(page)).toBe('Ivar Dale');
    expect((await nodeData(page, id))?.name).toBe('Ivar Dale');

    await openCorrections(page);
    await panel(page).getByRole('combobox', { name: 'Type' }).selectOption('ORGANISATION');
    await panel(page).getByRole('button', { name: 'Change type' }).click();
    await page.getByTestId('notice-info').getByText('Type changed.').waitFor();
    await expect.poll(async () => (await nodeData(page, id))?.type).toBe('ORGANISATION');
    await undo(page);
    await expect.poll(async () => (await nodeData(page, id))?.type).toBe('PERSON');
    await page.close();
  });

  it('merges an entity into one found by search, and Undo parts them again', async () => {
    const page = await open(x);
    page.on('dialog', (d) => void d.accept());
    const into = await searchAndChoose(page, 'Tokajev');
    const id = await searchAndChoose(page, 'Ivar Dale');
    await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).emit('tap'), id);
    await expect.poll(() => title(page)).toBe('Ivar Dale');
    await openCorrections(page);
    await panel(page).getByRole('searchbox', { name: 'Merge into' }).fill('Tokajev');
    const hit = panel(page).locator(`.merge-hits button[data-id="${into}"]`);
    await hit.click();
    await page.getByTestId('notice-info').getByText('Merged.').waitFor();
    await settled(page);

    // Ivar Dale is gone from the canvas; the entity he was merged into is selected, with his name as an alias.
    expect(await nodeIds(page)).not.toContain(id);
    expect(await nodeIds(page)).toContain(into);
    await expect.poll(() => title(page)).toMatch(/Toka[jy]ev/);
    await expect.poll(() => panel(page).textContent()).toContain('Ivar Dale');

    await undo(page);
    await expect.poll(() => nodeIds(page)).toContain(id);
    const search = await page.evaluate(async () => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "person:ivar-dale") { id name } }' }) });
      return (await r.json()).data.entity;
    });
    expect(search).toEqual({ id, name: 'Ivar Dale' });
    await page.close();
  });

  it('retracts a relation from its panel, and Undo brings it back', async () => {
    const page = await open(x);
    page.on('dialog', (d) => void d.accept());
    await runCstoExample(page);
    const edge = 'SENDS_TROOPS_TO|country:RU|country:KZ';
    await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).emit('tap'), edge);
    await panel(page).getByRole('heading', { name: 'Evidence (1)' }).waitFor();
    await panel(page).getByRole('button', { name: 'Retract' }).click();
    await page.getByTestId('notice-info').getByText('Relation retracted.').waitFor();
    await expect.poll(() => page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).empty(), edge)).toBe(true);
    expect(await panel(page).isHidden()).toBe(true);
    await undo(page);
    await expect.poll(() => page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).nonempty(), edge)).toBe(true);
    await page.close();
  });
});
