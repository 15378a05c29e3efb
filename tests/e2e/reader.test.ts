import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from '../support/browser.ts';
import { nodeIds, open, runCstoExample, settled, startExplorer, type Explorer, type Win } from '../support/explorer.ts';

// The article reader in Chromium against the real server and Neo4j with the seed article: opened from an edge's
// evidence and from the panel's article list, mentions highlighted in their type's canvas colour and clickable,
// quotes marked with their speaker, the evidence sentence marked and in view, Esc closing it.

let x: Explorer;
beforeAll(async () => {
  x = await startExplorer();
}, 600_000);
afterAll(async () => {
  await x?.close();
});

const EDGE = 'SENDS_TROOPS_TO|country:RU|country:KZ';
const reader = (page: Page) => page.locator('#reader');
const mention = (page: Page, id: string) => reader(page).locator(`button.mention[data-entity="${id}"]`);
const selectedIds = (page: Page) => page.evaluate(() => (window as unknown as Win).__cy.nodes(':selected').map((n) => n.id()));
const underline = (page: Page, id: string) => mention(page, id).first().evaluate((el) => getComputedStyle(el).borderBottomColor);

async function selectEdge(page: Page, id: string): Promise<void> {
  await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).emit('tap'), id);
  await page.locator('#panel').getByRole('heading', { name: 'Evidence (1)' }).waitFor();
}

describe('the article reader', { timeout: 300_000 }, () => {
  it('opens from an edge evidence with the sentence marked, mentions in type colours and a quote with its speaker', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await selectEdge(page, EDGE);
    await page.locator('#panel').getByRole('button', { name: /^Read the article/ }).first().click();
    await reader(page).locator('.reader-text').waitFor();
    expect(await reader(page).getByRole('heading', { level: 2 }).textContent()).toMatch(/presidenten i Kasakhstan/);

    // The evidence sentence is marked and scrolled into the reader's view.
    const evidence = reader(page).locator('mark.evidence').first();
    expect(await reader(page).locator('.evidence, .in-evidence').allTextContents()).toContain('Russland');
    expect((await reader(page).locator('mark.evidence').allTextContents()).join('')).toMatch(/Nå har styrkene fra .*kommet til/);
    const seen = await evidence.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = document.getElementById('reader')!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(seen).toBe(true);

    // Mentions carry the canvas's colours: countries green, people blue, organisations orange (palette.ts).
    expect(await mention(page, 'country:RU').count()).toBeGreaterThan(0);
    expect(await underline(page, 'country:RU')).toBe('rgb(0, 158, 115)');
    expect(await underline(page, 'person:ivar-dale')).toBe('rgb(0, 114, 178)');
    expect(await underline(page, 'org:csto')).toBe('rgb(213, 94, 0)');
    expect(await mention(page, 'person:ivar-dale').first().textContent()).toBe('Ivar Dale');

    // The quote holding the evidence is Ivar Dale's, and says so.
    const quote = reader(page).locator('.quote', { hasText: 'Nå har styrkene fra Russland' });
    expect(await quote.getAttribute('data-speaker')).toBe('person:ivar-dale');
    expect(await quote.locator('.speaker').textContent()).toBe('— Ivar Dale');
    await shot(page, 'article-reader-evidence');
    await page.close();
  });

  it('selects a clicked mention on the canvas, adding it when absent, and closes on Esc', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await selectEdge(page, EDGE);
    await page.locator('#panel').getByRole('button', { name: /^Read the article/ }).first().click();
    await reader(page).locator('.reader-text').waitFor();
    expect(await nodeIds(page)).not.toContain('person:ivar-dale');

    // An entity already on the canvas is selected, nothing added.
    const before = (await nodeIds(page)).length;
    await mention(page, 'country:RU').first().click();
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('country:RU').selected());
    expect((await nodeIds(page)).length).toBe(before);

    // One that is not is put on the canvas and selected, its panel shown; the reader stays open beside it.
    await mention(page, 'person:ivar-dale').first().click();
    await page.waitForFunction(() => (window as unknown as Win).__cy.getElementById('person:ivar-dale').selected());
    expect(await selectedIds(page)).toEqual(['person:ivar-dale']);
    expect((await nodeIds(page)).length).toBe(before + 1);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Ivar Dale');
    expect(await reader(page).isVisible()).toBe(true);
    await settled(page);
    // It is brought into view beside the reader, not left under it.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const at = (window as unknown as Win).__cy.getElementById('person:ivar-dale').renderedPosition();
          const cy = document.getElementById('cy')!.getBoundingClientRect();
          const x = cy.left + at.x;
          return x > document.getElementById('reader')!.getBoundingClientRect().right && x < cy.right;
        }),
      )
      .toBe(true);
    await page.locator('#panel').getByRole('heading', { name: /^Mentioned in/ }).waitFor();
    await reader(page).locator('mark.evidence').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, 'article-reader');

    // Esc closes the reader first; the selection stays until the next Esc.
    await page.keyboard.press('Escape');
    await reader(page).waitFor({ state: 'hidden' });
    expect(await selectedIds(page)).toEqual(['person:ivar-dale']);
    await page.close();
  });

  it('opens from the panel list of articles that mention an entity, with no sentence marked', async () => {
    const page = await open(x);
    await runCstoExample(page);
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').emit('tap'));
    const list = page.locator('#panel li', { hasText: 'named' });
    await list.first().getByRole('button', { name: /^Read the article/ }).click();
    await reader(page).locator('.reader-text').waitFor();
    expect(await reader(page).locator('mark.evidence').count()).toBe(0);
    expect(await mention(page, 'country:KZ').count()).toBeGreaterThan(3);
    expect(await reader(page).locator('.quote .speaker').count()).toBeGreaterThan(0);
    await reader(page).getByRole('button', { name: 'Close the reader (Esc)' }).click();
    await reader(page).waitFor({ state: 'hidden' });
    await page.close();
  });
});
