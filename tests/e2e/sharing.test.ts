import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open, runCstoExample, settled, useExplorer, type Win } from '../support/explorer.ts';

// Saved views and exports in Chromium against the real server and Neo4j.

const x = useExplorer();

describe('sharing', { timeout: 300_000 }, () => {
  it('a saved view reopens from a short link with its positions, zoom and selection', async () => {
    const context = await x.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${x.app.url}/`);
    await page.evaluate(() => (window as unknown as Win).__kg.ready);
    await runCstoExample(page);
    await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      cy.getElementById('country:KZ').position({ x: 1234, y: -321 });
      cy.viewport({ zoom: 0.8, pan: { x: 55, y: 66 } });
    });
    await page.getByRole('button', { name: 'Save this view on the server and copy a short link' }).click();
    await page.locator('#status').getByText(/saved view/i).waitFor();
    const link = /https?:\/\/\S+\?view=[\w-]+/.exec((await page.locator('#status pre').textContent())!)![0];
    expect(link.length).toBeLessThan(x.app.url.length + 30);
    const ids = await page.evaluate(() => (window as unknown as Win).__cy.nodes().map((n) => n.id()).sort());
    await context.close();

    const other = await open(x, link.slice(link.indexOf('?')));
    await other.waitForFunction((n) => (window as unknown as Win).__cy.nodes().length === n, ids.length);
    await settled(other);
    expect(await other.evaluate(() => (window as unknown as Win).__cy.nodes().map((n) => n.id()).sort())).toEqual(ids);
    const kz = await other.evaluate(() => (window as unknown as Win).__cy.getElementById('country:KZ').position());
    expect(kz).toEqual({ x: 1234, y: -321 });
    expect(await other.evaluate(() => (window as unknown as Win).__cy.zoom())).toBeCloseTo(0.8, 3);
    await other.close();
  });

  it('exports the whole graph as PNG at 2× and as SVG', async () => {
    const page = await open(x);
    await runCstoExample(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the view as PNG' }).click()]);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the graph as SVG' }).click()]);
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    const nodes = await page.evaluate(() => (window as unknown as Win).__cy.nodes(':visible').length);
    expect(text.match(/<g data-id=/g)?.length).toBe(nodes);
    expect(text).toContain('data-id="country:KZ"');
    expect(text).toContain('>Kasakhstan</text>'); // countries by their full name (the code is drawn inside the node)
    await page.close();
  });
});
