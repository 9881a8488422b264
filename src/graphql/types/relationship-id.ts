import { isRelType, type RelType } from '../../domain/model.js';

/**
 * A relationship's global id: the same wherever the relationship appears (a fact
 * list, a neighbourhood, a path), so a client can normalise and deduplicate edges.
 * It encodes what identifies a stored relationship: its type, the ids of its two
 * ends in their stored direction, and its `key` (which tells apart several facts
 * between one pair: a year, a period). Opaque to clients; `relationship(id:)` reads it.
 */
export interface RelationshipKey {
  readonly type: RelType;
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

const PREFIX = 'rel:';

export function relationshipId(type: RelType, from: string, to: string, key: string | null | undefined): string {
  return PREFIX + Buffer.from(JSON.stringify([type, from, to, key ?? '']), 'utf8').toString('base64url');
}

/** The parts of an id made by `relationshipId`, or null for anything else (never throws). */
export function parseRelationshipId(id: string): RelationshipKey | null {
  if (!id.startsWith(PREFIX)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(id.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((p) => typeof p === 'string')) return null;
  const [type, from, to, key] = parts as string[];
  if (!isRelType(type)) return null;
  // Reject non-canonical encodings so that one relationship has exactly one id.
  if (relationshipId(type, from, to, key) !== id) return null;
  return { type, from, to, key };
}
