/// <reference lib="webworker" />
/**
 * The layout runs here, off the page's thread, so the page never freezes: ForceAtlas2
 * in batches of iterations, posting positions after each batch, until the nodes move
 * less than a small share of the drawing's size (settled) or an iteration cap is reached.
 * Nodes marked `fixed` (pinned or dragged) keep their place.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  readonly kind: 'start';
  readonly run: number;
  readonly nodes: readonly { id: string; x: number; y: number; fixed: boolean; size: number }[];
  readonly edges: readonly [string, string][];
  readonly maxIterations?: number;
}
export interface LayoutStop {
  readonly kind: 'stop';
}
export interface LayoutUpdate {
  readonly kind: 'positions';
  readonly run: number;
  readonly xy: Float64Array;
  readonly iterations: number;
  readonly settled: boolean;
  readonly done: boolean;
}

const BATCH = 10;
/** Settled when the mean move per iteration is below this share of the drawing's extent. */
const SETTLED_SHARE = 0.0005;

let current = 0;

self.onmessage = (e: MessageEvent<LayoutRequest | LayoutStop>) => {
  const msg = e.data;
  if (msg.kind === 'stop') {
    current = -1;
    return;
  }
  current = msg.run;
  const g = new Graph({ multi: true, type: 'mixed' });
  for (const n of msg.nodes) g.addNode(n.id, { x: n.x, y: n.y, fixed: n.fixed, size: n.size });
  for (const [s, t] of msg.edges) if (g.hasNode(s) && g.hasNode(t) && s !== t) g.addEdge(s, t);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500, adjustSizes: false };
  const ids = msg.nodes.map((n) => n.id);
  const max = msg.maxIterations ?? 2000;
  let iterations = 0;
  const step = () => {
    if (current !== msg.run) return;
    const before = ids.map((id) => [g.getNodeAttribute(id, 'x') as number, g.getNodeAttribute(id, 'y') as number]);
    forceAtlas2.assign(g, { iterations: BATCH, settings });
    iterations += BATCH;
    const xy = new Float64Array(ids.length * 2);
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    ids.forEach((id, i) => {
      const x = g.getNodeAttribute(id, 'x') as number;
      const y = g.getNodeAttribute(id, 'y') as number;
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      moved += Math.hypot(x - before[i][0], y - before[i][1]);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    const settled = ids.length < 2 || moved / ids.length / BATCH < SETTLED_SHARE * extent;
    const done = settled || iterations >= max;
    const update: LayoutUpdate = { kind: 'positions', run: msg.run, xy, iterations, settled, done };
    (self as unknown as Worker).postMessage(update, [xy.buffer]);
    if (!done) setTimeout(step, 0);
  };
  step();
};
