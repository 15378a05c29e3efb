import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { startTestServer } from './graph.ts';

// The explorer in Chromium against a real server: what the browser test files share.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Win = Window & {
  __cy: import('cytoscape').Core;
  __kg: {
    ready: Promise<void>;
    settled: () => Promise<unknown>;
    graph: { get(): { nodes: Map<string, unknown> }; set(v: unknown): void };
    history: { get(): { canUndo: boolean; canRedo: boolean; index: number } };
    layout: { get(): string };
    paths: { get(): { paths: { length: number; nodes: { id: string }[]; edges: { id: string; type: string }[] }[]; chosen: number; sentences: Map<string, string | null> } };
  };
};

export interface Explorer {
  app: Running;
  browser: Browser;
  close(): Promise<void>;
}

export async function startExplorer(env: Record<string, string> = {}): Promise<Explorer> {
  buildClientIfStale();
  const app = await startTestServer({ seed: true, env });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return { app, browser, close: async () => { await browser.close(); await app.close(); } };
}

/**
 * The explorer for a whole test file: started before its tests, closed after them. Call it at the top of the file;
 * the handle reads the running explorer when a test uses it.
 */
export function useExplorer(env: Record<string, string> = {}): Explorer {
  let running: Explorer | undefined;
  beforeAll(async () => {
    running = await startExplorer(env);
  }, 600_000);
  afterAll(async () => {
    await running?.close();
  });
  const get = (): Explorer => {
    if (!running) throw new Error('The explorer is not running: call useExplorer() at the top of the test file');
    return running;
  };
  return {
    get app() {
      return get().app;
    },
    get browser() {
      return get().browser;
    },
    close: () => get().close(),
  };
}

export async function open(x: Explorer, query = ''): Promise<Page> {
  const page = await x.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // The machine running the suite may be shared and slow: a generous wait, not a shorter test.
  page.setDefaultTimeout(120_000);
  await page.goto(`${x.app.url}/${query}`);
  await page.waitForFunction(() => Boolean((window as unknown as Win).__kg));
  await page.evaluate(() => (window as unknown as Win).__kg.ready);
  return page;
}

export const nodeIds = (page: Page) => page.evaluate(() => (window as unknown as Win).__cy.nodes().map((n) => n.id()).sort());
export const settled = (page: Page) => page.evaluate(() => (window as unknown as Win).__kg.settled().then(() => undefined));
export const historyIndex = (page: Page) => page.evaluate(() => (window as unknown as Win).__kg.history.get().index);

/** Waits until the history has recorded a step after `index`. */
export async function nextStep(page: Page, index: number): Promise<number> {
  await page.waitForFunction((i) => (window as unknown as Win).__kg.history.get().index > i, index);
  return historyIndex(page);
}

export async function runCstoExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Example view: CSTO members sending troops' }).click();
  await page.waitForFunction(() => {
    const cy = (window as unknown as Win).__cy;
    return ['RU', 'BY', 'TJ', 'KG'].every((c) => cy.getElementById(`SENDS_TROOPS_TO|country:${c}|country:KZ`).nonempty());
  });
  await settled(page);
}

/** Screen coordinates of a node, for mouse actions. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((want) => (window as unknown as Win).__cy.getElementById(want).renderedPosition(), id);
  const box = (await page.locator('#cy').boundingBox())!;
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Types into the search box and picks the first suggestion with the keyboard. */
export async function searchAndChoose(page: Page, text: string): Promise<string> {
  await page.fill('#search-input', text);
  const first = page.locator('#search-list li[data-id]').first();
  await first.waitFor();
  const id = (await first.getAttribute('data-id'))!;
  await page.press('#search-input', 'ArrowDown');
  await page.press('#search-input', 'ArrowUp');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction((want) => (window as unknown as Win).__cy.getElementById(want).nonempty(), id);
  await settled(page);
  return id;
}
