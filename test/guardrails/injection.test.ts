import 'reflect-metadata';
import { getNamedType, isInputObjectType, isListType, isNonNullType, getNullableType, type GraphQLInputType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.js';
import { countGraph } from '../../src/seeds/load.js';
import { describeOnBackend } from '../support/stores.js';
import { leak, seededStore, serve } from './helpers.js';
import { isSingleLookup, rootFields, selection } from './schema-walk.js';

const FRAGMENTS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 //",
  '" OR 1=1 //',
  'gallium"}) RETURN n //',
  "gallium' })-[r]-() DELETE r //",
  '$ids',
  '{id: $id}',
  '`Mineral`',
  '`) MATCH (n) SET n.name = "x" //',
  '\\u0027 OR true //',
  '*/ MATCH (n) DETACH DELETE n /*',
  'CALL db.labels()',
  'gallium\u0000',
  'ｇａｌｌｉｕｍ',
  '镓") OR ("1"="1',
  '%',
  '.*',
  'gallium%',
];

/** Every string or ID position of an input type, as paths of field names. */
function stringSlots(type: GraphQLInputType, path: string[] = [], depth = 0): string[][] {
  const t = getNullableType(type);
  if (isListType(t)) return stringSlots(t.ofType, path, depth);
  const named = getNamedType(t) as GraphQLNamedType;
  if (named.name === 'String' || named.name === 'ID') return [path];
  if (isInputObjectType(named) && depth < 2) return Object.values(named.getFields()).flatMap((f) => stringSlots(f.type, [...path, f.name], depth + 1));
  return [];
}

/** A JSON value for a variable of `type` with `value` at `path` and sane values in its required places. */
function valueAt(type: GraphQLInputType, path: string[], value: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [valueAt(t.ofType, path, value)];
  const named = getNamedType(t);
  if (!isInputObjectType(named)) return path.length === 0 ? value : null;
  const out: Record<string, unknown> = {};
  for (const f of Object.values(named.getFields())) {
    if (path[0] === f.name) out[f.name] = valueAt(f.type, path.slice(1), value);
    else if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sane(f.type);
  }
  return out;
}

function sane(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (named.name === 'Int') return 1;
  if (named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  if ('getValues' in named) return (named as any).getValues()[0].name;
  if (isInputObjectType(named)) return valueAt(type, [], '');
  return 'gallium';
}

/**
 * Cypher fragments in every string and ID argument of every entry point (passed
 * as variables, then as literals) change nothing in the graph, raise no internal
 * error, show no internals, and match nothing: a lookup by such an id is null, and
 * a list answers as it does for an id that does not exist.
 */
describeOnBackend('injection through arguments', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    k = await seededStore();
    s = await serve({ store: k.store, queryTimeoutMs: 20_000 });
  });
  afterAll(async () => {
    await s?.server.close();
    await k?.dispose();
  });

  it('changes nothing, leaks nothing and matches nothing', async () => {
    const schema = await getSchema();
    const before = await countGraph(k.store);
    expect(before.nodes).toBeGreaterThan(100);
    const rnd = () => 0.3; // a fixed, small selection per field
    let sent = 0;
    let slotsSeen = 0;
    for (const field of rootFields(schema)) {
      const sel = selection(field.type, { rnd, string: () => 'gallium' }, 2);
      for (const arg of field.args) {
        for (const slot of stringSlots(arg.type)) {
          slotsSeen++;
          const vars = (v: string) => {
            const out: Record<string, unknown> = {};
            for (const a of field.args) {
              if (a === arg) out[a.name] = valueAt(a.type, slot, v);
              else if (isNonNullType(a.type) && a.defaultValue === undefined) out[a.name] = sane(a.type);
            }
            return out;
          };
          const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
          const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
          const q = `query Q${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''} ${sel} }`;
          const baseline = await s.gql(q, vars('zz-no-such-thing-zz'));
          // Every fragment at a top-level argument; a few at each place inside a filter.
          const frags = slot.length === 0 ? FRAGMENTS : FRAGMENTS.slice(0, 4);
          await Promise.all(
            frags.map(async (frag) => {
              const res = await s.post({ query: q, variables: vars(frag) });
              sent++;
              const text = await res.text();
              const ctx = `${field.name}(${arg.name}${slot.length ? '.' + slot.join('.') : ''}: ${JSON.stringify(frag)}) -> ${text.slice(0, 400)}`;
              const body = JSON.parse(text);
              expect(leak(text), ctx).toBeUndefined();
              for (const e of body.errors ?? []) expect(e.extensions.code, ctx).not.toBe('INTERNAL_SERVER_ERROR');
              if (isSingleLookup(field) && slot.length === 0 && getNamedType(arg.type).name === 'ID' && !body.errors) {
                expect(body.data[field.name], ctx).toBeNull();
              }
              if (getNamedType(arg.type).name === 'ID' || slot.length > 0) {
                // An ID (or a filter's id) that names nothing: the same answer as for any unknown id.
                if (!baseline.body.errors && !body.errors) expect(body.data, ctx).toEqual(baseline.body.data);
              }
            }),
          );
          // And once as a literal in the document, escaped as GraphQL requires.
          if (slot.length === 0) {
            const lit = field.args.map((a) => (a === arg ? `${a.name}: ${JSON.stringify(FRAGMENTS[0])}` : isNonNullType(a.type) && a.defaultValue === undefined ? `${a.name}: ${JSON.stringify(sane(a.type))}` : '')).filter(Boolean).join(', ');
            const res = await s.post({ query: `{ ${field.name}(${lit}) ${sel} }` });
            sent++;
            const text = await res.text();
            expect(leak(text), text).toBeUndefined();
          }
        }
      }
    }
    console.log(`injection: ${sent} requests over ${slotsSeen} string/ID argument positions`);
    expect(slotsSeen).toBeGreaterThanOrEqual(6);
    expect(await countGraph(k.store)).toEqual(before);
    expect((await s.gql('{ mineral(id: "gallium") { id } }')).body).toEqual({ data: { mineral: { id: 'gallium' } } });
  }, 240_000);
});
