/**
 * Relationship ids: every relationship object has an `id` that is the same wherever the
 * relationship appears (a fact list, a neighbourhood, an entity's links), and
 * `relationship(id:)` reads it back; on every backend. Expected ends and properties are
 * read from the seed files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { data } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

const rows = (file: string) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((x) => x.values);

forEachSeededBackend('Relationship ids', (store) => {
  it('a Listing and the LISTS relationship in the edition’s neighbourhood share one id, and relationship(id:) reads it back', async () => {
    const seed = rows('listings.csv').find((r) => r.edition === 'USA-2022' && r.mineral === 'gallium')!;
    const d = await data(store(), `{
      mineral(id: "gallium") { listedIn { id asPublished edition { id } } }
      neighborhood(id: "USA-2022", depth: 1, limit: 200) { relationships { id type from { id } to { id } } }
    }`);
    const listing = d.mineral.listedIn.find((l: any) => l.edition.id === 'USA-2022');
    expect(listing.asPublished).toBe(seed.asPublished);
    const link = d.neighborhood.relationships.find((l: any) => l.type === 'LISTS' && l.to.id === 'gallium');
    expect(link.id).toBe(listing.id);

    const back = await data(store(), 'query R($id: ID!) { relationship(id: $id) { id type from { id } to { id } properties } }', { id: listing.id });
    expect(back.relationship).toEqual({ id: listing.id, type: 'LISTS', from: { id: 'USA-2022' }, to: { id: 'gallium' }, properties: expect.any(Object) });
    expect(back.relationship.properties.asPublished).toBe(seed.asPublished);
  });

  it('a Membership’s id equals the MEMBER_OF relationship’s in a neighbourhood, and reads back with its dates', async () => {
    const seed = rows('memberships.csv').find((r) => r.country === 'AUS' && r.alliance === 'msp')!;
    const d = await data(store(), `{
      alliance(id: "msp") { members { id since country { id } } }
      neighborhood(id: "msp", depth: 1, limit: 100) { relationships { id type from { id } to { id } } }
    }`);
    const m = d.alliance.members.find((x: any) => x.country.id === 'AUS');
    expect(m.since).toBe(seed.since);
    const r = d.neighborhood.relationships.find((x: any) => x.type === 'MEMBER_OF' && x.from.id === 'AUS');
    expect(r.id).toBe(m.id);
    const back = await data(store(), 'query R($id: ID!) { relationship(id: $id) { type from { id } to { id } properties } }', { id: m.id });
    expect(back.relationship).toMatchObject({ type: 'MEMBER_OF', from: { id: 'AUS' }, to: { id: 'msp' } });
    expect(back.relationship.properties.since).toBe(seed.since);
  });

  it('facts between one pair (reliance per year, sources per period) get distinct ids that each read back', async () => {
    const d = await data(store(), '{ mineral(id: "gallium") { importReliance { id year text } importSources { id rank period country { id } } } }');
    const facts = [...d.mineral.importReliance, ...d.mineral.importSources];
    expect(facts.length).toBeGreaterThan(1);
    expect(new Set(facts.map((f: any) => f.id)).size).toBe(facts.length);
    for (const f of d.mineral.importReliance) {
      const back = await data(store(), 'query R($id: ID!) { relationship(id: $id) { type from { id } to { id } properties } }', { id: f.id });
      expect(back.relationship).toMatchObject({ type: 'RELIES_ON', from: { id: 'USA' }, to: { id: 'gallium' } });
      expect(back.relationship.properties.year).toBe(f.year);
      expect(back.relationship.properties.text).toBe(f.text);
    }
  });

  it('a neighbourhood read for its ends only (no properties selected) has the same relationships as one read whole', async () => {
    for (const args of ['id: "CHN", depth: 2, limit: 150', 'id: "IDN", depth: 2, limit: 200, includeFacts: false', 'id: "gallium", includeRevisions: true']) {
      const ends = await data(store(), `{ neighborhood(${args}) { relationships { id type from { id } to { id } } } }`);
      const whole = await data(store(), `{ neighborhood(${args}) { relationships { id type from { id } to { id } properties note } } }`);
      expect(ends.neighborhood.relationships.length, args).toBeGreaterThan(0);
      expect(ends.neighborhood.relationships, args).toEqual(whole.neighborhood.relationships.map(({ properties: _p, note: _n, ...r }: any) => r));
    }
  });

  it('ids in a neighbourhood are unique, and an unknown or malformed id reads as null', async () => {
    const d = await data(store(), '{ neighborhood(id: "IDN", depth: 2, limit: 200, includeFacts: true) { relationships { id } } }');
    const ids = d.neighborhood.relationships.map((r: any) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const none = await data(store(), `{
      a: relationship(id: "gallium") { id }
      b: relationship(id: "rel:not-base64") { id }
      c: relationship(id: "rel:WyJOT1BFIiwiYSIsImIiLCIiXQ") { id }
      d: node(id: "${ids[0]}") { id }
    }`);
    expect(none).toEqual({ a: null, b: null, c: null, d: null });
  });
});
