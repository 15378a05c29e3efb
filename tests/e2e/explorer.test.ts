import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { startTestServer } from '../support/graph.ts';
import { searchAndChoose } from '../support/explorer.ts';

// The explorer in Chromium against the real server and a real Neo4j with the seed article loaded.

const SHOTS = path.resolve('tests/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: Running;
let browser: Browser;

type Win = Window & {
  __cy: import('cytoscape').Core;
  __kg: { ready: Promise<void>; settled: () => Promise<unknown> };
};

async function open(url = `${app.url}/`): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as unknown as Win).__kg));
  await page.evaluate(() => (window as unknown as Win).__kg.ready);
  return page;
}

const nodeIds = (page: Page) => page.evaluate(() => (window as unknown as Win).__cy.nodes().map((n) => n.id()).sort());
const settled = (page: Page) => page.evaluate(() => (window as unknown as Win).__kg.settled().then(() => undefined));

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function runCstoExample(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Example view: CSTO members sending troops' }).click();
  await page.waitForFunction(() => {
    const cy = (window as unknown as Win).__cy;
    return ['RU', 'BY', 'TJ', 'KG'].every((c) => cy.getElementById(`SENDS_TROOPS_TO|country:${c}|country:KZ`).nonempty());
  });
  await settled(page);
  return Date.now() - t0;
}

beforeAll(async () => {
  buildClientIfStale();
  app = await startTestServer({ seed: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('explorer in Chromium', () => {
  it('search "Tokajev" puts the person on the canvas', async () => {
    const page = await open();
    const id = await searchAndChoose(page, 'Tokajev');
    const node = await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).data(), id);
    expect(node.type).toBe('PERSON');
    expect(node.name).toMatch(/Toka[jy]ev/);
    // Selecting it opened the details panel with the name set as text.
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Toka[jy]ev/);
    await shot(page, 'search-tokajev');
    await page.close();
  });

  it('double-clicking Kazakhstan expands its neighbourhood', async () => {
    const page = await open();
    const id = await searchAndChoose(page, 'Kasakhstan');
    expect(id).toBe('country:KZ');
    expect(await nodeIds(page)).toEqual(['country:KZ']);
    const at = await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').renderedPosition());
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes().length > 3);
    await settled(page);
    const ids = await nodeIds(page);
    expect(ids).toContain('person:kassym-jomart-tokajev');
    expect(ids.some((n) => n.startsWith('article:'))).toBe(true);
    const edges = await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').connectedEdges().length);
    expect(edges).toBeGreaterThan(3);
    await shot(page, 'expand-kazakhstan');
    await page.close();
  });

  let sharedUrl = '';
  let sharedIds: string[] = [];

  it('the CSTO example shows the members sending troops to Kazakhstan', async () => {
    const page = await open();
    const ms = await runCstoExample(page);
    console.log(`CSTO view on the canvas after ${ms} ms`);
    const ids = await nodeIds(page);
    for (const id of ['org:csto', 'country:KZ', 'country:RU', 'country:BY', 'country:TJ', 'country:KG']) expect(ids).toContain(id);
    const labels = await page.evaluate(() =>
      ['RU', 'BY', 'TJ', 'KG', 'KZ'].map((c) => (window as unknown as Win).__cy.getElementById(`country:${c}`).data('label')),
    );
    expect(labels).toEqual(['Russland', 'Hviterussland', 'Tadsjikistan', 'Kirgisistan', 'Kasakhstan']);
    // The URL has caught up with the view.
    await page.waitForFunction(() => location.search.includes('country:KG'));
    sharedUrl = page.url();
    sharedIds = ids;
    await shot(page, 'csto-view');
    await page.close();
  });

  it('a shared URL reproduces the view', async () => {
    expect(sharedUrl).toContain('ids=');
    const page = await open(sharedUrl);
    await page.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length >= n, sharedIds.length);
    expect(await nodeIds(page)).toEqual(sharedIds);
    const troops = await page.evaluate(() => (window as unknown as Win).__cy.edges('[type = "SENDS_TROOPS_TO"]').length);
    expect(troops).toBeGreaterThanOrEqual(4);
    await shot(page, 'shared-url');
    await page.close();
  });

  it('loading an article through the dialog puts its new entities on the canvas', async () => {
    const page = await open();
    const before = new Set(await nodeIds(page));
    await page.getByRole('button', { name: 'Load an article' }).click();
    await page.getByRole('textbox', { name: 'Article text' }).fill(
      [
        'Norge sender nødhjelp til Armenia',
        '',
        'Utenriksminister Anniken Huitfeldt sa mandag at Norge vil sende nødhjelp til Armenia etter jordskjelvet.',
        '',
        '– Vi står klare til å hjelpe, sa Huitfeldt til NRK.',
        '',
        'Røde Kors i Jerevan melder om store skader.',
      ].join('\n'),
    );
    await page.getByRole('textbox', { name: 'Source (optional)' }).fill('e2e');
    await page.locator('#ingest input[type=date]').fill('2023-03-04');
    await page.locator('#ingest button[type=submit]').click();
    const summary = page.getByTestId('ingest-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toMatch(/\d+ entities/);
    await shot(page, 'ingest-summary');
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes().length > 0);
    await settled(page);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await shot(page, 'ingest-article');
    const after = await nodeIds(page);
    const added = after.filter((id) => !before.has(id));
    expect(added.some((id) => id.startsWith('article:'))).toBe(true);
    expect(added.filter((id) => !id.startsWith('article:')).length).toBeGreaterThan(0);
    expect(added.some((id) => id.startsWith('statement:'))).toBe(true);

    // The date range now spans both articles; ending it before this one hides what only it supports.
    const visible = (id: string) => page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).visible(), id);
    const person = added.find((id) => id.startsWith('person:'))!;
    expect(await visible(person)).toBe(true);
    await page.getByRole('slider', { name: 'Latest month' }).focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((p) => !(window as unknown as Win).__cy.getElementById(p).visible(), person);
    expect(await visible(person)).toBe(false);
    expect(await visible(added.find((id) => id.startsWith('article:'))!)).toBe(false);
    await shot(page, 'date-range');
    await page.getByRole('button', { name: 'Show all dates' }).click();
    await page.waitForFunction((p) => (window as unknown as Win).__cy.getElementById(p).visible(), person);
    await page.waitForFunction(() => !location.search.includes('to='));
    await page.close();
  });

  it('shows GraphQL errors when an article cannot be loaded', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Load an article' }).click();
    await page.getByRole('textbox', { name: 'Article text' }).fill('x');
    await page.locator('#ingest input[type=date]').evaluate((el: HTMLInputElement) => {
      el.type = 'text';
      el.value = '2022-13-45';
    });
    await page.locator('#ingest button[type=submit]').click();
    const alert = page.locator('#ingest [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be loaded/);
    await page.close();
  });

  it('the load dialog keeps its fields after a failure and empties them after a load', async () => {
    const page = await open();
    const dialog = page.locator('#ingest');
    const fields = () =>
      Promise.all([
        page.getByRole('textbox', { name: 'Article text' }).inputValue(),
        page.getByRole('textbox', { name: 'Title (optional)' }).inputValue(),
        page.locator('#ingest input[type=date]').inputValue(),
        page.getByRole('textbox', { name: 'Source (optional)' }).inputValue(),
      ]);
    const text = 'Stortinget vedtok torsdag statsbudsjettet for neste år etter lange forhandlinger mellom partiene i Oslo.';
    await page.getByRole('button', { name: 'Load an article' }).click();
    await page.getByRole('textbox', { name: 'Article text' }).fill(text);
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('<b>Budsjettet</b>');
    await page.locator('#ingest input[type=date]').fill('2023-11-30');
    await page.getByRole('textbox', { name: 'Source (optional)' }).fill('NTB');
    await page.locator('#ingest button[type=submit]').click();
    // Refused (markup in the title): everything stays for the user to fix.
    await dialog.locator('[role=alert]').waitFor();
    expect(await fields()).toEqual([text, '<b>Budsjettet</b>', '2023-11-30', 'NTB']);

    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Budsjettet er vedtatt');
    await page.locator('#ingest button[type=submit]').click();
    const summary = page.getByTestId('ingest-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain('Budsjettet er vedtatt');
    await settled(page);
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    await page.getByRole('button', { name: 'Load an article' }).click();
    expect(await fields()).toEqual(['', '', '', '']);
    await page.close();
  });
});
