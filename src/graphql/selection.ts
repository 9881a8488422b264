import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a look-ahead reads of a field: its nodes in the operation (several where the request
 * names it more than once under one response key) and the operation's named fragments. A
 * resolver's `info` is one; `childSelections` gives those of the fields below it.
 */
export type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Looking ahead at the selection: the names of the fields selected under `path` (e.g.
 * ['relationships']) of the field being resolved, through inline fragments and named
 * fragments, so a resolver reads only what the request asks for.
 */
export function selectedFields(info: Selection, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((s) => fieldsOf(s, info.fragments)).filter((f) => f.name.value === name).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return new Set(sets.flatMap((s) => fieldsOf(s, info.fragments)).map((f) => f.name.value));
}

/** Fields any lean read answers: the id and the type (`label` is the same as `__typename`). */
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'label']);

/** Whether every field selected under each of `paths` is one of `allowed` (so a lean read answers them all). */
export function selectsOnly(info: Selection, paths: readonly (readonly string[])[], allowed: ReadonlySet<string>): boolean {
  return paths.every((p) => [...selectedFields(info, p)].every((f) => allowed.has(f)));
}

/**
 * The fields of a fact (`ImportReliance`, `Listing`, ...) that print its provenance properties
 * (src/store/cypher.ts PROVENANCE_PROPS): a fact list whose selection has none of them is read
 * without those properties.
 */
export const PROVENANCE_FIELDS: ReadonlySet<string> = new Set(['sources', 'note', 'citation']);

/** Whether the field being resolved (a fact list) selects a field that prints its provenance. */
export function selectsProvenance(info: Selection): boolean {
  return [...selectedFields(info, [])].some((f) => PROVENANCE_FIELDS.has(f));
}

/**
 * The fields selected directly under the one being resolved, by response key (alias, else
 * name), each with the selection its own resolver will see: a parent can start the reads of
 * its children before it resolves (see prefetchMineralFacts). `@skip` and `@include` are not
 * evaluated: a field they leave out only costs a read nobody uses.
 */
export function childSelections(info: Selection): Map<string, { name: string; selection: Selection }> {
  const out = new Map<string, { name: string; selection: Selection }>();
  const nodes = new Map<string, FieldNode[]>();
  for (const f of info.fieldNodes.flatMap((n) => (n.selectionSet ? fieldsOf(n.selectionSet, info.fragments) : []))) {
    const key = f.alias?.value ?? f.name.value;
    const list = nodes.get(key) ?? [];
    list.push(f);
    nodes.set(key, list);
  }
  for (const [key, fieldNodes] of nodes) out.set(key, { name: fieldNodes[0].name.value, selection: { fieldNodes, fragments: info.fragments } });
  return out;
}

function fieldsOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(sel.selectionSet, fragments, seen));
    else if (!seen.has(sel.name.value) && fragments[sel.name.value]) {
      seen.add(sel.name.value);
      out.push(...fieldsOf(fragments[sel.name.value].selectionSet, fragments, seen));
    }
  }
  return out;
}
