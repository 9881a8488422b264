import type { GraphStore } from '../store/port.js';
import { STATEMENTS } from '../store/statements.js';
import { isGraphRel, type GraphRel } from '../store/values.js';
import type { RelationshipKey } from '../graphql/types/relationship-id.js';

/** A stored relationship with the ids of its ends, in its stored direction. */
export interface StoredRelationship {
  readonly rel: GraphRel;
  readonly fromId: string;
  readonly toId: string;
}

/** One relationship by the parts of its global id, or null when none is stored. One round trip. */
export async function findRelationship(store: GraphStore, k: RelationshipKey, timeoutMs?: number): Promise<StoredRelationship | null> {
  const rows = await store.read(
    { name: STATEMENTS.relationshipById, params: { from: k.from, to: k.to, key: k.key }, vars: { TYPE: k.type } },
    { timeoutMs },
  );
  const row = rows[0];
  return row && isGraphRel(row.r) ? { rel: row.r, fromId: String(row.fromId), toId: String(row.toId) } : null;
}
