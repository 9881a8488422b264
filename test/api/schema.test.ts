import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is the SDL the code defines (run `npm run schema:emit` after changing the schema)', async () => {
    const committed = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printSdl());
  });

  it('has the entry points and fields of schema/CONTRACT.md', async () => {
    const sdl = await printSdl();
    for (const f of ['node(id: ID!): Node', 'mineral(id: ID!): Mineral', 'listEdition(id: ID!): ListEdition', 'minerals(']) {
      expect(sdl).toContain(f);
    }
  });
});

describe('the contract in the repo', () => {
  it('every Markdown file the README, the contract, bench/README.md and src/ cite is in the repo', () => {
    const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const files = ['README.md', 'schema/CONTRACT.md', 'bench/README.md'];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (e.isDirectory()) walk(`${dir}/${e.name}`);
        else if (e.name.endsWith('.ts')) files.push(`${dir}/${e.name}`);
      }
    };
    walk('src');
    const missing: string[] = [];
    for (const f of files) {
      for (const [ref] of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/[A-Za-z0-9_./-]+\.md\b/g)) {
        const candidates = [path.join(root, ref), path.join(root, path.dirname(f), ref)];
        if (!candidates.some((c) => fs.existsSync(c))) missing.push(`${f} cites ${ref}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
