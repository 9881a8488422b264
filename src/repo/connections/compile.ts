import { dateBounds } from '../../domain/dates.js';
import { DATE_BOUNDS, NODE_LABELS, isNodeLabel, type NodeLabel } from '../../domain/model.js';
import type { CypherRegistry, TemplateVars } from '../../store/cypher.js';
import type { Backend } from '../../store/port.js';
import { STATEMENTS } from '../../store/statements.js';
import { partialNode, type GraphNode } from '../../store/values.js';
import type { SortKey } from '../../graphql/filters/order.js';

/**
 * The translate layer: a connection request (its `where`, `orderBy`, cursor and page size)
 * becomes one parameterised statement, composed from the fixed fragments in
 * cypher/connection/ (a skeleton with slots, one fragment per scalar operator, per order,
 * per cursor and per relationship filter). The database filters, orders and cuts the page
 * (keyset: the cursor is a predicate, `LIMIT size + 1`), and counts only when `totalCount`
 * is asked for. What reaches the text: fragment files, property names from the model's
 * allow-list, and parameter names made here (`w3_v`: occurrence 3 of the tree). Values are
 * parameters, so the text depends only on the request's shape and is cached per shape.
 *
 * A tree this layer cannot express yet (a relationship filter without a fragment: memberOf,
 * listedIn through groups) returns null, and the caller uses the engine in
 * src/graphql/filters/engine.ts.
 */

export type ScalarKind = 'string' | 'int' | 'float' | 'date' | 'boolean';

/** What a relationship filter compiles to: a fragment and its parameters, "matches nothing", or null (the engine decides). */
/**
 * `anchor`: the fragment pins one node by id (`e.id = $_edition`), so a page may start from that
 * node's neighbours: the fragment's own MATCH, taken out of its EXISTS (see `anchorOf`).
 * `degree`: what it matches are exactly that node's relationships of one type, one per matched
 * node, so cypher/connection/degree/<fragment> counts them (on Neo4j from the node's degree):
 * the count when the filter is the whole `where`, and the estimate neo4j/connection/page-dense
 * chooses its plan by.
 */
export type RelationResult = { fragment: string; params: Record<string, unknown>; anchor?: boolean; degree?: boolean } | null;

/**
 * A filter's fragment for its input. Where the input leaves a year or period out, the
 * fragment compares the fact's flag of the latest one (`inLatestYear`, `inLatestPeriod`),
 * computed at load (src/seeds/compile.ts markLatest): nothing is read beforehand.
 */
export type RelationCompiler = (input: unknown) => RelationResult;

export interface CompileSpec {
  readonly label: NodeLabel;
  /** where-field → its kind (scalars are stored under the field's own name). */
  readonly scalars: Readonly<Record<string, { kind: ScalarKind }>>;
  /** The relationship filters this layer has fragments for (others fall back). */
  readonly relations: Readonly<Record<string, RelationCompiler>>;
}

export interface Compiled {
  /** The statement (cypher/ file) the slots fill. */
  readonly name: string;
  readonly vars: TemplateVars;
  readonly params: Record<string, unknown>;
}

interface WhereNode {
  [field: string]: unknown;
}

const OPS: Record<ScalarKind, Record<string, string>> = {
  date: { equals: 'date-equals', gt: 'date-gt', gte: 'date-gte', lt: 'date-lt', lte: 'date-lte' },
  string: { equals: 'string-equals', in: 'string-in', contains: 'string-contains', startsWith: 'string-starts-with' },
  int: { equals: 'number-equals', in: 'number-in', gt: 'number-gt', gte: 'number-gte', lt: 'number-lt', lte: 'number-lte' },
  float: { equals: 'number-equals', in: 'number-in', gt: 'number-gt', gte: 'number-gte', lt: 'number-lt', lte: 'number-lte' },
  boolean: { equals: 'boolean-equals' },
};

const given = (v: unknown) => v !== null && v !== undefined;

/** Every fragment file this layer composes from (a test fails on a file in cypher/connection/ not listed). */
export const CONNECTION_FRAGMENTS: readonly string[] = [
  ...new Set(Object.values(OPS).flatMap((ops) => Object.values(ops)).map((f) => `connection/scalar/${f}`)),
  ...['asc', 'desc', 'asc-reversed', 'desc-reversed', 'id-asc', 'id-desc'].map((f) => `connection/order/${f}`),
  ...['after', 'before'].flatMap((side) => ['asc', 'desc', 'null', 'id-asc', 'id-desc'].map((f) => `connection/cursor/${side}-${f}`)),
  ...['mineral-listed-in-edition', 'mineral-listed-in-edition-issuer', 'edition-contains'].map((f) => `connection/degree/${f}`),
  ...['any', 'edition', 'issuer', 'edition-issuer'].map((f) => `connection/rel/mineral-listed-in-${f}`),
  ...['any', 'edition', 'contains', 'edition-contains'].map((f) => `connection/rel/country-issued-list-${f}`),
  ...['edition-contains', 'policy-names', 'alliance-has-member'].map((f) => `connection/rel/${f}`),
  // These compare a year or period, or the latest one (`-latest`, flags computed at load).
  ...['mineral-top-import-source', 'mineral-produced-by', 'mineral-produced-by-share', ...['', '-min', '-max', '-min-max'].map((v) => `mineral-import-reliance${v}`)].flatMap(
    (f) => [`connection/rel/${f}`, `connection/rel/${f}-latest`],
  ),
];

class Unsupported extends Error {}

/** Fills a fragment: `{{PROP}}` from the allow-list, `$_x` scoped to `$<scope>_x`. */
function fill(text: string, scope: string, prop?: string): string {
  let out = text.replace(/\$_([A-Za-z]+)/g, (_, p: string) => `$${scope}_${p}`);
  if (prop !== undefined) out = out.replace(/\{\{PROP\}\}/g, prop);
  if (/\{\{/.test(out)) throw new Error('a connection fragment has an unfilled slot');
  return out;
}

/** Params of a fragment occurrence, renamed to its scope. */
function scoped(scope: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [`${scope}_${k}`, v]));
}

function checkProp(label: NodeLabel, prop: string): string {
  if (prop !== 'id' && !Object.prototype.hasOwnProperty.call(NODE_LABELS[label], prop)) throw new Unsupported(`no property ${prop}`);
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(prop)) throw new Unsupported(`not an identifier: ${prop}`);
  return prop;
}

/** The `where` tree as one boolean expression, or throws Unsupported. */
/**
 * Always true and always false without boolean literals: Kùzu 0.11 crashes on `x AND false`
 * (a node's id is never null).
 */
const TRUE = '(n.id IS NOT NULL)';
const FALSE = '(n.id IS NULL)';

interface Walk {
  readonly params: Record<string, unknown>;
  /** Parameters used inside a relationship fragment's EXISTS subquery (see the Kùzu binding below). */
  readonly subqueryParams: Set<string>;
  readonly shape: { existsUnderOrNot: boolean };
  /**
   * The first relationship filter at the top of the tree (under AND only) that names one node
   * by id and has an anchor fragment: the page starts from that node's neighbours.
   */
  anchor?: string;
  /** The anchor's parameters: on Kùzu they stay parameters (see compileConnection). */
  anchorParams?: readonly string[];
  /** The anchor's degree statement (RelationResult.degree), filled. */
  degree?: string;
  /** Conditions besides the anchor (each operator, other relationship filter and empty OR). */
  others: number;
  /** False: no filter becomes the anchor (the whole `where` as one expression, for page-dense's scan). */
  readonly anchoring: boolean;
  readonly counter: { n: number };
}

function predicate(reg: CypherRegistry, spec: CompileSpec, w: WhereNode, walk: Walk, underOrNot: boolean): string {
  const { params, counter } = walk;
  const parts: string[] = [];
  for (const [field, value] of Object.entries(w)) {
    if (!given(value)) continue;
    if (field === 'AND' || field === 'OR' || field === 'NOT') {
      const kids = (value as WhereNode[]).map((c) => predicate(reg, spec, c, walk, underOrNot || field !== 'AND'));
      if (field === 'AND') parts.push(kids.length ? `(${kids.join(' AND ')})` : TRUE);
      else if (field === 'OR') {
        if (!kids.length) walk.others++;
        parts.push(kids.length ? `(${kids.join(' OR ')})` : FALSE);
      }
      else parts.push(kids.length ? `NOT (${kids.join(' OR ')})` : TRUE);
    } else if (spec.scalars[field]) {
      const kind = spec.scalars[field].kind;
      const prop = checkProp(spec.label, field);
      // A partial date compares by its span, stored at load as <prop>Lo and <prop>Hi (model DATE_BOUNDS).
      if (kind === 'date' && !(DATE_BOUNDS[spec.label] ?? []).includes(prop)) throw new Unsupported(`no date bounds for ${prop}`);
      for (const [op, v] of Object.entries(value as Record<string, unknown>)) {
        if (!given(v)) continue;
        const frag = OPS[kind][op];
        if (!frag) throw new Unsupported(`${kind} ${op}`);
        const scope = `w${counter.n++}`;
        walk.others++;
        parts.push(fill(reg.fragment(`connection/scalar/${frag}`), scope, prop));
        if (kind === 'date') {
          const [lo, hi] = dateBounds(String(v));
          params[`${scope}_lo`] = lo;
          params[`${scope}_hi`] = hi;
        } else params[`${scope}_v`] = v;
      }
    } else if (spec.relations[field]) {
      if (underOrNot) walk.shape.existsUnderOrNot = true;
      const rel = spec.relations[field](value);
      if (!rel) throw new Unsupported(`relationship filter ${field}`);
      const scope = `w${counter.n++}`;
      const text = fill(reg.fragment(`connection/rel/${rel.fragment}`), scope);
      const anchor = rel.anchor && walk.anchoring && !underOrNot && !walk.anchor ? anchorOf(text, spec.label) : undefined;
      const own = scoped(scope, rel.params);
      Object.assign(params, own);
      if (anchor) {
        // The page starts from this filter's MATCH, which then says all of it: the EXISTS would repeat it.
        walk.anchor = anchor;
        walk.anchorParams = Object.keys(own);
        if (rel.degree) walk.degree = fill(reg.fragment(`connection/degree/${rel.fragment}`), scope);
        parts.push(TRUE);
      } else {
        walk.others++;
        parts.push(text);
        for (const k of Object.keys(own)) walk.subqueryParams.add(k);
      }
    } else {
      throw new Unsupported(`where field ${field}`);
    }
  }
  return parts.length ? (parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`) : TRUE;
}

/**
 * A relationship fragment's EXISTS { MATCH pattern WHERE condition } as the page's own
 * `MATCH pattern WHERE condition`, with n given its label: the nodes it reaches from the node it
 * pins by id are the only candidates (at 1000x, an edition's 20 minerals instead of 100k with an
 * EXISTS each). Undefined for a fragment of another shape.
 */
function anchorOf(fragment: string, label: NodeLabel): string | undefined {
  const m = /^EXISTS \{ MATCH ([^{}]*?\(n\)[^{}]*?) WHERE ([^{}]+) \}$/.exec(fragment.trim());
  if (!m || m[1].split('(n)').length !== 2) return undefined;
  return `MATCH ${m[1].replace('(n)', `(n:${label})`)}\nWHERE ${m[2]}`;
}

/**
 * A page that chooses between its anchor's neighbours and the label's id index (Neo4j only: the
 * file is in cypher/neo4j/. Kùzu keeps no index in id order, so a scan there reads the whole label).
 */
export const PAGE_DENSE = 'connection/page-dense';

/** The skeletons only one backend has (the registry checks them at start-up). */
export const DIALECT_FRAGMENTS: Readonly<Record<Backend, readonly string[]>> = { neo4j: [PAGE_DENSE], kuzu: [] };

/**
 * How many neighbour reads one node scanned along the id index and tested by an EXISTS costs
 * (page-dense's `$scanCost`). Measured with PROFILE at 100x (bench graph), listedIn pages of 21
 * rows: the anchored page took about 3 µs per neighbour (USA-2025, 6,000: 18.5 ms) and the scan
 * about 21 µs per node it read (AUS-SML-2023, 499 nodes: 12 ms), so 7; rounded up to lean
 * towards the anchored read, whose cost does not depend on where the matches lie in id order.
 */
export const SCAN_COST = 8;

/** Whether this backend's skeletons take `{{BIND}}` (Kùzu's, see cypher/kuzu/connection/page). */
function bindsParameters(reg: CypherRegistry): boolean {
  return reg.fragment(STATEMENTS.connectionPage).includes('{{BIND}}');
}

/** `ORDER_FIELD` → `orderField`, the stored property an order field sorts by. */
export function orderProp(field: string): string {
  return field.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export interface PageRequest {
  readonly where: object | null | undefined;
  /** Order field (`ID`, `NAME`, ...) and direction. */
  readonly field: string;
  readonly descending: boolean;
  /** Read forwards (`first`/`after`) or backwards (`last`/`before`, turned round by the caller). */
  readonly backwards: boolean;
  /** The cursor's key and id: after it when forwards, before it when backwards. */
  readonly cursor: readonly [SortKey, string] | null;
  /** Rows to read (the page size plus one). */
  readonly limit: number;
  /**
   * Only these properties of each node (`RETURN n.id AS v_id, ...`, rows read by
   * `projectedNode`), when the request selects nothing else; absent: whole nodes (`RETURN n`).
   * The caller includes `id` and the order property (the cursor carries both).
   */
  readonly project?: readonly string[];
}

/** A projected column's name: `v_` and the property (no clash with a bound `p_` variable). */
const PROJECTED = 'v_';

/** `{{RETURN}}`: the node, or the projected properties, each checked against the model. */
function returned(label: NodeLabel, project: readonly string[] | undefined): string {
  if (!project) return 'n';
  return [...new Set(project)].map((p) => `n.${checkProp(label, p)} AS ${PROJECTED}${p}`).join(', ');
}

/** A row of a projected page as a node of `label` holding only the projected properties. */
export function projectedNode(label: NodeLabel, row: Readonly<Record<string, unknown>>): GraphNode {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(PROJECTED)) props[k.slice(PROJECTED.length)] = v;
  return partialNode(label, props);
}

/** The page statement and the count statement's parts for one request, or null when this layer cannot express it. */
export function compileConnection(reg: CypherRegistry, spec: CompileSpec, req: PageRequest): { page: Compiled; count: Compiled } | null {
  try {
    const params: Record<string, unknown> = {};
    const subqueryParams = new Set<string>();
    const shape = { existsUnderOrNot: false };
    const walk: Walk = { params, subqueryParams, shape, others: 0, anchoring: true, counter: { n: 0 } };
    const where = predicate(reg, spec, (req.where ?? {}) as WhereNode, walk, false);
    // Where the scan starts: every node of the label, or the anchor's (its filter still stands in WHERE).
    const anchor = walk.anchor ? `${walk.anchor}\nWITH DISTINCT n` : undefined;
    const prop = checkProp(spec.label, orderProp(req.field));
    const isId = prop === 'id';
    const dir = req.descending ? 'desc' : 'asc';
    const order = isId
      ? reg.fragment(`connection/order/id-${req.descending !== req.backwards ? 'desc' : 'asc'}`)
      : fill(reg.fragment(`connection/order/${dir}${req.backwards ? '-reversed' : ''}`), 'o', prop);
    let after = TRUE;
    const cursorParams: Record<string, unknown> = {};
    if (req.cursor) {
      const [k, id] = req.cursor;
      const side = req.backwards ? 'before' : 'after';
      const frag = isId ? `${side}-id-${dir}` : k === null ? `${side}-null` : `${side}-${dir}`;
      after = fill(reg.fragment(`connection/cursor/${frag}`), 'c', prop);
      cursorParams.c_id = id;
      if (!isId && k !== null) cursorParams.c_k = k;
    }
    const label = spec.label;
    if (!isNodeLabel(label)) return null;
    const pageParams = { ...params, ...cursorParams };
    const ret = returned(label, req.project);
    // The whole `where` is a filter counted from a node's degree: its count is that statement's
    // (with the anchor's parameters, which stay parameters on Kùzu too).
    const degreeCount =
      walk.degree !== undefined && walk.others === 0
        ? { name: STATEMENTS.connectionCountDegree, vars: { Slots: { DEGREE: walk.degree } }, params: Object.fromEntries((walk.anchorParams ?? []).map((k) => [k, params[k]])) }
        : undefined;
    if (bindsParameters(reg)) {
      // Kùzu's skeletons bind each parameter to a variable first (cypher/kuzu/connection/page).
      // Kùzu 0.11, measured: a parameter in an EXISTS subquery beside a parameter on n in one WHERE
      // fails ("Parameter ... not found"), so parameters are bound to variables first. But `x IN v`
      // with a bound list crashes it (lists stay parameters), and so does a bound variable inside an
      // EXISTS under OR or NOT: there the subquery's parameters stay parameters and the ones on n
      // are bound, which leaves no way to write a list on n beside them (the engine answers that).
      const isList = (k: string) => Array.isArray(pageParams[k]);
      if (shape.existsUnderOrNot && Object.keys(pageParams).some((k) => isList(k) && !subqueryParams.has(k))) {
        throw new Unsupported('on Kùzu, a list on n beside an EXISTS under OR or NOT');
      }
      // The anchor's parameters stay parameters: bound to a variable, `a.id = p_x` is a join
      // predicate and Kùzu scans the label instead of seeking its primary key (measured at 100x:
      // the anchored listedIn page took 57 ms bound, against 9 ms for the raw statement).
      const anchored = new Set(walk.anchorParams ?? []);
      const bound = (k: string) => !isList(k) && !anchored.has(k) && !(shape.existsUnderOrNot && subqueryParams.has(k));
      const asVar = (t: string) => t.replace(/\$([A-Za-z][A-Za-z0-9_]*)/g, (m, p: string) => (bound(p) ? `p_${p}` : m));
      const bind = (ps: Record<string, unknown>) => Object.keys(ps).filter(bound).map((k) => `$${k} AS p_${k}`).join(', ') || '1 AS p_none';
      // After an anchor's WITH DISTINCT n, the bound variables must be carried on by name.
      const carry = (ps: Record<string, unknown>) => Object.keys(ps).filter(bound).map((k) => `, p_${k}`).join('') || ', p_none';
      const from = (ps: Record<string, unknown>) => (anchor ? asVar(anchor) + carry(ps) : `MATCH (n:${label})`);
      return {
        page: {
          name: STATEMENTS.connectionPage,
          vars: { Label: label, Slots: { BIND: bind(pageParams), MATCH: from(pageParams), WHERE: asVar(where), AFTER: asVar(after), ORDER: order, RETURN: ret } },
          params: { ...pageParams, limit: req.limit },
        },
        count: degreeCount ?? { name: STATEMENTS.connectionCount, vars: { Label: label, Slots: { BIND: bind(params), MATCH: from(params), WHERE: asVar(where) } }, params },
      };
    }
    const from = anchor ?? `MATCH (n:${label})`;
    const count = degreeCount ?? { name: STATEMENTS.connectionCount, vars: { Label: label, Slots: { MATCH: from, WHERE: where } }, params };
    if (anchor && walk.degree !== undefined && isId && reg.has(PAGE_DENSE)) {
      // Ordered by id, which the label's index holds in order: the statement picks the anchor's
      // neighbours or the index scan, whichever reads fewer nodes (see neo4j/connection/page-dense).
      // The scan tests the whole `where`, the anchor's filter as its EXISTS: the same tree walked
      // again without anchoring, so the same scopes and parameters.
      const whole: Walk = { params: {}, subqueryParams: new Set(), shape: { existsUnderOrNot: false }, others: 0, anchoring: false, counter: { n: 0 } };
      const scan = predicate(reg, spec, (req.where ?? {}) as WhereNode, whole, false);
      return {
        page: {
          name: PAGE_DENSE,
          vars: { Label: label, Slots: { DEGREE: walk.degree, MATCH: anchor, WHERE: where, SCAN: scan, AFTER: after, ORDER: order, RETURN: ret } },
          params: { ...pageParams, limit: req.limit, scanCost: SCAN_COST },
        },
        count,
      };
    }
    return {
      page: { name: STATEMENTS.connectionPage, vars: { Label: label, Slots: { MATCH: from, WHERE: where, AFTER: after, ORDER: order, RETURN: ret } }, params: { ...pageParams, limit: req.limit } },
      count,
    };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
