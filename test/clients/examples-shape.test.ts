/**
 * schema/examples.graphql teaches what clients need: every selection on an entity (a
 * `Node`) or a relationship object (anything with an `id` a cache keys on) selects `id`,
 * several operations take variables, and the paging example pages with `$after`.
 * Loaded as clients' tools load it: graphql-tools' file loader (graphql-config,
 * graphql-inspector, codegen use it).
 */
import path from 'node:path';
import { loadDocuments } from '@graphql-tools/load';
import { GraphQLFileLoader } from '@graphql-tools/graphql-file-loader';
import {
  getNamedType, isObjectType, isInterfaceType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DocumentNode, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.js';
import { REPO_ROOT } from '../../src/store/create.js';

const FILE = path.join(REPO_ROOT, 'schema', 'examples.graphql');

async function load(): Promise<DocumentNode> {
  const [source] = await loadDocuments(FILE, { loaders: [new GraphQLFileLoader()] });
  return source.document!;
}

/** Whether a selection set selects `id` itself (fragments spread into it count). */
function selectsId(set: SelectionSetNode, doc: DocumentNode): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === 'id' && !s.alias;
    if (s.kind === Kind.INLINE_FRAGMENT) return !s.typeCondition && selectsId(s.selectionSet, doc);
    const frag = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return frag?.kind === Kind.FRAGMENT_DEFINITION && selectsId(frag.selectionSet, doc);
  });
}

describe('schema/examples.graphql', () => {
  it('loads with graphql-tools’ file loader, as graphql-config and graphql-inspector load it', async () => {
    const doc = await load();
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(20);
  });

  it('selects `id` on every entity and every relationship object it selects', async () => {
    const schema = await getSchema();
    const doc = await load();
    const info = new TypeInfo(schema);
    const missing: string[] = [];
    let op = '';
    visit(
      doc,
      visitWithTypeInfo(info, {
        OperationDefinition: (n) => void (op = n.name?.value ?? '?'),
        Field(node) {
          if (!node.selectionSet) return;
          const t = getNamedType(info.getType());
          if ((isObjectType(t) || isInterfaceType(t)) && t.getFields().id && !selectsId(node.selectionSet, doc)) {
            missing.push(`${op}: ${node.alias?.value ?? node.name.value} (${t.name})`);
          }
        },
      }),
    );
    expect(missing).toEqual([]);
  });

  it('several operations take variables (with defaults, so GraphiQL runs them as they are), and the paging example pages with $after', async () => {
    const doc = await load();
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const withVars = ops.filter((o) => (o.variableDefinitions?.length ?? 0) > 0);
    expect(withVars.length).toBeGreaterThanOrEqual(5);
    for (const o of withVars) {
      for (const v of o.variableDefinitions!) {
        const required = v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue;
        expect(required, `${o.name?.value}: $${v.variable.name.value} needs a default`).toBe(false);
      }
    }
    const paging = ops.find((o) => o.name?.value === 'MineralsPage')!;
    expect(paging.variableDefinitions!.map((v) => v.variable.name.value)).toContain('after');
    const text = paging.loc!.source.body.slice(paging.loc!.start, paging.loc!.end);
    expect(text).toMatch(/after:\s*\$after/);
    expect(text).toMatch(/endCursor/);
  });
});
