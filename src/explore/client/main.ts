/**
 * /explore: a graph view of the knowledge graph, drawn with sigma.js (WebGL) over a
 * graphology graph. Everything it loads comes from this server. It talks GraphQL
 * only (./queries.ts), so what it shows is what any client can ask.
 *
 * - search picks a start node; the URL holds the state (?focus=CHN&depth=1&facts=1),
 * - click selects (side panel: properties, note, sources), double click expands
 *   (capped, with "show more"), drag moves and pins a node,
 * - colour and shape by type; the legend hides or shows node and relationship types,
 * - "path from / to" finds the shortest paths between two nodes and highlights them,
 * - the layout (ForceAtlas2) runs in a worker and stops once it settles.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { LayoutRequest, LayoutUpdate } from './layout-worker.js';
import {
  EXPAND_FIRST, NEIGHBORHOOD, NEIGHBORHOOD_MAX, NODE_DETAILS, PATHS, RELATIONSHIP_DETAILS, SEARCH, type GNode, type GRel,
} from './queries.js';
import { DIMMED, HIGHLIGHT, NODE_STYLES, edgeColor, styleOf } from './style.js';

// ---------- GraphQL ----------

class GraphQLFailure extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!body) throw new GraphQLFailure(`HTTP ${res.status}`);
  if (body.errors?.length) throw new GraphQLFailure(body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code);
  return body.data as T;
}

// ---------- state ----------

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  type: string;
  label: string;
  kind: string;
  name: string;
  nameZh: string | null;
  fixed: boolean;
  expanded: number;
  truncated: boolean;
}
interface EdgeAttrs {
  relType: string;
  note: string | null;
  size: number;
  color: string;
  type: string;
}

const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: true });
const hiddenNodeTypes = new Set<string>();
const hiddenRelTypes = new Set<string>();
let selected: { kind: 'node' | 'edge'; id: string } | null = null;
let pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
let pathElements: { nodes: Set<string>; edges: Set<string> } | null = null;
let showZh = true;

const params = new URLSearchParams(location.search);
const state = {
  focus: params.get('focus'),
  depth: clampInt(params.get('depth'), 1, 3, 1),
  facts: params.get('facts') !== '0',
};

function clampInt(v: string | null, min: number, max: number, dflt: number): number {
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : dflt;
}

function saveUrl(): void {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  p.set('depth', String(state.depth));
  if (!state.facts) p.set('facts', '0');
  if (pathEnds.from && pathEnds.to) p.set('path', `${pathEnds.from},${pathEnds.to}`);
  history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
}

// ---------- page ----------

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const container = $('graph');
const panel = $('details');
const statusLine = $('status');

function setStatus(text: string, isError = false): void {
  statusLine.textContent = text;
  statusLine.className = isError ? 'error' : '';
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

// ---------- drawing ----------

const renderer = new Sigma(graph, container, {
  nodeProgramClasses: { circle: NodeCircleProgram, square: NodePointProgram },
  edgeProgramClasses: { arrow: EdgeArrowProgram },
  defaultNodeType: 'circle',
  defaultEdgeType: 'arrow',
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 6,
  labelFont: '"Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  zIndex: true,
  nodeReducer: (node, data) => {
    const out: Record<string, unknown> = { ...data };
    out.label = showZh && data.nameZh ? `${data.name} · ${data.nameZh}` : data.name;
    if (hiddenNodeTypes.has(data.kind)) out.hidden = true;
    if (pathElements) {
      if (pathElements.nodes.has(node)) {
        out.highlighted = true;
        out.zIndex = 2;
      } else {
        out.color = DIMMED;
        out.zIndex = 0;
      }
    }
    if (selected?.kind === 'node' && selected.id === node) out.highlighted = true;
    if (pathEnds.from === node || pathEnds.to === node) out.highlighted = true;
    return out;
  },
  edgeReducer: (edge, data) => {
    const out: Record<string, unknown> = { ...data };
    if (hiddenRelTypes.has(data.relType)) out.hidden = true;
    const [s, t] = graph.extremities(edge);
    if (hiddenNodeTypes.has(graph.getNodeAttribute(s, 'kind')) || hiddenNodeTypes.has(graph.getNodeAttribute(t, 'kind'))) out.hidden = true;
    if (pathElements) {
      if (pathElements.edges.has(edge)) {
        out.color = HIGHLIGHT;
        out.size = 3;
        out.zIndex = 2;
      } else out.color = DIMMED;
    }
    if (selected?.kind === 'edge' && selected.id === edge) {
      out.color = HIGHLIGHT;
      out.size = 3;
    }
    return out;
  },
});

/** Adds nodes and relationships, keeping what is there; new nodes start around `near`. */
function merge(nodes: readonly GNode[], rels: readonly GRel[], near?: string): { added: number } {
  let added = 0;
  const origin = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  nodes.forEach((n, i) => {
    const style = styleOf(n.label);
    if (graph.hasNode(n.id)) return;
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) + Math.random() * 0.1;
    const r = 1 + Math.random();
    graph.addNode(n.id, {
      x: origin.x + r * Math.cos(angle),
      y: origin.y + r * Math.sin(angle),
      size: style.size,
      color: style.color,
      type: style.shape,
      label: n.displayName,
      kind: n.label,
      name: n.displayName,
      nameZh: n.displayNameZh ?? null,
      fixed: false,
      expanded: 0,
      truncated: false,
    });
    added++;
  });
  for (const r of rels) {
    if (graph.hasEdge(r.id) || !graph.hasNode(r.from.id) || !graph.hasNode(r.to.id)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.from.id, r.to.id, { relType: r.type, note: r.note ?? null, size: 1, color: edgeColor(r.type), type: 'arrow' });
  }
  renderLegend();
  return { added };
}

// ---------- layout (worker) ----------

const worker = new Worker('/explore/layout-worker.js');
let layoutRun = 0;
let layoutIds: string[] = [];
let layoutStarted = 0;
const timings = { firstFrameMs: NaN, settledMs: NaN, layoutIterations: 0, settled: false };
let onSettled: (() => void) | null = null;

worker.onmessage = (e: MessageEvent<LayoutUpdate>) => {
  const m = e.data;
  if (m.kind !== 'positions' || m.run !== layoutRun) return;
  layoutIds.forEach((id, i) => {
    if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'fixed')) return;
    graph.mergeNodeAttributes(id, { x: m.xy[2 * i], y: m.xy[2 * i + 1] });
  });
  timings.layoutIterations = m.iterations;
  if (m.done) {
    timings.settledMs = performance.now() - layoutStarted;
    timings.settled = m.settled;
    document.body.dataset.layout = 'settled';
    onSettled?.();
  }
};

function startLayout(): void {
  // New nodes may lie outside a frame a drag held: let the drawing fit them again.
  renderer.setCustomBBox(null);
  layoutRun++;
  layoutStarted = performance.now();
  document.body.dataset.layout = 'running';
  const nodes = graph.mapNodes((id, a) => ({ id, x: a.x, y: a.y, fixed: a.fixed, size: a.size }));
  layoutIds = nodes.map((n) => n.id);
  const edges = graph.mapEdges((_e, _a, s, t) => [s, t] as [string, string]);
  const req: LayoutRequest = { kind: 'start', run: layoutRun, nodes, edges };
  worker.postMessage(req);
}

// ---------- loading ----------

interface Subgraph {
  truncated: boolean;
  nodes: GNode[];
  relationships: GRel[];
}

async function expand(id: string, limit = EXPAND_FIRST, depth = 1): Promise<void> {
  setStatus(`expanding ${id}…`);
  try {
    const d = await gql<{ neighborhood: Subgraph | null }>(NEIGHBORHOOD, { id, depth, limit, includeFacts: state.facts });
    if (!d.neighborhood) {
      setStatus(`no entity with id ${id}`, true);
      return;
    }
    const { added } = merge(d.neighborhood.nodes, d.neighborhood.relationships, id);
    graph.mergeNodeAttributes(id, { expanded: limit, truncated: d.neighborhood.truncated });
    setStatus(`${id}: ${d.neighborhood.nodes.length} nodes around it (${added} new)${d.neighborhood.truncated ? ', more available' : ''}`);
    startLayout();
    if (selected?.kind === 'node' && selected.id === id) void showNode(id);
  } catch (err) {
    setStatus((err as Error).message, true);
  }
}

async function focusOn(id: string): Promise<void> {
  state.focus = id;
  saveUrl();
  await expand(id, EXPAND_FIRST, state.depth);
  if (graph.hasNode(id)) void showNode(id);
}

// ---------- side panel ----------

interface SourceRef {
  id: string;
  title: string;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
  doi?: string | null;
}

function sourcesList(sources: readonly SourceRef[] | undefined): HTMLElement {
  const list = el('ul', { class: 'sources' });
  for (const s of sources ?? []) {
    const title = s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : el('span', {}, s.title);
    list.append(el('li', { 'data-source': s.id }, title, [s.publisher, s.date].filter(Boolean).length ? ` (${[s.publisher, s.date].filter(Boolean).join(', ')})` : ''));
  }
  if (!sources?.length) list.append(el('li', {}, 'none'));
  return list;
}

/** The fields NODE_DETAILS asks under an alias, by their names. */
const ALIASED: Record<string, string> = { policyKind: 'kind', sourceKind: 'kind', allianceAcronym: 'acronym' };

function propsTable(props: Record<string, unknown>): HTMLElement {
  const t = el('table', { class: 'props' });
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (['sources', 'id', 'label', 'displayName', 'displayNameZh', 'note', '__typename', 'from', 'to', 'properties'].includes(k)) continue;
    t.append(el('tr', {}, el('th', {}, ALIASED[k] ?? k), el('td', {}, Array.isArray(v) ? v.join(', ') : String(v))));
  }
  return t;
}

function pathButtons(id: string): HTMLElement {
  const box = el('div', { class: 'buttons' });
  const from = el('button', { id: 'path-from' }, 'Path from here');
  const to = el('button', { id: 'path-to' }, 'Path to here');
  from.onclick = () => void setPathEnd('from', id);
  to.onclick = () => void setPathEnd('to', id);
  box.append(from, to);
  const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  const expandBtn = el('button', { id: 'expand' }, a && a.expanded > 0 ? (a.truncated ? `Show more (${a.expanded} asked)` : 'Expanded') : 'Expand');
  if (a && a.expanded > 0 && !a.truncated) expandBtn.setAttribute('disabled', '');
  expandBtn.onclick = () => void expand(id, a && a.expanded > 0 ? Math.min(NEIGHBORHOOD_MAX, a.expanded * 2) : EXPAND_FIRST);
  const pin = el('button', { id: 'pin' }, a?.fixed ? 'Unpin' : 'Pin');
  pin.onclick = () => {
    if (!graph.hasNode(id)) return;
    graph.setNodeAttribute(id, 'fixed', !graph.getNodeAttribute(id, 'fixed'));
    void showNode(id);
  };
  box.append(expandBtn, pin);
  return box;
}

const fill = (...children: (HTMLElement | null)[]) => panel.replaceChildren(...children.filter((c): c is HTMLElement => c !== null));

/** The node's relationships drawn in the view, each opening its own panel (edges are thin to click). */
function relationshipsList(id: string): HTMLElement | null {
  if (!graph.hasNode(id)) return null;
  const items = graph
    .mapEdges(id, (edge, a, s, t) => ({ edge, type: a.relType, out: s === id, other: s === id ? t : s }))
    .sort((x, y) => (x.type < y.type ? -1 : x.type > y.type ? 1 : x.other < y.other ? -1 : x.other > y.other ? 1 : 0));
  if (items.length === 0) return null;
  const list = el('ul', { class: 'rels' });
  for (const r of items.slice(0, 200)) {
    const name = graph.getNodeAttribute(r.other, 'name');
    const a = el('a', { href: '#', 'data-relationship': r.edge }, `${r.type} ${r.out ? '→' : '←'} ${name}`);
    a.onclick = (e) => {
      e.preventDefault();
      void showEdge(r.edge);
    };
    list.append(el('li', {}, a));
  }
  return el('div', {}, el('h3', {}, `Relationships in view (${items.length})`), list);
}

async function showNode(id: string): Promise<void> {
  selected = { kind: 'node', id };
  renderer.refresh();
  panel.replaceChildren(el('p', {}, 'loading…'));
  try {
    const d = await gql<{ node: (GNode & Record<string, unknown> & { note?: string | null; sources?: SourceRef[] }) | null }>(NODE_DETAILS, { id });
    if (!d.node) {
      panel.replaceChildren(el('p', { class: 'error' }, `no entity with id ${id}`));
      return;
    }
    const n = d.node;
    fill(
      el('h2', { 'data-id': n.id }, n.displayName),
      n.displayNameZh ? el('p', { class: 'zh', lang: 'zh' }, n.displayNameZh) : null,
      el('p', { class: 'kind' }, `${n.label} · ${n.id}`),
      pathButtons(n.id),
      propsTable(n),
      n.note ? el('div', { class: 'note' }, el('h3', {}, 'Note (other readings, disputed values)'), el('p', {}, n.note)) : null,
      n.sources ? el('div', {}, el('h3', {}, 'Sources'), sourcesList(n.sources)) : null,
      relationshipsList(n.id),
    );
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
  }
}

async function showEdge(id: string): Promise<void> {
  selected = { kind: 'edge', id };
  renderer.refresh();
  panel.replaceChildren(el('p', {}, 'loading…'));
  try {
    const d = await gql<{
      relationship: { id: string; type: string; properties: Record<string, unknown>; note: string | null; from: GNode; to: GNode; sources: SourceRef[] } | null;
    }>(RELATIONSHIP_DETAILS, { id });
    const r = d.relationship;
    if (!r) {
      panel.replaceChildren(el('p', { class: 'error' }, 'this relationship is no longer in the graph'));
      return;
    }
    fill(
      el('h2', { 'data-relationship': r.id }, r.type),
      el('p', { class: 'kind' }, `${r.from.displayName} → ${r.to.displayName}`),
      propsTable(r.properties),
      r.note ? el('div', { class: 'note' }, el('h3', {}, 'Note (other readings, disputed values)'), el('p', {}, r.note)) : null,
      el('div', {}, el('h3', {}, 'Sources'), sourcesList(r.sources)),
    );
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
  }
}

// ---------- paths ----------

interface PathResult {
  length: number;
  nodes: GNode[];
  relationships: GRel[];
}

async function setPathEnd(end: 'from' | 'to', id: string): Promise<void> {
  pathEnds = { ...pathEnds, [end]: id };
  renderer.refresh();
  if (pathEnds.from && pathEnds.to) await findPaths(pathEnds.from, pathEnds.to);
  else setStatus(`path ${end} ${id}: now pick the other end`);
}

async function findPaths(from: string, to: string): Promise<void> {
  setStatus(`paths ${from} → ${to}…`);
  const factsBox = $<HTMLInputElement>('path-facts');
  try {
    const d = await gql<{ paths: PathResult[] }>(PATHS, { from, to, includeFacts: factsBox.checked });
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const p of d.paths) {
      merge(p.nodes, p.relationships, from);
      p.nodes.forEach((n) => nodes.add(n.id));
      p.relationships.forEach((r) => edges.add(r.id));
    }
    pathElements = d.paths.length ? { nodes, edges } : null;
    saveUrl();
    renderPathsBox(from, to, d.paths);
    setStatus(d.paths.length ? `${d.paths.length} shortest path(s) of length ${d.paths[0].length} from ${from} to ${to}` : `no path from ${from} to ${to} within 3 hops`);
    startLayout();
  } catch (err) {
    setStatus((err as Error).message, true);
  }
}

function renderPathsBox(from: string, to: string, paths: readonly PathResult[]): void {
  const box = $('paths');
  const list = el('ol', { id: 'path-list' });
  for (const p of paths) list.append(el('li', {}, p.nodes.map((n) => n.displayName).join(' → ')));
  const clear = el('button', { id: 'path-clear' }, 'Clear');
  clear.onclick = () => {
    pathEnds = { from: null, to: null };
    pathElements = null;
    box.replaceChildren();
    saveUrl();
    renderer.refresh();
  };
  box.replaceChildren(el('h3', {}, `Paths ${from} → ${to}`), list, clear);
  renderer.refresh();
}

// ---------- legend ----------

function renderLegend(): void {
  const legend = $('legend');
  const kinds = new Set(graph.mapNodes((_n, a) => a.kind));
  const relTypes = [...new Set(graph.mapEdges((_e, a) => a.relType))].sort();
  const nodeItems = Object.entries(NODE_STYLES)
    .filter(([k]) => kinds.has(k))
    .map(([k, s]) => {
      const box = el('input', { type: 'checkbox', 'data-node-type': k }) as HTMLInputElement;
      box.checked = !hiddenNodeTypes.has(k);
      box.onchange = () => {
        if (box.checked) hiddenNodeTypes.delete(k);
        else hiddenNodeTypes.add(k);
        renderer.refresh();
      };
      return el('label', {}, box, el('span', { class: `swatch ${s.shape}`, style: `background:${s.color}` }), k);
    });
  const relItems = relTypes.map((t) => {
    const box = el('input', { type: 'checkbox', 'data-rel-type': t }) as HTMLInputElement;
    box.checked = !hiddenRelTypes.has(t);
    box.onchange = () => {
      if (box.checked) hiddenRelTypes.delete(t);
      else hiddenRelTypes.add(t);
      renderer.refresh();
    };
    return el('label', {}, box, el('span', { class: 'line', style: `background:${edgeColor(t)}` }), t);
  });
  legend.replaceChildren(el('h3', {}, 'Nodes'), ...nodeItems, el('h3', {}, 'Relationships'), ...relItems);
}

// ---------- search ----------

const searchBox = $<HTMLInputElement>('search');
const results = $('results');
let searchSeq = 0;

async function runSearch(text: string): Promise<void> {
  const seq = ++searchSeq;
  if (text.trim().length === 0) {
    results.replaceChildren();
    return;
  }
  try {
    const d = await gql<{ search: { score: number; matched: string | null; node: GNode }[] }>(SEARCH, { text: text.trim(), first: 10 });
    if (seq !== searchSeq) return;
    results.replaceChildren(
      ...d.search.map((h) => {
        const item = el(
          'li',
          { 'data-id': h.node.id, tabindex: '0' },
          el('span', { class: `swatch ${styleOf(h.node.label).shape}`, style: `background:${styleOf(h.node.label).color}` }),
          h.node.displayName,
          h.node.displayNameZh ? el('span', { class: 'zh', lang: 'zh' }, ` ${h.node.displayNameZh}`) : null,
          el('small', {}, ` ${h.node.label}`),
        );
        const pick = () => {
          results.replaceChildren();
          searchBox.value = h.node.displayName;
          void focusOn(h.node.id);
        };
        item.onclick = pick;
        item.onkeydown = (e) => {
          if (e.key === 'Enter') pick();
        };
        return item;
      }),
    );
    if (d.search.length === 0) results.replaceChildren(el('li', { class: 'empty' }, 'no match'));
  } catch (err) {
    setStatus((err as Error).message, true);
  }
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
searchBox.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void runSearch(searchBox.value), 150);
});
searchBox.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    clearTimeout(searchTimer);
    void runSearch(searchBox.value);
  }
});

// ---------- interaction ----------

let dragged: string | null = null;
let dragMoved = false;

renderer.on('clickNode', ({ node, event }) => {
  if (dragMoved) return;
  if ((event.original as MouseEvent).shiftKey) {
    void setPathEnd(pathEnds.from ? 'to' : 'from', node);
    return;
  }
  void showNode(node);
});
renderer.on('doubleClickNode', ({ node, event }) => {
  event.preventSigmaDefault();
  const a = graph.getNodeAttributes(node);
  void expand(node, a.expanded > 0 && a.truncated ? Math.min(NEIGHBORHOOD_MAX, a.expanded * 2) : EXPAND_FIRST);
});
renderer.on('clickEdge', ({ edge }) => void showEdge(edge));
renderer.on('clickStage', () => {
  selected = null;
  renderer.refresh();
});
renderer.on('downNode', ({ node }) => {
  dragged = node;
  dragMoved = false;
});
renderer.on('moveBody', ({ event }) => {
  if (!dragged) return;
  // Hold the drawing's frame while a node moves, or sigma would rescale under the pointer.
  if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  const pos = renderer.viewportToGraph(event);
  graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, fixed: true });
  dragMoved = true;
  event.preventSigmaDefault();
  event.original.preventDefault();
  event.original.stopPropagation();
});
const endDrag = () => {
  dragged = null;
  setTimeout(() => (dragMoved = false), 0);
};
renderer.on('upNode', endDrag);
renderer.on('upStage', endDrag);

$('fit').onclick = () => {
  renderer.setCustomBBox(null);
  void renderer.getCamera().animatedReset();
};
$('zoom-in').onclick = () => void renderer.getCamera().animatedZoom(1.5);
$('zoom-out').onclick = () => void renderer.getCamera().animatedUnzoom(1.5);
$('relayout').onclick = () => startLayout();
const zhBox = $<HTMLInputElement>('show-zh');
zhBox.onchange = () => {
  showZh = zhBox.checked;
  renderer.refresh();
};
const depthSel = $<HTMLSelectElement>('depth');
depthSel.value = String(state.depth);
depthSel.onchange = () => {
  state.depth = clampInt(depthSel.value, 1, 3, 1);
  saveUrl();
};
const factsSel = $<HTMLInputElement>('facts');
factsSel.checked = state.facts;
factsSel.onchange = () => {
  state.facts = factsSel.checked;
  saveUrl();
};
$<HTMLInputElement>('path-facts').onchange = () => {
  if (pathEnds.from && pathEnds.to) void findPaths(pathEnds.from, pathEnds.to);
};

// ---------- start ----------

/** What tests and the benchmark read: timings of the last drawing and the graph's size. */
const api = {
  timings,
  stats: () => ({ nodes: graph.order, edges: graph.size }),
  /** Where a node is drawn, in page pixels, for a test that clicks it. */
  screenPosition(id: string): { x: number; y: number } | null {
    if (!graph.hasNode(id)) return null;
    const a = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x: a.x, y: a.y });
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  hasNode: (id: string) => graph.hasNode(id),
  isHidden: (id: string) => renderer.getNodeDisplayData(id)?.hidden ?? true,
  node: (id: string) => (graph.hasNode(id) ? { ...graph.getNodeAttributes(id) } : null),
  highlighted: () => (pathElements ? { nodes: [...pathElements.nodes].sort(), edges: pathElements.edges.size } : null),
  /** Draws n synthetic nodes (a ring of stars), for the benchmark's 5,000-node view. Not knowledge: never sent to the server. */
  drawSynthetic(n: number): Promise<typeof timings> {
    graph.clear();
    const kinds = Object.keys(NODE_STYLES);
    const nodes: GNode[] = [];
    const rels: GRel[] = [];
    for (let i = 0; i < n; i++) {
      nodes.push({ id: `s${i}`, label: kinds[i % kinds.length], displayName: `node ${i}` });
      if (i > 0) rels.push({ id: `r${i}`, type: 'SYNTHETIC', from: { id: `s${Math.floor((i - 1) / 4)}` }, to: { id: `s${i}` } });
    }
    const t0 = performance.now();
    merge(nodes, rels);
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        renderer.refresh();
        timings.firstFrameMs = performance.now() - t0;
        onSettled = () => {
          onSettled = null;
          resolve({ ...timings });
        };
        startLayout();
      });
    });
  },
};
(window as unknown as { explore: typeof api }).explore = api;

const path = params.get('path')?.split(',');
if (state.focus) void focusOn(state.focus).then(() => (path?.length === 2 ? setPathEnd('from', path[0]).then(() => setPathEnd('to', path[1])) : undefined));
else setStatus('Search for a mineral, country, list, policy or alliance to start.');
document.body.dataset.ready = 'true';
