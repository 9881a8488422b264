import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/store/create.js';
import { PEER_TYPE_DEFS } from './peer-typedefs.js';

/** The installed library's version, for the JSON results (its package exports no package.json). */
export const PEER_VERSION: string = (() => {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
})();

/**
 * The peer: the Neo4j GraphQL Library (@neo4j/graphql 7), the GraphQL layer a user would
 * pick instead of ours for Neo4j, set up the way its documentation shows: generated
 * schema from PEER_TYPE_DEFS, Apollo's standalone server on 127.0.0.1 (a free port) in
 * the benchmark's process, its own driver, the same database the benchmark built.
 *
 * Mutations are switched off (`@mutation(operations: [])`): our server refuses them too,
 * and the peer serves a database the benchmark owns. CASE_INSENSITIVE string filters are
 * switched on so that search can match "Gallium" with "gallium" as ours does.
 */
export interface PeerTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface RunningPeer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startPeer(t: PeerTarget): Promise<RunningPeer> {
  const driver: Driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password), { userAgent: 'critical-minerals-graph-bench-peer' });
  try {
    const neoSchema = new Neo4jGraphQL({
      typeDefs: `${PEER_TYPE_DEFS}\nextend schema @mutation(operations: [])\n`,
      driver,
      features: { filters: { String: { CASE_INSENSITIVE: true } } },
    });
    const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
    const { url } = await startStandaloneServer(apollo, {
      listen: { port: 0, host: '127.0.0.1' },
      // The library reads the database to use from the context (Community has one user database, but a user's server may not).
      context: async () => ({ sessionConfig: { database: t.database } }),
    });
    return {
      url,
      async close() {
        await apollo.stop();
        await driver.close();
      },
    };
  } catch (err) {
    await driver.close();
    throw err;
  }
}

/** The peer's answer against ours, by the ids (and counts) each holds. */
export interface PeerCheck {
  readonly mode: 'same' | 'subset';
  readonly ok: boolean;
  readonly ours: number;
  readonly peer: number;
  /** Ours, not in the peer's answer (a failure in either mode). */
  readonly onlyOurs: string[];
  /** The peer's, not in ours (a failure in mode `same`; expected in `subset`). */
  readonly onlyPeer: string[];
  /** Why there was nothing to compare, when there was not. */
  readonly error?: string;
}

/** Multiset comparison of ids: `same` wants equal answers, `subset` ours among the peer's. */
export function comparePeer(mode: 'same' | 'subset', ours: readonly string[], peer: readonly string[]): PeerCheck {
  const left = new Map<string, number>();
  for (const id of peer) left.set(id, (left.get(id) ?? 0) + 1);
  const onlyOurs: string[] = [];
  for (const id of ours) {
    const n = left.get(id) ?? 0;
    if (n === 0) onlyOurs.push(id);
    else left.set(id, n - 1);
  }
  const onlyPeer = [...left].flatMap(([id, n]) => Array<string>(n).fill(id));
  // In `subset` mode a total count cannot agree (the peer returns every hit), so only ids count.
  const ok = onlyOurs.length === 0 && (mode === 'subset' || onlyPeer.length === 0);
  return { mode, ok, ours: ours.length, peer: peer.length, onlyOurs, onlyPeer };
}
