/**
 * What every Node carries for a graph view: its type's label and a name to draw it by
 * (expected values read from the seed files), on every backend.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { data } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

const row = (file: string, id: string) => {
  const r = csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((x) => x.values).find((v) => v.id === id);
  if (!r) throw new Error(`${file} has no row ${id}`);
  return r;
};

forEachSeededBackend('Node fields for drawing', (store) => {
  it('label is the type, displayName the name (or title), displayNameZh the Chinese one; without a type fragment', async () => {
    const d = await data(store(), `{
      a: node(id: "gallium") { id label displayName displayNameZh __typename }
      b: node(id: "msp") { id label displayName displayNameZh __typename }
      c: node(id: "USA-2022") { id label displayName displayNameZh __typename }
      e: node(id: "usgs-mcs-2025") { id label displayName __typename }
    }`);
    const gallium = row('minerals.csv', 'gallium');
    expect(d.a).toEqual({ id: 'gallium', label: 'Mineral', displayName: gallium.name, displayNameZh: gallium.nameZh, __typename: 'Mineral' });
    const msp = row('alliances.csv', 'msp');
    expect(d.b).toEqual({ id: 'msp', label: 'Alliance', displayName: msp.name, displayNameZh: msp.nameZh, __typename: 'Alliance' });
    const usa2022 = row('list_editions.csv', 'USA-2022');
    expect(d.c).toEqual({ id: 'USA-2022', label: 'ListEdition', displayName: usa2022.title, displayNameZh: usa2022.titleZh || null, __typename: 'ListEdition' });
    const src = csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, 'sources.usgs.csv'), 'utf8'))).map((x) => x.values).find((v) => v.id === 'usgs-mcs-2025')!;
    expect(d.e).toEqual({ id: 'usgs-mcs-2025', label: 'Source', displayName: src.title, __typename: 'Source' });
  });

  it('the fields are there on every node a neighbourhood returns', async () => {
    const d = await data(store(), '{ neighborhood(id: "IDN", depth: 1, limit: 50) { nodes { id label displayName } } }');
    expect(d.neighborhood.nodes.length).toBeGreaterThan(1);
    for (const n of d.neighborhood.nodes) {
      expect(n.label, n.id).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(n.displayName.length, n.id).toBeGreaterThan(0);
    }
  });
});
