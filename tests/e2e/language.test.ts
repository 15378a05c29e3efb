import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { launch, openExplorer, runExample, shot, type Win } from '../support/browser.ts';
import { startTestServer } from '../support/graph.ts';

// Language and colour scheme in Chromium against the real server: Bokmål for a Norwegian browser, a switch
// to English that keeps the view, and the dark theme on page and canvas.

let app: Running;
let browser: Browser;

beforeAll(async () => {
  buildClientIfStale();
  app = await startTestServer({ seed: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const troops = () => ['RU', 'BY', 'TJ', 'KG'].every((c) => (window as unknown as Win).__cy.getElementById(`SENDS_TROOPS_TO|country:${c}|country:KZ`).nonempty());

describe('language and theme', { timeout: 300_000 }, () => {
  it('speaks Bokmål to a Norwegian browser and switches to English keeping the view', async () => {
    const page = await openExplorer(browser, `${app.url}/`, { locale: 'nb-NO' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await page.getByRole('button', { name: 'Eksempelvisning: CSTO-land som sender soldater' }).click();
    await page.waitForFunction(troops);
    expect(await page.getByRole('button', { name: 'Last inn en artikkel' }).textContent()).toBe('Last inn artikkel…');
    expect(await page.locator('#sidebar h2').first().textContent()).toBe('Noder');
    expect(await page.locator('#search-input').getAttribute('placeholder')).toBe('Søk etter personer, organisasjoner, land…');
    // History, layouts, saved views, the canvas menu and the key help speak Bokmål too.
    expect(await page.getByRole('button', { name: 'Angre siste endring (Ctrl+Z)' }).textContent()).toBe('Angre');
    expect(await page.getByRole('combobox', { name: 'Velg en utforming og legg ut grafen' }).locator('option:checked').textContent()).toBe('Kraftbasert');
    expect(await page.getByRole('button', { name: 'Lagre denne visningen på tjeneren og kopier en kort lenke' }).textContent()).toBe('Lagre visning');
    await page.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').emit('cxttap'));
    await page.getByRole('menu', { name: 'Lerretsmeny' }).getByRole('menuitem', { name: 'Sti herfra' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    expect(await page.getByRole('dialog', { name: 'Hurtigtaster' }).textContent()).toContain('Gå gjennom visningshistorikken');
    await page.keyboard.press('Escape');
    await page.locator('#cy').hover({ position: { x: 5, y: 5 } });
    await shot(page, 'norwegian-ui');
    await page.waitForFunction(() => location.search.includes('country:KG'));

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && Boolean((window as unknown as Win).__kg));
    await page.evaluate(() => (window as unknown as Win).__kg.ready);
    await page.waitForFunction(troops);
    expect(await page.getByRole('button', { name: 'Load an article' }).textContent()).toBe('Load article…');
    expect(await page.locator('#sidebar h2').first().textContent()).toBe('Nodes');
    await page.context().close();
  });

  it('speaks English to other browsers', async () => {
    const page = await openExplorer(browser, `${app.url}/`, { locale: 'sv-SE' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Example view: Tokajev and his roles' }).waitFor();
    await page.context().close();
  });

  it('follows a dark colour scheme on the page and the canvas', async () => {
    const page = await openExplorer(browser, `${app.url}/`, { colorScheme: 'dark' });
    await runExample(page, 'CSTO members sending troops', troops);
    const look = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      body: getComputedStyle(document.body).backgroundColor,
      canvas: getComputedStyle(document.getElementById('cy')!).backgroundColor,
      label: (window as unknown as Win).__cy.getElementById('country:KZ').style('color'),
    }));
    expect(look.theme).toBe('dark');
    expect(look.body).toBe('rgb(21, 24, 28)');
    expect(look.canvas).toBe('rgb(27, 31, 36)');
    expect(look.label).toBe('rgb(236,236,236)');
    await shot(page, 'dark-theme');
    await page.context().close();
  });
});
