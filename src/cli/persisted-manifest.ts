import fs from 'node:fs';
import path from 'node:path';
import { OPERATIONS as EXPLORE_OPERATIONS } from '../explore/client/queries.js';
import { readExamples } from '../http/graphiql.js';
import { sha256 } from '../http/persisted.js';
import { REPO_ROOT } from '../store/create.js';

/**
 * `npm run persisted:manifest [-- OUT.json]`: an Apollo persisted query manifest of the
 * example operations (schema/examples.graphql) and the graph view's (/explore, so it
 * keeps working), for PERSISTED_OPERATIONS_ONLY. Clients
 * that ship their own operations generate theirs with Apollo's
 * `generate-persisted-query-manifest`; the format is the same.
 */
const explore = Object.values(EXPLORE_OPERATIONS).map((query) => ({ name: /query\s+(\w+)/.exec(query)![1], query }));
const operations = [...readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql')), ...explore].map((e) => ({
  id: sha256(e.query),
  name: e.name,
  type: 'query',
  body: e.query,
}));
const manifest = JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2) + '\n';
const out = process.argv[2];
if (out) {
  fs.writeFileSync(out, manifest);
  process.stderr.write(`persisted:manifest: ${operations.length} operations written to ${out}\n`);
} else {
  process.stdout.write(manifest);
}
