import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** Generates operations by walking the live schema, so fields added later are covered too. */
export interface Gen {
  readonly rnd: () => number;
  /** A string or ID value for an argument. */
  readonly string: (arg: string) => string;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** A GraphQL literal for an input type (strings JSON-escaped, which GraphQL accepts). */
export function literal(type: GraphQLInputType, name: string, g: Gen, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, name, g, depth);
  if (isListType(type)) return `[${literal(type.ofType, name, g, depth)}]`;
  if (isEnumType(type)) return pick(g.rnd, type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || (depth < 2 && g.rnd() < 0.5));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f.name, g, depth + 1)}`).join(', ')} }`;
  }
  const t = type.name;
  if (t === 'Int') return String(pick(g.rnd, [0, 1, 2, 3, 10, 50, 100, 101, -1, 1999, 2023, 2025]));
  if (t === 'Float') return String(pick(g.rnd, [0, 1.5, 50, 100, -3]));
  if (t === 'Boolean') return pick(g.rnd, ['true', 'false']);
  if (/date/i.test(t)) return JSON.stringify(pick(g.rnd, ['2023', '2023-06', '2023-06-14', '2020-13-40', 'yesterday']));
  return JSON.stringify(g.string(name));
}

/** Arguments for a field: the required ones always, the optional ones at random (or all, with `all`). */
export function args(field: { args: readonly GraphQLArgument[] }, g: Gen, all = false): string {
  const chosen = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined || all || g.rnd() < 0.5);
  return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(a.type, a.name, g)}`).join(', ')})` : '';
}

/** A selection set for a type: a few fields, nested up to `depth` levels, leaves at the bottom. */
export function selection(type: GraphQLOutputType | GraphQLNamedType, g: Gen, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const schemaTypes = isUnionType(named) ? named.getTypes() : [];
    const parts = ['__typename'];
    if (isInterfaceType(named)) parts.push(...Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type))).map((f) => f.name).slice(0, 2));
    for (const t of schemaTypes.slice(0, 2)) parts.push(`... on ${t.name} ${selection(t, g, depth - 1) || '{ __typename }'}`);
    return `{ ${parts.join(' ')} }`;
  }
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
  const parts: string[] = [];
  const nLeaves = 1 + Math.floor(g.rnd() * Math.min(3, leaves.length));
  for (let i = 0; i < nLeaves && leaves.length; i++) {
    const f = pick(g.rnd, leaves);
    parts.push(`${f.name}${args(f, g)}`);
  }
  if (depth > 1 && objects.length) {
    const n = Math.floor(g.rnd() * 3);
    for (let i = 0; i < n; i++) {
      const f = pick(g.rnd, objects);
      parts.push(`${f.name}${args(f, g)} ${selection(f.type, g, depth - 1)}`);
    }
  }
  if (!parts.length) parts.push('__typename');
  // A field picked twice (perhaps with other arguments) would conflict: keep the first.
  const seen = new Set<string>();
  const unique = parts.filter((p) => {
    const name = /^[A-Za-z_]\w*/.exec(p)![0];
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return `{ ${unique.join(' ')} }`;
}

/** A query of one root field, with arguments and a selection. */
export function query(schema: GraphQLSchema, g: Gen, field: GraphQLField<unknown, unknown>, depth: number): string {
  const sel = isLeafType(getNamedType(field.type)) ? '' : selection(field.type, g, depth);
  return `{ ${field.name}${args(field, g)} ${sel} }`;
}

export function rootFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()!.getFields());
}

/** True when a field returns one nullable object (a lookup that answers null when nothing matches). */
export function isSingleLookup(field: GraphQLField<unknown, unknown>): boolean {
  return !isNonNullType(field.type) && !isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
}

export { isScalarType };
