/**
 * The schema and examples as client tooling meets them: graphql-inspector validates the
 * examples against the emitted SDL, and Relay's compiler accepts a refetchable fragment on
 * `Node` with the fields a view draws (Relay requires `node(id: ID!): Node` for that).
 * Each check also runs once on a broken input, so it is seen to fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/store/create.js';
import { runCommand } from '../support/process.js';

const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');
const SDL = path.join(REPO_ROOT, 'schema', 'schema.graphql');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-clients-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = async (cmd: string, args: string[], cwd = REPO_ROOT) => {
  const r = await runCommand(path.join(BIN, cmd), args, { cwd, timeoutMs: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
};

describe('graphql-inspector validate', () => {
  it('passes schema/examples.graphql against schema/schema.graphql', async () => {
    const r = await run('graphql-inspector', ['validate', 'schema/examples.graphql', 'schema/schema.graphql']);
    expect(r.out).toMatch(/All documents are valid/);
    expect(r.status).toBe(0);
  });

  it('fails an operation that asks for a field the schema lacks', async () => {
    const bad = path.join(tmp, 'bad.graphql');
    fs.writeFileSync(bad, 'query Bad { mineral(id: "gallium") { id colour } }\n');
    const r = await run('graphql-inspector', ['validate', bad, SDL]);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/colour/);
  });
});

describe('Relay compiler', () => {
  function project(name: string, fragment: string): string {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify({ src: './src', schema: SDL, language: 'typescript' }));
    fs.writeFileSync(path.join(dir, 'src', 'NodeCard.ts'), `import { graphql } from 'react-relay';\nexport const fragment = graphql\`\n${fragment}\n\`;\n`);
    return dir;
  }

  it('accepts a refetchable fragment on Node with id, label, displayName and displayNameZh, refetched through node(id:)', async () => {
    const dir = project('ok', 'fragment NodeCard_node on Node @refetchable(queryName: "NodeCardRefetchQuery") { id label displayName displayNameZh }');
    const r = await run('relay-compiler', [], dir);
    expect(r.out).toMatch(/Compilation completed/);
    expect(r.status).toBe(0);
    const generated = fs.readFileSync(path.join(dir, 'src', '__generated__', 'NodeCardRefetchQuery.graphql.ts'), 'utf8');
    expect(generated).toMatch(/node\(id: \$id\)/);
  });

  it('refuses a fragment on a field Node does not have', async () => {
    const dir = project('bad', 'fragment NodeCard_node on Node @refetchable(queryName: "NodeCardRefetchQuery") { id colour }');
    const r = await run('relay-compiler', [], dir);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/colour/);
  });
});
