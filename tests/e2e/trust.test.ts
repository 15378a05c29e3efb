import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/app.ts';
import { buildClientIfStale } from '../../server/build-client.ts';
import { launch, openExplorer, runExample, shot, type Win } from '../support/browser.ts';
import { startTestServer } from '../support/graph.ts';

// Trust on screen, in Chromium against the real server and Neo4j with the seed article: confidence as
// opacity and as a filter, reference facts dashed and text facts solid, and the CSTO view kept to its members.

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

const TROOPS = ['RU', 'BY', 'TJ', 'KG'].map((c) => `SENDS_TROOPS_TO|country:${c}|country:KZ`);
const allTroops = () => {
  const cy = (window as unknown as Win).__cy;
  return ['RU', 'BY', 'TJ', 'KG'].every((c) => cy.getElementById(`SENDS_TROOPS_TO|country:${c}|country:KZ`).nonempty());
};

describe('trust on screen', () => {
  it('the CSTO view holds CSTO, its members and their troop edges only', async () => {
    const page = await openExplorer(browser, `${app.url}/`);
    await runExample(page, 'CSTO members sending troops', allTroops);
    const view = await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      return {
        nodes: cy.nodes().not('.badge').map((n) => n.id()).sort(),
        types: [...new Set(cy.edges().map((e) => e.data('type') as string))].sort(),
        visibleTroops: cy.edges('[type = "SENDS_TROOPS_TO"]').filter((e) => e.visible()).map((e) => e.id()),
      };
    });
    expect(view.nodes).toEqual(['country:AM', 'country:BY', 'country:KG', 'country:KZ', 'country:RU', 'country:TJ', 'org:csto']);
    expect(view.types).toEqual(['MEMBER_OF', 'SENDS_TROOPS_TO']);
    // The default minimum confidence keeps all four troop edges, the weakest at 0.5.
    expect(view.visibleTroops.sort()).toEqual([...TROOPS].sort());
    await shot(page, 'csto-view');
    await page.context().close();
  });

  it('draws confidence as colour strength, reference facts dashed and text facts solid, and hides weak edges on demand', async () => {
    const page = await openExplorer(browser, `${app.url}/`);
    await runExample(page, 'CSTO members sending troops', allTroops);
    const look = await page.evaluate((ids) => {
      const cy = (window as unknown as Win).__cy;
      const of = (id: string) => {
        const e = cy.getElementById(id);
        // How far the drawn line's colour lies from the canvas background: weaker facts are drawn fainter.
        const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        const bg = rgb(getComputedStyle(cy.container()!).backgroundColor);
        const strength = Math.hypot(...rgb(e.style('line-color')).map((v, i) => v - bg[i]!));
        return { confidence: e.data('confidence'), strength, line: e.style('line-style') };
      };
      return { ru: of(ids[0]!), kg: of(ids[3]!), member: of('MEMBER_OF|country:RU|org:csto') };
    }, TROOPS);
    expect(look.ru.confidence).toBeGreaterThan(look.kg.confidence);
    expect(look.ru.strength).toBeGreaterThan(look.kg.strength + 10);
    expect(look.ru.line).toBe('solid');
    expect(look.member).toMatchObject({ confidence: 1, line: 'dashed' });

    // Raising the minimum above 0.5 hides the three weaker troop edges, never the reference memberships.
    const slider = page.getByRole('slider', { name: 'Minimum confidence of facts read from text' });
    await slider.evaluate((el: HTMLInputElement) => {
      el.value = '0.7';
      el.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(() => location.search.includes('minConf=0.7'));
    const visible = await page.evaluate(() => {
      const cy = (window as unknown as Win).__cy;
      return { troops: cy.edges('[type = "SENDS_TROOPS_TO"]').filter((e) => e.visible()).map((e) => e.id()), members: cy.edges('[type = "MEMBER_OF"]').filter((e) => e.visible()).length };
    });
    expect(visible.troops).toEqual(['SENDS_TROOPS_TO|country:RU|country:KZ']);
    expect(visible.members).toBeGreaterThanOrEqual(6);
    await page.context().close();
  });
});
