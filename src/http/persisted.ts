import { createHash } from 'node:crypto';
import fs from 'node:fs';

/**
 * A persisted-operation allow-list, for a public deployment that serves only the
 * operations its own clients ship. It reads Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "version": 1, "operations":
 * [{ "id", "name", "type", "body" }] }`, as `generate-persisted-query-manifest`
 * writes it; `id` is the body's sha256). A request names an operation by that hash in
 * `extensions.persistedQuery.sha256Hash` (what Apollo Client's persisted-queries link
 * and APQ send) or sends the exact text; anything else is refused before it is parsed.
 */
export class PersistedOperations {
  private readonly byHash = new Map<string, string>();

  constructor(operations: readonly { body: string }[]) {
    for (const op of operations) this.byHash.set(sha256(op.body), op.body);
  }

  static fromManifest(file: string): PersistedOperations {
    if (!fs.existsSync(file)) throw new Error(`no file ${file}: write one with npm run persisted:manifest -- ${file}, or point the variable at your clients' manifest`);
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; operations?: unknown };
    if (m.format !== 'apollo-persisted-query-manifest' || !Array.isArray(m.operations)) {
      throw new Error(`${file} is not an Apollo persisted query manifest (format "apollo-persisted-query-manifest" with operations)`);
    }
    const ops = m.operations.filter((o): o is { body: string } => typeof (o as { body?: unknown })?.body === 'string');
    if (ops.length === 0) throw new Error(`${file} lists no operations`);
    return new PersistedOperations(ops);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The request body to run (the persisted text put in), or why it is refused. A batch is checked item by item. */
  resolve(body: unknown): { body?: unknown; error?: string } {
    if (Array.isArray(body)) {
      const out: unknown[] = [];
      for (const item of body) {
        const r = this.resolve(item);
        if (r.error) return r;
        out.push(r.body);
      }
      return { body: out };
    }
    const b = (body && typeof body === 'object' ? body : {}) as { query?: unknown; extensions?: unknown };
    const ext = typeof b.extensions === 'string' ? safeJson(b.extensions) : b.extensions;
    const hash = (ext as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    if (typeof b.query === 'string' && b.query.length > 0) {
      if (this.byHash.has(sha256(b.query))) return { body };
      return { error: 'This server runs only its persisted operations, and this query is not one of them: send a persisted operation (by its sha256 in extensions.persistedQuery)' };
    }
    if (typeof hash === 'string') {
      const query = this.byHash.get(hash.toLowerCase());
      if (query) return { body: { ...b, query } };
      return { error: `No persisted operation has the sha256 ${hash.slice(0, 80)}: this server runs only the operations of its manifest` };
    }
    return { error: 'This server runs only its persisted operations: name one by its sha256 in extensions.persistedQuery' };
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
