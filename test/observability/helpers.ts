import path from 'node:path';
import { readExamples } from '../../src/http/graphiql.js';
import { REPO_ROOT } from '../../src/store/create.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from '../../src/store/port.js';
import type { Row } from '../../src/store/values.js';

/** The example operations of schema/examples.graphql, as GraphiQL reads them. */
export const EXAMPLES = readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql'));

/** The GraphStore port around a real store, recording every statement that reaches it (name and parameters). */
export class RecordingStore implements GraphStore {
  readonly reads: Statement[] = [];
  readonly writes: (readonly Statement[])[] = [];
  constructor(private readonly inner: GraphStore) {}
  get backend() {
    return this.inner.backend;
  }
  get stats(): StoreStats {
    return this.inner.stats;
  }
  read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    this.reads.push(stmt);
    return this.inner.read(stmt, options);
  }
  writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    this.writes.push(stmts);
    return this.inner.writeTransaction(stmts, options);
  }
  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
  /** Reads so far, by statement name. */
  readCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of this.reads) out.set(s.name, (out.get(s.name) ?? 0) + 1);
    return out;
  }
}

export interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/g;

/**
 * Parses the Prometheus text exposition format strictly: every line is a # HELP, a
 * # TYPE or a sample, and a sample's family has both. Throws on anything else.
 */
export function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  const helps = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      if (meta[1] === 'HELP') helps.add(meta[2]);
      else types.set(meta[2], meta[3]);
      continue;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a line of the exposition format: ${line}`);
    const labels: Record<string, string> = {};
    if (m[3]) {
      let consumed = 0;
      for (const l of m[3].matchAll(LABEL)) {
        labels[l[1]] = l[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
        consumed += l[0].length;
      }
      if (consumed !== m[3].length) throw new Error(`bad labels: ${line}`);
    }
    // Prometheus reads values as Go's ParseFloat does: NaN and Inf in any case (prom-client prints `Nan`).
    const value = /^\+?inf$/i.test(m[4]) ? Infinity : /^-inf$/i.test(m[4]) ? -Infinity : /^nan$/i.test(m[4]) ? NaN : Number(m[4]);
    if (Number.isNaN(value) && !/^nan$/i.test(m[4])) throw new Error(`bad value: ${line}`);
    const family = [...types.keys()].find((f) => m[1] === f || m[1] === `${f}_bucket` || m[1] === `${f}_sum` || m[1] === `${f}_count`);
    if (!family || !helps.has(family)) throw new Error(`sample without # HELP and # TYPE: ${line}`);
    samples.push({ name: m[1], labels, value });
  }
  return { samples, types };
}

/** Samples of `name` whose labels include `labels`. */
export function select(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

/** The one sample of `name` with exactly these labels (besides none), or undefined. */
export function value(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const keys = Object.keys(labels).sort().join(',');
  const hit = select(samples, name, labels).filter((s) => Object.keys(s.labels).sort().join(',') === keys);
  if (hit.length > 1) throw new Error(`${hit.length} samples of ${name} ${JSON.stringify(labels)}`);
  return hit[0]?.value;
}

/** GET /metrics: the response, its text and its samples. */
export async function scrape(base: string) {
  const res = await fetch(`${base}/metrics`);
  const text = await res.text();
  return { res, text, ...parseExposition(text) };
}
