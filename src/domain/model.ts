/**
 * The graph's shape, in one place: node labels with their typed properties, and
 * relationship types with the label pairs they may join. The seed loader, the
 * Kùzu DDL check, the Neo4j lint schema and the seed statements' allow-listed
 * identifiers all read it, so a label or property exists everywhere or nowhere.
 */
export type PropType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]';
export type Props = Readonly<Record<string, PropType>>;

/** Every entity carries these besides `id`. */
const ENTITY: Props = {
  sources: 'STRING[]',
  note: 'STRING',
  noteSources: 'STRING[]',
  citation: 'STRING',
  /** Lower-cased names, acronyms and aliases joined by newlines, for search. */
  searchText: 'STRING',
};

export const NODE_LABELS = {
  Source: {
    kind: 'STRING', title: 'STRING', titleZh: 'STRING', publisher: 'STRING', date: 'STRING',
    url: 'STRING', doi: 'STRING', note: 'STRING', searchText: 'STRING',
  },
  Mineral: { ...ENTITY, name: 'STRING', nameZh: 'STRING', symbol: 'STRING', isGroup: 'BOOLEAN', aliases: 'STRING[]' },
  Country: { ...ENTITY, name: 'STRING', nameZh: 'STRING', kind: 'STRING', aliases: 'STRING[]' },
  Agency: { ...ENTITY, acronym: 'STRING', name: 'STRING', nameZh: 'STRING', country: 'STRING', parent: 'STRING', aliases: 'STRING[]' },
  Company: { ...ENTITY, name: 'STRING', nameZh: 'STRING', country: 'STRING', aliases: 'STRING[]' },
  ListEdition: {
    ...ENTITY, issuer: 'STRING', agency: 'STRING', year: 'INT64', published: 'STRING', title: 'STRING',
    titleZh: 'STRING', kind: 'STRING', size: 'INT64', publishedLo: 'STRING', publishedHi: 'STRING',
  },
  Policy: {
    ...ENTITY, kind: 'STRING', number: 'STRING', title: 'STRING', titleZh: 'STRING', date: 'STRING',
    administration: 'STRING', issuer: 'STRING', agency: 'STRING', aliases: 'STRING[]', dateLo: 'STRING', dateHi: 'STRING',
  },
  Alliance: {
    ...ENTITY, acronym: 'STRING', name: 'STRING', nameZh: 'STRING', kind: 'STRING', founded: 'STRING', aliases: 'STRING[]',
    foundedLo: 'STRING', foundedHi: 'STRING',
  },
  Investment: {
    ...ENTITY, title: 'STRING', date: 'STRING', amount: 'DOUBLE', currency: 'STRING', amountText: 'STRING',
    funder: 'STRING', recipient: 'STRING', program: 'STRING', dateLo: 'STRING', dateHi: 'STRING',
  },
} as const satisfies Record<string, Props>;

export type NodeLabel = keyof typeof NODE_LABELS;

/**
 * Partial dates stored with their span, computed at load (`2023-06` is 2023-06-01 to
 * 2023-06-30, as `<prop>Lo` and `<prop>Hi`), so a database compares them as the API
 * defines it (at the precision both sides have) with plain string comparisons.
 */
export const DATE_BOUNDS: Partial<Record<NodeLabel, readonly string[]>> = {
  ListEdition: ['published'],
  Policy: ['date'],
  Alliance: ['founded'],
  Investment: ['date'],
};
export const NODE_LABEL_NAMES = Object.keys(NODE_LABELS) as NodeLabel[];

/** Every relationship carries these; `key` tells apart several facts between one pair (a year, a period). */
const FACT: Props = { key: 'STRING', sources: 'STRING[]', note: 'STRING', noteSources: 'STRING[]', citation: 'STRING' };

export interface RelSpec {
  pairs: readonly (readonly [NodeLabel, NodeLabel])[];
  props: Props;
}

const rel = (pairs: RelSpec['pairs'], props: Props = {}): RelSpec => ({ pairs, props: { ...FACT, ...props } });

export const REL_TYPES = {
  HAS_MEMBER: rel([['Mineral', 'Mineral']]),
  /** A commodity USGS publishes apart that is a form or kind of another (bauxite, alumina -> aluminum; sheet mica -> mica); `role` the form as printed. */
  FORM_OF: rel([['Mineral', 'Mineral']], { date: 'STRING', role: 'STRING' }),
  LISTS: rel([['ListEdition', 'Mineral']], { asPublished: 'STRING', category: 'STRING', verification: 'STRING' }),
  ISSUED_BY: rel([['ListEdition', 'Country'], ['Policy', 'Country']]),
  PUBLISHED_BY: rel([['ListEdition', 'Agency'], ['Policy', 'Agency']]),
  BASED_IN: rel([['Agency', 'Country'], ['Company', 'Country']]),
  PART_OF: rel([['Agency', 'Agency']]),
  FUNDED_BY: rel([['Investment', 'Agency'], ['Investment', 'Country']]),
  AWARDED_TO: rel([['Investment', 'Company'], ['Investment', 'Country']]),
  UNDER: rel([['Investment', 'Policy']]),
  TARGETS: rel([['Investment', 'Mineral'], ['Policy', 'Country'], ['Alliance', 'Country']], { date: 'STRING', role: 'STRING' }),
  MEMBER_OF: rel([['Country', 'Alliance']], { since: 'STRING', until: 'STRING', role: 'STRING', verification: 'STRING' }),
  MANDATES: rel([['Policy', 'ListEdition'], ['Policy', 'Policy'], ['Policy', 'Agency']], { date: 'STRING', role: 'STRING' }),
  INVOKES: rel([['Policy', 'Policy']], { date: 'STRING', role: 'STRING' }),
  AMENDS: rel([['Policy', 'Policy']], { date: 'STRING', role: 'STRING' }),
  IMPLEMENTS: rel([['Policy', 'Policy']], { date: 'STRING', role: 'STRING' }),
  NAMES: rel([['Policy', 'Mineral'], ['Alliance', 'Mineral']], { date: 'STRING', role: 'STRING' }),
  CREATES: rel([['Policy', 'Agency'], ['Policy', 'Alliance'], ['Policy', 'Company']], { date: 'STRING', role: 'STRING' }),
  PARTY_TO: rel([['Country', 'Policy']], { date: 'STRING', role: 'STRING' }),
  ISSUED: rel([['Alliance', 'Policy'], ['Agency', 'Policy']], { date: 'STRING', role: 'STRING' }),
  ADMINISTERS: rel([['Agency', 'Policy']], { date: 'STRING', role: 'STRING' }),
  PARTNERS_WITH: rel([['Country', 'Country']], { date: 'STRING', role: 'STRING' }),
  PRODUCES_AT: rel([['Company', 'Mineral']], { date: 'STRING', role: 'STRING' }),
  /**
   * `release`: the data release whose reading it is; `latest`: the newest release's reading of that year (the default answer).
   * `headline`, on every statistical fact (RELIES_ON, SUPPLIES, PRODUCES, RESERVES, MEASURE), computed at load
   * (src/seeds/compile.ts): true on the one reading of its series a view shows by default (timeline.ts parallelGroup
   * and preferRel: the latest year or period, the newest release's reading), false on the others.
   */
  RELIES_ON: rel([['Country', 'Mineral']], {
    year: 'INT64', text: 'STRING', percent: 'DOUBLE', release: 'STRING', latest: 'BOOLEAN',
    /** Computed at load from percent and text (src/domain/reliance.ts relianceBounds): what the published figure certainly says. */
    relianceLo: 'DOUBLE', relianceHi: 'DOUBLE',
    headline: 'BOOLEAN',
    /** Computed at load (src/seeds/compile.ts markLatest): the fact is of the latest year its importer has any reliance figure for. */
    inLatestYear: 'BOOLEAN',
  }),
  SUPPLIES: rel([['Country', 'Mineral']], {
    importer: 'STRING', rank: 'INT64', period: 'STRING', sharePercent: 'DOUBLE', headline: 'BOOLEAN',
    /** Computed at load (markLatest): the fact is of the latest period its importer has import sources for. */
    inLatestPeriod: 'BOOLEAN',
  }),
  PRODUCES: rel([['Country', 'Mineral']], {
    year: 'INT64', amount: 'DOUBLE', unit: 'STRING', text: 'STRING', type: 'STRING', estimated: 'BOOLEAN',
    sharePercent: 'DOUBLE', worldTotal: 'DOUBLE', release: 'STRING', latest: 'BOOLEAN', headline: 'BOOLEAN',
    /** Computed at load (markLatest): the fact is of the latest year with any production figure. */
    inLatestYear: 'BOOLEAN',
  }),
  /** Reserves as USGS prints them: `text` as printed (`NA`, `Large`), `amount` where a number, `type` the basis (`crude ore`), the world total beside them. */
  RESERVES: rel([['Country', 'Mineral']], {
    year: 'INT64', amount: 'DOUBLE', unit: 'STRING', text: 'STRING', type: 'STRING', worldTotal: 'DOUBLE', worldText: 'STRING',
    release: 'STRING', latest: 'BOOLEAN', headline: 'BOOLEAN',
  }),
  MEASURE: rel([['Country', 'Mineral']], {
    indicator: 'STRING', year: 'INT64', period: 'STRING', value: 'DOUBLE', text: 'STRING', unit: 'STRING', partner: 'STRING', headline: 'BOOLEAN',
  }),
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/**
 * Neo4j's extra labels (Kùzu has one label per node, its table: there an executive
 * order is a Policy whose `kind` is 'executive-order', and every table is an entity).
 *
 * The :Entity rule: every node of every model label carries :Entity, Sources
 * included. Ids are unique across all types, and every id lookup (`node(id:)`, the
 * node loader that resolves `sources`, paths, neighbourhoods) matches :Entity, so a
 * label left without it would drop out of those answers silently: `sources` would
 * come back empty. `entityLabels` is the one place that says so.
 */
export const ENTITY_LABEL = 'Entity';

/** Labels a node of one model label carries on Neo4j when a property has a value: the design card's words. */
export const SUBLABELS = {
  ExecutiveOrder: { of: 'Policy', property: 'kind', value: 'executive-order' },
} as const satisfies Record<string, { of: NodeLabel; property: string; value: string }>;

export type Sublabel = keyof typeof SUBLABELS;
export const SUBLABEL_NAMES = Object.keys(SUBLABELS) as Sublabel[];

/** The labels besides its own that a node of `label` with these properties carries on Neo4j. */
export function entityLabels(label: NodeLabel, row: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [ENTITY_LABEL];
  for (const name of SUBLABEL_NAMES) {
    const s = SUBLABELS[name];
    if (s.of === label && row[s.property] === s.value) out.push(name);
  }
  return out;
}

/** The sub-labels a node of `label` may carry: those it does not qualify for are removed on a write. */
export function sublabelsOf(label: NodeLabel): Sublabel[] {
  return SUBLABEL_NAMES.filter((n) => SUBLABELS[n].of === label);
}

/** A node's model label among the labels Neo4j reports (never :Entity or a sub-label). */
export function modelLabelOf(labels: readonly string[]): NodeLabel | undefined {
  return labels.find(isNodeLabel);
}

export function isNodeLabel(s: string): s is NodeLabel {
  return Object.prototype.hasOwnProperty.call(NODE_LABELS, s);
}
export function isRelType(s: string): s is RelType {
  return Object.prototype.hasOwnProperty.call(REL_TYPES, s);
}
