import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE, checkFirst } from './paginate.js';

/**
 * Limits checked on an operation before it runs: how deep it nests, how many
 * aliases and directives it carries, and what it would cost. Cost is a bound on
 * the objects a response can hold (Shopify's and GitHub's model: objects are what
 * the store reads; a scalar is a property of an object already read): every field
 * that returns an object costs 1, scalar fields and lists of scalars cost nothing,
 * and a list of objects multiplies what is under it by its page size (`first`,
 * `last` or `limit`, read from literals or variables; on a connection, or a
 * subgraph, the size weighs the lists under it), or by `defaultListSize` when the
 * list takes no size. So a field's own maximum (`neighborhood(limit: 500)`,
 * `minerals(first: 100)`) with the fields a client draws stays within the default
 * limit, and the limit still stops nested fan-out. Introspection fields
 * (`__schema`, `__type`) are left to graphql-js's MaxIntrospectionDepthRule and the
 * introspection switch.
 */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  /** The weight of a list of objects that takes no size argument. */
  readonly defaultListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxCost: 5000, defaultListSize: 20 };

/** Arguments that set how many items a list field returns. */
export const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'cost' | 'tokens' | 'pathRows';

export interface Measures {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** A rejected operation: which limit, its value, and what the operation came to. */
export class QueryTooComplexError extends GraphQLError {
  constructor(readonly limit: LimitName, readonly max: number, readonly found: number | undefined, message: string) {
    super(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }), http: { status: 400 } } });
    this.name = 'QueryTooComplexError';
  }
}

const DESCRIBE: Record<Exclude<LimitName, 'tokens' | 'pathRows'>, (found: number, max: number) => string> = {
  depth: (f, m) => `The operation nests fields ${f} levels deep; the limit is ${m}.`,
  aliases: (f, m) => `The operation uses ${f} aliases; the limit is ${m}.`,
  directives: (f, m) => `The operation uses ${f} directives; the limit is ${m}.`,
  cost: (f, m) =>
    `The operation could return up to ${f} objects (each list weighed by its first/limit); the limit is ${m}. Ask for smaller pages or fewer nested lists.`,
};

export function tooComplex(limit: Exclude<LimitName, 'tokens' | 'pathRows'>, found: number, max: number): QueryTooComplexError {
  return new QueryTooComplexError(limit, max, found, DESCRIBE[limit](found, max));
}

export function tooManyTokens(max: number): QueryTooComplexError {
  return new QueryTooComplexError('tokens', max, undefined, `The document has more than ${max} tokens; the limit is ${max}.`);
}

/** Throws QueryTooComplexError for the first limit the measures break (depth, aliases, directives, cost). */
export function enforceLimits(m: Measures, limits: QueryLimits, spentBefore = 0): void {
  if (m.depth > limits.maxDepth) throw tooComplex('depth', m.depth, limits.maxDepth);
  if (m.aliases > limits.maxAliases) throw tooComplex('aliases', m.aliases, limits.maxAliases);
  if (m.directives > limits.maxDirectives) throw tooComplex('directives', m.directives, limits.maxDirectives);
  if (spentBefore + m.cost > limits.maxCost) throw tooComplex('cost', spentBefore + m.cost, limits.maxCost);
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly variableDefaults: ReadonlyMap<string, ValueNode>;
  readonly defaultListSize: number;
  /** Fragment results by name and inherited page size: a fragment spread many times is measured once. */
  readonly memo: Map<string, Measures>;
}

/**
 * Measures an operation that passed validation (so fields exist and fragments do
 * not cycle). Also refuses `first` outside 0..100 on any field, before anything runs.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
  defaultListSize = DEFAULT_QUERY_LIMITS.defaultListSize,
): Measures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variableDefaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variableDefaults.set(v.variable.name.value, v.defaultValue);
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const walk: Walk = { schema, fragments, variables, variableDefaults, defaultListSize, memo: new Map() };
  const m = root ? selectionSet(walk, operation.selectionSet, root, undefined) : { depth: 0, aliases: 0, directives: 0, cost: 0 };
  return { ...m, directives: m.directives + (operation.directives?.length ?? 0) };
}

function selectionSet(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, pending: number | undefined): Measures {
  const out: Measures = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const add = (m: Measures) => {
    out.depth = Math.max(out.depth, m.depth);
    out.aliases += m.aliases;
    out.directives += m.directives;
    out.cost += m.cost;
  };
  for (const sel of set.selections) {
    out.directives += sel.directives?.length ?? 0;
    if (sel.kind === Kind.FIELD) {
      add(field(w, sel, parent, pending));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? typeFromAST(w.schema, sel.typeCondition) : parent;
      add(selectionSet(w, sel.selectionSet, isCompositeType(t) ? t : parent, pending));
    } else {
      const key = `${sel.name.value}|${pending ?? ''}`;
      let m = w.memo.get(key);
      if (!m) {
        const frag = w.fragments.get(sel.name.value);
        const t = frag ? typeFromAST(w.schema, frag.typeCondition) : undefined;
        m = frag && isCompositeType(t) ? selectionSet(w, frag.selectionSet, t, pending) : { depth: 0, aliases: 0, directives: 0, cost: 0 };
        m = { ...m, directives: m.directives + (frag?.directives?.length ?? 0) };
        w.memo.set(key, m);
      }
      add(m);
    }
  }
  return out;
}

function field(w: Walk, node: FieldNode, parent: GraphQLCompositeType, pending: number | undefined): Measures {
  const aliases = node.alias ? 1 : 0;
  const name = node.name.value;
  if (name === '__schema' || name === '__type') return { depth: 0, aliases, directives: 0, cost: 0 };
  const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  // A scalar (or a list of scalars) is read with its object: it adds depth, not cost.
  if (!def || !node.selectionSet) return { depth: 1, aliases, directives: 0, cost: 0 };

  const size = sizeOf(w, node, def);
  const isList = isListType(getNullableType(def.type));
  // A list takes its own size, else the size its connection was given, else the default.
  const multiplier = isList ? (size ?? pending ?? w.defaultListSize) : 1;
  const passDown = isList ? undefined : size;
  const named = getNamedType(def.type);
  const inner = isCompositeType(named) ? selectionSet(w, node.selectionSet, named, passDown) : { depth: 0, aliases: 0, directives: 0, cost: 0 };
  return { depth: inner.depth + 1, aliases: aliases + inner.aliases, directives: inner.directives, cost: multiplier * (1 + inner.cost) };
}

/** The page size a field is asked for, or undefined when it takes none. */
function sizeOf(w: Walk, node: FieldNode, def: GraphQLField<unknown, unknown>): number | undefined {
  for (const argName of SIZE_ARGUMENTS) {
    const argDef = def.args.find((a) => a.name === argName);
    if (!argDef) continue;
    const given = node.arguments?.find((a) => a.name.value === argName);
    let value: unknown = undefined;
    if (given?.value.kind === Kind.VARIABLE) {
      const v = given.value.name.value;
      value = v in w.variables ? w.variables[v] : w.variableDefaults.has(v) ? valueFromASTUntyped(w.variableDefaults.get(v)!) : undefined;
    } else if (given) {
      value = valueFromASTUntyped(given.value);
    }
    if (value === undefined || value === null) value = argDef.defaultValue;
    if ((argName === 'first' || argName === 'last') && (typeof value === 'number' || value === undefined || value === null)) {
      // GitHub's rule: no page above 100, refused before anything runs. Refused here, the
      // request never executes: answer 400 (Apollo answers 500 for an error it did not expect).
      try {
        checkFirst(value as number | null | undefined, argName);
      } catch (err) {
        if (err instanceof GraphQLError) {
          throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 400 } } });
        }
        throw err;
      }
    }
    // A value of the wrong type fails variable coercion later; weigh it as a default page meanwhile.
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.ceil(value)) : DEFAULT_PAGE;
  }
  return undefined;
}

