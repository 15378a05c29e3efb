import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { gql, startTestServer } from '../support/graph.ts';

// GraphiQL at /graphql in Chromium with every request off this machine blocked: it has to work offline,
// so its scripts, styles and editor workers come from our server.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UI_TIMEOUT = 20_000;

let app: Running;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Opened {
  page: Page;
  /** Requests that tried to leave the machine (all aborted). */
  outside: string[];
  /** Every request the page and its workers made. */
  requests: string[];
  /** Responses with an error status. */
  failed: string[];
  errors: string[];
}

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

async function openGraphiQL(): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const opened: Opened = { page: undefined as unknown as Page, outside: [], requests: [], failed: [], errors: [] };
  // On the context, so that the editor's workers are covered as well as the page.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    opened.outside.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (r) => opened.requests.push(r.url()));
  context.on('response', (r) => void (r.status() >= 400 && opened.failed.push(`${r.status()} ${r.url()}`)));
  const page = await context.newPage();
  page.on('pageerror', (e) => opened.errors.push(e.message));
  opened.page = page;
  await page.goto(`${app.url}/graphql`);
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: UI_TIMEOUT });
  return opened;
}

/** Monaco draws each line as spans with non-breaking spaces. */
const editorText = (page: Page, selector: string) =>
  page.locator(`${selector} .view-lines`).innerText().then((t) => t.replace(/\u00a0/g, ' '));

beforeAll(async () => {
  app = await startTestServer({ seed: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.close();
});

describe('GraphiQL offline', () => {
  it('the page is small and names only assets on this server', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>Nyhetsgraf GraphQL</title>');
    expect(html.length).toBeLessThan(10_000);
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const a of assets) {
      expect(a).toMatch(/^\/graphiql-assets\//);
      const r = await fetch(`${app.url}${a}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(r.status, a).toBe(200);
      expect(r.headers.get('cache-control'), a).toContain('immutable');
      await r.arrayBuffer();
    }
    expect((await fetch(`${app.url}/graphiql-assets/nothing.js`)).status).toBe(404);
  });

  it('renders the editor with every request off this machine blocked', async () => {
    const { page, outside, requests, failed, errors } = await openGraphiQL();
    await expect.poll(() => page.locator('.graphiql-query-editor .view-lines').count()).toBe(1);
    expect(await page.locator('.graphiql-execute-button').isVisible()).toBe(true);
    const assets = () => requests.filter((u) => u.includes('/graphiql-assets/')).map((u) => u.slice(u.lastIndexOf('/') + 1));
    expect(assets()).toEqual(expect.arrayContaining(['graphiql.js', 'graphiql.css']));
    // Monaco's GraphQL language service runs in a worker, also from this server.
    await expect.poll(assets, { timeout: UI_TIMEOUT }).toContain('graphql.worker.js');
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the docs explorer shows Query and its search field', async () => {
    const { page, outside } = await openGraphiQL();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor({ timeout: UI_TIMEOUT });
    // The root types appear once introspection has answered.
    await docs.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click({ timeout: UI_TIMEOUT });
    const search = docs.locator('.graphiql-doc-explorer-field-name', { hasText: /^search$/ });
    await search.first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => docs.innerText()).toContain('Full-text search over names and aliases');
    await search.first().click();
    await expect.poll(() => docs.locator('.graphiql-doc-explorer-title').innerText()).toBe('search');
    expect(outside).toEqual([]);
  });

  it('runs { stats { nodes } } and shows the result', async () => {
    const want = (await gql<{ stats: { nodes: number } }>(app.url, '{ stats { nodes } }')).data!.stats.nodes;
    expect(want).toBeGreaterThan(0);
    const { page, outside, errors } = await openGraphiQL();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ stats { nodes } }');
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('{ stats { nodes } }');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => editorText(page, '.graphiql-response'), { timeout: UI_TIMEOUT })
      .toMatch(new RegExp(`"nodes":\\s*${want}\\b`));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
