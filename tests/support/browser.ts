import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Running } from '../../server/app.ts';
import { gql } from './graph.ts';

// Chromium against a running server: pages with the explorer's test hooks, screenshots, corpus loading.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.resolve('tests/screenshots');

export type Win = Window & {
  __cy: import('cytoscape').Core;
  __kg: { ready: Promise<void>; settled: () => Promise<unknown> };
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page on the explorer, English unless `locale` says otherwise, waited until its view has loaded. */
export async function openExplorer(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...options });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as unknown as Win).__kg));
  await page.evaluate(() => (window as unknown as Win).__kg.ready);
  return page;
}

export const settled = (page: Page) => page.evaluate(() => (window as unknown as Win).__kg.settled().then(() => undefined));

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Loads the news corpus's articles (`../shared/corpus/dev`) through the API; returns how many loaded. */
export async function loadCorpus(app: Running, max = 60): Promise<number> {
  const dir = path.resolve('../shared/corpus/dev');
  if (!fs.existsSync(dir)) return 0;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, max);
  let loaded = 0;
  for (const f of files) {
    const r = await gql(app.url, 'mutation($t: String!) { ingestArticle(text: $t) { article { id } } }', { t: fs.readFileSync(path.join(dir, f), 'utf8') });
    if (!r.errors) loaded++;
  }
  return loaded;
}

/** Runs an example view from the toolbar and waits for its layout. */
export async function runExample(page: Page, name: string, ready: () => boolean): Promise<void> {
  await page.getByRole('button', { name: `Example view: ${name}` }).click();
  await page.waitForFunction(ready);
  await settled(page);
}
