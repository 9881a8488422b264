/**
 * /explore in a real browser: headless Chromium (the system's, driven by playwright-core)
 * loads the page from the server with every request to another host blocked, searches
 * "gallium", expands nodes, opens a relationship's sources, finds the paths between
 * Indonesia and nickel, and saves screenshots to test/browser/screenshots/ (git-ignored).
 *
 * Kùzu only: this suite tests the page. What the page's operations answer is checked on
 * every backend by test/graphql/explore-operations.test.ts.
 *
 * Without a Chromium the suite is skipped with the reason, unless TEST_BROWSER=required
 * (as .ci/run sets, after installing Debian's chromium), when it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { browserUnavailable, launchChromium } from '../../tools/browser/chromium.js';
import { seededStore, serve } from '../guardrails/helpers.js';

const SHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const rows = (file: string) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((x) => x.values);

const unavailable = browserUnavailable();
if (unavailable && process.env.TEST_BROWSER === 'required') {
  throw new Error(`TEST_BROWSER=required but ${unavailable}`);
}

/** What the page exposes for tests (src/explore/client/main.ts); the callbacks below run in the page. */
interface Win {
    explore: {
      stats(): { nodes: number; edges: number };
      screenPosition(id: string): { x: number; y: number } | null;
      hasNode(id: string): boolean;
      isHidden(id: string): boolean;
      node(id: string): { expanded: number; truncated: boolean; fixed: boolean; x: number; y: number } | null;
      highlighted(): { nodes: string[]; edges: number } | null;
    };
}

describe.skipIf(unavailable !== null)(`/explore in Chromium${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  const isLocal = (u: string) => u.startsWith('data:') || new URL(u).hostname === '127.0.0.1';
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, name) });
  const settled = () => page.waitForSelector('body[data-layout=settled]', { timeout: 30_000 });
  const nodes = () => page.evaluate(() => (globalThis as unknown as Win).explore.stats().nodes);

  async function pick(text: string, id: string): Promise<void> {
    await page.fill('#search', '');
    await page.type('#search', text);
    await page.click(`#results li[data-id="${id}"]`);
    await page.waitForFunction((x) => (globalThis as unknown as Win).explore.hasNode(x), id);
    await page.waitForSelector(`#details h2[data-id="${id}"]`);
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    k = await seededStore();
    s = await serve({ store: k.store });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.on('request', (r) => void requested.push(r.url()));
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (isLocal(u)) return route.continue();
      blocked.push(u);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => void pageErrors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await s?.server.close();
    await k?.dispose();
  });

  it('loads offline: the page, its bundle and its layout worker come from the server', async () => {
    await page.goto(`${s.base}/explore`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.textContent('#status')).toMatch(/Search for/);
  });

  it('searches "gallium", focuses it (the URL holds the state) and draws its neighbourhood with a legend', async () => {
    await pick('gallium', 'gallium');
    await settled();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('gallium');
    const editions = rows('listings.csv').filter((l) => l.mineral === 'gallium').map((l) => l.edition);
    for (const e of editions) expect(await page.evaluate((x) => (globalThis as unknown as Win).explore.hasNode(x), e), e).toBe(true);
    expect(await page.textContent('#details')).toContain('Gallium');
    expect(await page.locator('#legend input[data-node-type]').count()).toBeGreaterThan(1);
    expect(await page.locator('#legend input[data-rel-type="LISTS"]').count()).toBe(1);
    await shot('01-gallium.png');
  });

  it('double-clicking a node on the canvas expands it, capped, and "show more" asks for more', async () => {
    const before = await nodes();
    const at = await page.evaluate(() => (globalThis as unknown as Win).explore.screenPosition('CHN'));
    expect(at).not.toBeNull();
    await page.mouse.dblclick(at!.x, at!.y);
    await page.waitForFunction(() => ((globalThis as unknown as Win).explore.node('CHN')?.expanded ?? 0) > 0);
    await settled();
    const after = await nodes();
    expect(after).toBeGreaterThan(before);
    const chn = await page.evaluate(() => (globalThis as unknown as Win).explore.node('CHN'));
    expect(chn!.expanded).toBe(50);
    // China has more than 50 neighbours with the facts: the panel offers more.
    expect(chn!.truncated).toBe(true);
    await page.waitForSelector('#details h2[data-id="CHN"]');
    await page.click('#expand');
    await page.waitForFunction(() => (globalThis as unknown as Win).explore.node('CHN')!.expanded === 100);
    expect(await nodes()).toBeGreaterThan(after);
    await settled();
    await shot('02-expanded.png');
  });

  it('dragging a node moves and pins it', async () => {
    await page.click('#fit');
    await page.waitForTimeout(400);
    const at = await page.evaluate(() => (globalThis as unknown as Win).explore.screenPosition('gallium'));
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.down();
    await page.mouse.move(at!.x + 60, at!.y + 40, { steps: 5 });
    await page.mouse.up();
    const g = await page.evaluate(() => (globalThis as unknown as Win).explore.node('gallium'));
    expect(g!.fixed).toBe(true);
  });

  it('the legend hides and shows a type', async () => {
    await page.uncheck('#legend input[data-node-type="Country"]');
    expect(await page.evaluate(() => (globalThis as unknown as Win).explore.isHidden('CHN'))).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as Win).explore.isHidden('gallium'))).toBe(false);
    await page.check('#legend input[data-node-type="Country"]');
    expect(await page.evaluate(() => (globalThis as unknown as Win).explore.isHidden('CHN'))).toBe(false);
  });

  it('opens a relationship’s sources: titles and links as the sources file gives them', async () => {
    await pick('gallium', 'gallium');
    const link = page.locator('#details a[data-relationship]', { hasText: 'LISTS ← 2022 Final List' });
    await link.first().click();
    await page.waitForSelector('#details h2[data-relationship]');
    expect(await page.textContent('#details h2')).toBe('LISTS');
    const seed = rows('listings.csv').find((l) => l.edition === 'USA-2022' && l.mineral === 'gallium')!;
    const sources = [...rows('sources.seeds.csv'), ...rows('sources.usgs.csv')];
    const shown = await page.$$eval('#details ul.sources li', (lis) => lis.map((li) => ({ id: li.getAttribute('data-source'), text: li.textContent, href: li.querySelector('a')?.getAttribute('href') ?? null })));
    expect(shown.map((x) => x.id).sort()).toEqual(seed.sources.split('|').sort());
    for (const x of shown) {
      const src = sources.find((r) => r.id === x.id)!;
      expect(x.text).toContain(src.title);
      expect(x.href).toBe(src.url || null);
    }
    await shot('03-relationship-sources.png');
  });

  it('finds the shortest paths between Indonesia and nickel and highlights them', async () => {
    await pick('Indonesia', 'IDN');
    await page.click('#path-from');
    await pick('nickel', 'nickel');
    await page.click('#path-to');
    await page.waitForSelector('#path-list li');
    const h = await page.evaluate(() => (globalThis as unknown as Win).explore.highlighted());
    expect(h!.nodes).toEqual(expect.arrayContaining(['IDN', 'nickel', 'idn-nickel-ore-export-ban-2020']));
    expect(h!.edges).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('path')).toBe('IDN,nickel');
    await settled();
    await shot('04-paths-indonesia-nickel.png');
  });

  it('a shared URL opens the same view', async () => {
    const other = await context.newPage();
    other.on('pageerror', (e) => void pageErrors.push(e.message));
    await other.goto(`${s.base}/explore?focus=CHN&depth=1&path=IDN,nickel`);
    await other.waitForSelector('#details h2[data-id="CHN"]');
    await other.waitForSelector('#path-list li');
    expect(await other.evaluate(() => (globalThis as unknown as Win).explore.hasNode('CHN'))).toBe(true);
    await other.close();
  });

  it('sent no request beyond 127.0.0.1 and threw no error', () => {
    expect(blocked).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    expect(requested.some((u) => u.endsWith('/explore/layout-worker.js'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
