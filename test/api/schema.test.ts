import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is the SDL the code defines (run `npm run schema:emit` after changing the schema)', async () => {
    const committed = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printSdl());
  });

  it('has the entry points and fields of DESIGN.md so far', async () => {
    const sdl = await printSdl();
    for (const f of ['node(id: ID!): Node', 'mineral(id: ID!): Mineral', 'listEdition(id: ID!): ListEdition', 'minerals(']) {
      expect(sdl).toContain(f);
    }
  });
});
