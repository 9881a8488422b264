/**
 * The README's Cypher cookbook: each query is a file of cypher/cookbook/, quoted in the
 * README as it is, and runs on every backend with the answer the GraphQL API gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/store/create.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { data } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

const README = fs.readFileSync(path.join(CYPHER_DIR, '..', 'README.md'), 'utf8');
/** A statement file without its comment lines, as the README quotes it. */
const body = (name: string) =>
  fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();

it('the README quotes every cookbook query as its file holds it', () => {
  for (const name of [STATEMENTS.cookbookDesignCard, STATEMENTS.cookbookListDiff, STATEMENTS.cookbookAllianceMembers]) {
    expect(README, name).toContain(body(name));
  }
});

forEachSeededBackend('the Cypher cookbook', (store) => {
  it("the design card's question answers what the GraphQL filter answers", async () => {
    const rows = await store().read({ name: STATEMENTS.cookbookDesignCard });
    const d = await data(store(), `{ minerals(where: { importReliance: { importer: "USA", min: 100 }, topImportSource: { importer: "USA", country: "CHN" } }) { edges { node { id name } } } }`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(d.minerals.edges.map((e: any) => e.node));
  });

  it("the list diff is GraphQL's listDiff without its group resolution", async () => {
    const added = (await store().read({ name: STATEMENTS.cookbookListDiff })).map((r) => r.added);
    const d = await data(store(), '{ listDiff(from: "USA-2022", to: "USA-2025") { added { id } } }');
    const graphql = d.listDiff.added.map((m: any) => m.id);
    expect(added.length).toBeGreaterThan(0);
    // Every mineral GraphQL counts as added is new to the list in plain Cypher too.
    for (const id of graphql) expect(added).toContain(id);
  });

  it("an alliance's members are its GraphQL members, in order of joining", async () => {
    const rows = await store().read({ name: STATEMENTS.cookbookAllianceMembers });
    const d = await data(store(), '{ alliance(id: "msp") { members { since country { id } } } }');
    expect(rows.map((r) => r.country).sort()).toEqual(d.alliance.members.map((m: any) => m.country.id).sort());
    expect(rows.map((r) => r.since)).toEqual([...rows.map((r) => r.since)].sort());
  });
});
