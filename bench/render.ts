import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { startServer } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { createStore } from '../src/store/create.js';
import { launchChromium } from '../tools/browser/chromium.js';

/**
 * The graph view's drawing cost, in the browser: headless Chromium (WebGL in software,
 * SwiftShader: a machine without a GPU, so a floor, not what a desktop sees) opens
 * /explore and draws n synthetic nodes (a tree, n - 1 relationships) through the page's
 * own code (`explore.drawSynthetic`): the time to the first frame, and the time until the
 * layout worker reports the drawing settled (or its iteration cap).
 */
export interface RenderRow {
  readonly nodes: number;
  readonly edges: number;
  readonly runs: number;
  readonly firstFrameMs: number;
  readonly settledMs: number;
  readonly layoutIterations: number;
  readonly settled: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runRender(sizes: readonly number[], runs: number, log: (s: string) => void): Promise<RenderRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-bench-render-'));
  const store = createStore({ kuzuPath: path.join(dir, 'graph.kuzu'), kuzuBufferPoolMb: 256, queryTimeoutMs: 10_000, neo4j: undefined });
  const server = await startServer({ store, logger: createLogger('silent'), port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const rows: RenderRow[] = [];
  try {
    for (const n of sizes) {
      type Sample = { firstFrameMs: number; settledMs: number; layoutIterations: number; settled: boolean; nodes: number; edges: number };
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`http://127.0.0.1:${server.port}/explore`);
        await page.waitForSelector('body[data-ready=true]');
        const t: Sample = await page.evaluate(async (count) => {
          type Api = { drawSynthetic(n: number): Promise<Omit<Sample, 'nodes' | 'edges'>>; stats(): { nodes: number; edges: number } };
          const api = (globalThis as unknown as { explore: Api }).explore;
          const timings = await api.drawSynthetic(count);
          return { ...timings, ...api.stats() };
        }, n);
        samples.push(t);
        await page.close();
        log(`render ${n} nodes, run ${i + 1}: first frame ${t.firstFrameMs.toFixed(0)} ms, layout ${t.settled ? 'settled' : 'stopped at its cap'} in ${t.settledMs.toFixed(0)} ms (${t.layoutIterations} iterations)`);
      }
      rows.push({
        nodes: samples[0].nodes,
        edges: samples[0].edges,
        runs,
        firstFrameMs: median(samples.map((s) => s.firstFrameMs)),
        settledMs: median(samples.map((s) => s.settledMs)),
        layoutIterations: median(samples.map((s) => s.layoutIterations)),
        settled: samples.every((s) => s.settled),
      });
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function renderTable(rows: readonly RenderRow[]): string {
  const head = '| nodes | relationships | runs | first frame p50 (ms) | layout settled p50 (ms) | iterations | settled |\n|---:|---:|---:|---:|---:|---:|---|';
  return [
    'Graph view (/explore) in headless Chromium, WebGL in software:',
    head,
    ...rows.map((r) => `| ${r.nodes} | ${r.edges} | ${r.runs} | ${r.firstFrameMs.toFixed(0)} | ${r.settledMs.toFixed(0)} | ${r.layoutIterations} | ${r.settled ? 'yes' : 'no (cap)'} |`),
  ].join('\n');
}
