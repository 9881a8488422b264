import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { CypherRegistry } from './cypher.js';
import { KuzuStore } from './kuzu-store.js';
import { Neo4jStore } from './neo4j-store.js';
import type { Backend, GraphStore } from './port.js';
import { ALL_STATEMENTS } from './statements.js';

/**
 * The repo's folders, found from this file so the server runs from any working
 * directory, as TypeScript (src/store/) or compiled (dist/src/store/): the nearest
 * folder above that holds package.json and cypher/.
 */
export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json with cypher/ beside it above ${from}`);
  }
}

/** Loads cypher/ for a backend and fails at start-up if a statement the code uses is missing. */
export function loadCypher(backend: Backend, dir = CYPHER_DIR): CypherRegistry {
  return CypherRegistry.load(dir, backend).assertHas(ALL_STATEMENTS);
}

/** Neo4j when NEO4J_URI is set, else embedded Kùzu. */
export function createStore(config: Pick<Config, 'neo4j' | 'kuzuPath' | 'kuzuBufferPoolMb' | 'queryTimeoutMs'>): GraphStore {
  if (config.neo4j) {
    return new Neo4jStore(loadCypher('neo4j'), { ...config.neo4j, defaultTimeoutMs: config.queryTimeoutMs });
  }
  return new KuzuStore(loadCypher('kuzu'), {
    path: config.kuzuPath === ':memory:' ? ':memory:' : path.resolve(config.kuzuPath),
    bufferPoolMb: config.kuzuBufferPoolMb,
    defaultTimeoutMs: config.queryTimeoutMs,
  });
}
