import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { launch, openExplorer, settled, shot, type Win } from '../support/browser.ts';
import { gql, startTestServer } from '../support/graph.ts';

// Time in Chromium against the real server and Neo4j: the histogram counts the server's months, typed months
// filter the canvas through the server, and the panel follows the range.

let app: Running;
let browser: Browser;

beforeAll(async () => {
  buildClientIfStale();
  app = await startTestServer({ seed: true });
  // Two later articles about Kazakhstan (written for this test): the seed is from January 2022.
  for (const text of [
    ` date 2022-03-10\n\nRussland sender flere soldater til Kasakhstan, melder NTB.\n\n– Vi følger situasjonen nøye, sier forsker Kari Haugen ved NUPI til NTB.`,
    ` date 2022-03-24\n\nKasakhstans president Kassym-Jomart Tokajev møtte Russlands president i Moskva, skriver NTB.`,
  ]) {
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: text });
    expect(r.errors).toBeUndefined();
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const bars = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.histogram .bar')).map((b) => [b.dataset.month, Number(b.dataset.count), b.classList.contains('on')]);

describe('time', () => {
  it('draws articles per month and filters the canvas and the panel by typed months', async () => {
    const page = await openExplorer(browser, `${app.url}/?ids=country:KZ,country:RU&sel=country:KZ`);
    await page.waitForFunction(() => document.querySelectorAll('.histogram .bar').length === 3);
    expect(await page.evaluate(bars)).toEqual([
      ['2022-01', 1, true],
      ['2022-02', 0, true],
      ['2022-03', 2, true],
    ]);
    await settled(page);
    // Expand Kazakhstan through the canvas, then keep January only, typing the months.
    await page.evaluate(() => void (window as unknown as Win).__cy.getElementById('country:KZ').emit('dbltap'));
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes('.article').length >= 3);
    await settled(page);
    const mentions = await page.locator('#panel h3', { hasText: /Mentioned in/ }).textContent();
    expect(mentions).toContain('(3)');
    await page.locator('#range-to').fill('2022-01');
    await page.locator('#range-to').dispatchEvent('change');
    await page.waitForFunction(() => location.search.includes('to=2022-01-31'));
    // Articles outside the range are filtered out (those counted in a badge too); the seed's edges stay.
    const shownArticles = () => page.evaluate(() => (window as unknown as Win).__cy.nodes('.article').not('.filtered').length);
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes('.article').not('.filtered').length === 1);
    expect(await page.evaluate(() => (window as unknown as Win).__cy.getElementById('SENDS_TROOPS_TO|country:RU|country:KZ').visible())).toBe(true);
    expect(await page.evaluate(bars)).toEqual([
      ['2022-01', 1, true],
      ['2022-02', 0, false],
      ['2022-03', 2, false],
    ]);
    // The panel follows: one article mentions Kazakhstan in January, two others are outside.
    await expect.poll(() => page.locator('#panel h3', { hasText: /Mentioned in/ }).textContent()).toContain('(1)');
    expect(await page.getByTestId('outside-range').first().textContent()).toMatch(/2 outside the date range/);
    await shot(page, 'time-range');

    // A bar picks its month; "All dates" opens the range again.
    await page.locator('.histogram .bar[data-month="2022-03"]').click();
    await page.waitForFunction(() => location.search.includes('from=2022-03-01'));
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes('.article').not('.filtered').length === 2);
    expect(await shownArticles()).toBe(2);
    expect(await page.locator('#range-from').inputValue()).toBe('2022-03');
    await page.getByRole('button', { name: 'Show all dates' }).click();
    await page.waitForFunction(() => !location.search.includes('from='));
    await page.context().close();
  });
});
