/**
 * The backend-neutral value shapes that adapters return. Graph elements carry the
 * engine's internal reference (`ref`) only so that paths can be stitched together;
 * everything above the mapping layer uses `id`.
 */
export interface GraphNode {
  readonly kind: 'node';
  readonly ref: string;
  readonly label: string;
  readonly props: Record<string, unknown>;
}

export interface GraphRel {
  readonly kind: 'rel';
  readonly ref: string;
  readonly type: string;
  readonly fromRef: string;
  readonly toRef: string;
  readonly props: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/**
 * A node of `label` holding only some of its properties (always its id): what a lean read
 * answers when the request selects nothing else. It has no engine reference, and is never
 * primed into the node loader, which must only ever hold whole nodes.
 */
export function partialNode(label: string, props: Record<string, unknown>): GraphNode {
  return { kind: 'node', ref: '', label, props };
}

export function isGraphNode(v: unknown): v is GraphNode {
  return typeof v === 'object' && v !== null && (v as GraphNode).kind === 'node';
}
export function isGraphRel(v: unknown): v is GraphRel {
  return typeof v === 'object' && v !== null && (v as GraphRel).kind === 'rel';
}
