import type { NodeLabel, RelType } from '../domain/model.js';

/**
 * What each seed kind (file prefix) holds: its columns, their types, which are
 * required, and what they refer to. seeds/README.md is the human side of this table.
 */
export type ColumnType = 'string' | 'int' | 'number' | 'bool' | 'list' | 'date' | 'year';

export interface Column {
  readonly name: string;
  readonly type?: ColumnType;
  readonly required?: boolean;
  readonly oneOf?: readonly string[];
  /** The cell (or each value of a list cell) must be the id of a node with one of these labels. */
  readonly ref?: readonly NodeLabel[];
  /** Stored under another property name. */
  readonly prop?: string;
  /** Read and checked, but not stored. */
  readonly skip?: boolean;
}

export interface DerivedRel {
  readonly type: RelType;
  /** Column holding the other end; the row's node is the start unless `reverse`. */
  readonly column: string;
}

export interface NodeKind {
  readonly shape: 'node';
  readonly label: NodeLabel;
  readonly idPattern: RegExp;
  readonly idForm: string;
  readonly columns: readonly Column[];
  readonly derived?: readonly DerivedRel[];
  /** Columns whose values feed `searchText`. */
  readonly searchable: readonly string[];
}

export interface RelKind {
  readonly shape: 'rel';
  /** Fixed type, or `type` column (links). */
  readonly type?: RelType;
  readonly fromColumn: string;
  readonly toColumn: string;
  readonly columns: readonly Column[];
  /** Columns that, with the two ends, identify one fact (a year, a period). */
  readonly keyColumns: readonly string[];
}

export type KindSpec = NodeKind | RelKind;

const SOURCED: readonly Column[] = [
  { name: 'sources', type: 'list', required: true, ref: ['Source'] },
  { name: 'note' },
  { name: 'noteSources', type: 'list', ref: ['Source'] },
  { name: 'citation' },
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_COLS = (...names: string[]): Column[] => names.map((name) => ({ name, type: 'date' as const }));

export const SEED_KINDS: Readonly<Record<string, KindSpec>> = {
  sources: {
    shape: 'node', label: 'Source', idPattern: KEBAB, idForm: 'kebab-case, e.g. usgs-mcs-2025',
    columns: [
      { name: 'id', required: true },
      { name: 'kind', required: true, oneOf: ['seed-document', 'data-release', 'compiled', 'publication', 'web', 'standard'] },
      { name: 'title', required: true }, { name: 'titleZh' }, { name: 'publisher' }, ...DATE_COLS('date'),
      { name: 'url' }, { name: 'doi' }, { name: 'note' },
    ],
    searchable: ['id', 'title', 'titleZh', 'publisher'],
  },
  minerals: {
    shape: 'node', label: 'Mineral', idPattern: KEBAB, idForm: 'kebab-case English name, e.g. rare-earth-elements',
    columns: [
      { name: 'id', required: true }, { name: 'name', required: true }, { name: 'nameZh' }, { name: 'symbol' },
      { name: 'isGroup', type: 'bool' }, { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    searchable: ['id', 'name', 'nameZh', 'symbol', 'aliases'],
  },
  countries: {
    shape: 'node', label: 'Country', idPattern: /^[A-Z]{3}$/, idForm: 'ISO 3166-1 alpha-3 in upper case (EU: EUU)',
    columns: [
      { name: 'id', required: true }, { name: 'name', required: true }, { name: 'nameZh' },
      { name: 'kind', oneOf: ['country', 'union', 'territory'] }, { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    searchable: ['id', 'name', 'nameZh', 'aliases'],
  },
  agencies: {
    shape: 'node', label: 'Agency', idPattern: /^[a-z]{3}-[a-z0-9]+(?:-[a-z0-9]+)*$/, idForm: '<iso3 lower>-<acronym>, e.g. usa-usgs',
    columns: [
      { name: 'id', required: true }, { name: 'acronym' }, { name: 'name', required: true }, { name: 'nameZh' },
      { name: 'country', ref: ['Country'] }, { name: 'parent', ref: ['Agency'] }, { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    derived: [{ type: 'BASED_IN', column: 'country' }, { type: 'PART_OF', column: 'parent' }],
    searchable: ['id', 'acronym', 'name', 'nameZh', 'aliases'],
  },
  companies: {
    shape: 'node', label: 'Company', idPattern: KEBAB, idForm: 'kebab-case',
    columns: [
      { name: 'id', required: true }, { name: 'name', required: true }, { name: 'nameZh' },
      { name: 'country', ref: ['Country'] }, { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    derived: [{ type: 'BASED_IN', column: 'country' }],
    searchable: ['id', 'name', 'nameZh', 'aliases'],
  },
  list_editions: {
    shape: 'node', label: 'ListEdition', idPattern: /^[A-Z]{3}(?:-[A-Z0-9]+)*-\d{4}$/,
    idForm: '<ISSUER>-<YEAR>, with an agency part where an issuer has more than one list, e.g. USA-2022, USA-DOE-2023',
    columns: [
      { name: 'id', required: true }, { name: 'issuer', required: true, ref: ['Country'] }, { name: 'agency', ref: ['Agency'] },
      { name: 'year', type: 'year' }, ...DATE_COLS('published'), { name: 'title', required: true }, { name: 'titleZh' },
      { name: 'kind' }, { name: 'size', type: 'int' }, ...SOURCED,
    ],
    derived: [{ type: 'ISSUED_BY', column: 'issuer' }, { type: 'PUBLISHED_BY', column: 'agency' }],
    searchable: ['id', 'title', 'titleZh'],
  },
  policies: {
    shape: 'node', label: 'Policy', idPattern: KEBAB, idForm: 'eo-<number> for US executive orders, else kebab-case starting with the issuer, e.g. usa-energy-act-2020',
    columns: [
      { name: 'id', required: true },
      {
        name: 'kind', required: true,
        oneOf: ['executive-order', 'law', 'strategy', 'report', 'agreement', 'statement', 'regulation', 'plan', 'program', 'list-notice', 'memorandum', 'proclamation', 'bill', 'initiative'],
      },
      { name: 'number' }, { name: 'title', required: true }, { name: 'titleZh' }, ...DATE_COLS('date'),
      { name: 'administration', oneOf: ['Obama', 'Trump-1', 'Biden', 'Trump-2', 'Bush', 'Clinton', 'Reagan', 'Truman', 'Eisenhower', 'Nixon', 'Carter', 'Ford', 'Kennedy', 'Johnson'] },
      { name: 'issuer', ref: ['Country'] }, { name: 'agency', ref: ['Agency'] }, { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    derived: [{ type: 'ISSUED_BY', column: 'issuer' }, { type: 'PUBLISHED_BY', column: 'agency' }],
    searchable: ['id', 'number', 'title', 'titleZh', 'aliases'],
  },
  alliances: {
    shape: 'node', label: 'Alliance', idPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, idForm: 'lower-case acronym, e.g. msp',
    columns: [
      { name: 'id', required: true }, { name: 'acronym', required: true }, { name: 'name', required: true }, { name: 'nameZh' },
      { name: 'kind', oneOf: ['partnership', 'initiative', 'forum', 'organization', 'agreement', 'alliance', 'group'] },
      ...DATE_COLS('founded'), { name: 'aliases', type: 'list' }, ...SOURCED,
    ],
    searchable: ['id', 'acronym', 'name', 'nameZh', 'aliases'],
  },
  investments: {
    shape: 'node', label: 'Investment', idPattern: KEBAB, idForm: 'kebab-case',
    columns: [
      { name: 'id', required: true }, { name: 'title', required: true }, ...DATE_COLS('date'), { name: 'amount', type: 'number' },
      { name: 'currency' }, { name: 'amountText' }, { name: 'funder', ref: ['Agency', 'Country'] },
      { name: 'recipient', ref: ['Company', 'Country'] }, { name: 'program', ref: ['Policy'] },
      { name: 'minerals', type: 'list', ref: ['Mineral'], skip: true }, ...SOURCED,
    ],
    derived: [
      { type: 'FUNDED_BY', column: 'funder' }, { type: 'AWARDED_TO', column: 'recipient' },
      { type: 'UNDER', column: 'program' }, { type: 'TARGETS', column: 'minerals' },
    ],
    searchable: ['id', 'title', 'amountText'],
  },
  mineral_groups: {
    shape: 'rel', type: 'HAS_MEMBER', fromColumn: 'group', toColumn: 'member', keyColumns: [],
    columns: [{ name: 'group', required: true, ref: ['Mineral'] }, { name: 'member', required: true, ref: ['Mineral'] }, ...SOURCED],
  },
  listings: {
    shape: 'rel', type: 'LISTS', fromColumn: 'edition', toColumn: 'mineral', keyColumns: [],
    columns: [
      { name: 'edition', required: true, ref: ['ListEdition'] }, { name: 'mineral', required: true, ref: ['Mineral'] },
      { name: 'asPublished' }, { name: 'category' }, { name: 'verification', oneOf: ['verified', 'derived', 'partial', 'unverified'] }, ...SOURCED,
    ],
  },
  memberships: {
    shape: 'rel', type: 'MEMBER_OF', fromColumn: 'country', toColumn: 'alliance', keyColumns: [],
    columns: [
      { name: 'country', required: true, ref: ['Country'] }, { name: 'alliance', required: true, ref: ['Alliance'] },
      ...DATE_COLS('since', 'until'), { name: 'role' }, { name: 'verification', oneOf: ['verified', 'partial', 'unverified'] }, ...SOURCED,
    ],
  },
  links: {
    shape: 'rel', fromColumn: 'from', toColumn: 'to', keyColumns: [],
    columns: [
      { name: 'from', required: true }, { name: 'type', required: true, skip: true }, { name: 'to', required: true },
      ...DATE_COLS('date'), { name: 'role' }, ...SOURCED,
    ],
  },
  import_reliance: {
    shape: 'rel', type: 'RELIES_ON', fromColumn: 'importer', toColumn: 'mineral', keyColumns: ['year', 'release'],
    columns: [
      { name: 'importer', required: true, ref: ['Country'] }, { name: 'mineral', required: true, ref: ['Mineral'] },
      { name: 'year', type: 'year', required: true }, { name: 'text', required: true }, { name: 'percent', type: 'number' },
      { name: 'release', ref: ['Source'] }, { name: 'latest', type: 'bool' }, ...SOURCED,
    ],
  },
  import_sources: {
    shape: 'rel', type: 'SUPPLIES', fromColumn: 'country', toColumn: 'mineral', keyColumns: ['importer', 'period'],
    columns: [
      { name: 'mineral', required: true, ref: ['Mineral'] }, { name: 'importer', required: true, ref: ['Country'] },
      { name: 'country', required: true, ref: ['Country'] }, { name: 'rank', type: 'int', required: true },
      { name: 'period', required: true }, { name: 'sharePercent', type: 'number' }, ...SOURCED,
    ],
  },
  production: {
    shape: 'rel', type: 'PRODUCES', fromColumn: 'country', toColumn: 'mineral', keyColumns: ['year', 'type', 'release'],
    columns: [
      { name: 'country', required: true, ref: ['Country'] }, { name: 'mineral', required: true, ref: ['Mineral'] },
      { name: 'year', type: 'year', required: true }, { name: 'amount', type: 'number' }, { name: 'unit' }, { name: 'text' },
      { name: 'type' }, { name: 'estimated', type: 'bool' }, { name: 'sharePercent', type: 'number' },
      { name: 'worldTotal', type: 'number' }, { name: 'release', ref: ['Source'] }, { name: 'latest', type: 'bool' }, ...SOURCED,
    ],
  },
  reserves: {
    shape: 'rel', type: 'RESERVES', fromColumn: 'country', toColumn: 'mineral', keyColumns: ['year', 'type', 'release'],
    columns: [
      { name: 'country', required: true, ref: ['Country'] }, { name: 'mineral', required: true, ref: ['Mineral'] },
      { name: 'year', type: 'year' }, { name: 'amount', type: 'number' }, { name: 'unit' }, { name: 'text', required: true },
      { name: 'type' }, { name: 'worldTotal', type: 'number' }, { name: 'worldText' }, { name: 'release', ref: ['Source'] },
      { name: 'latest', type: 'bool' }, ...SOURCED,
    ],
  },
  indicators: {
    shape: 'rel', type: 'MEASURE', fromColumn: 'country', toColumn: 'mineral', keyColumns: ['indicator', 'year', 'period', 'partner'],
    columns: [
      { name: 'country', required: true, ref: ['Country'] }, { name: 'mineral', required: true, ref: ['Mineral'] },
      { name: 'indicator', required: true }, { name: 'year', type: 'year' }, { name: 'period' }, { name: 'value', type: 'number' },
      { name: 'text' }, { name: 'unit' }, { name: 'partner', ref: ['Country'] }, ...SOURCED,
    ],
  },
};

/** Allowed `links` types and the label pairs each may join (seeds/README.md). */
export const LINK_TYPES: Readonly<Partial<Record<RelType, readonly (readonly [NodeLabel, NodeLabel])[]>>> = {
  MANDATES: [['Policy', 'ListEdition'], ['Policy', 'Policy'], ['Policy', 'Agency']],
  INVOKES: [['Policy', 'Policy']],
  AMENDS: [['Policy', 'Policy']],
  IMPLEMENTS: [['Policy', 'Policy']],
  NAMES: [['Policy', 'Mineral'], ['Alliance', 'Mineral']],
  CREATES: [['Policy', 'Agency'], ['Policy', 'Alliance'], ['Policy', 'Company']],
  PARTY_TO: [['Country', 'Policy']],
  ISSUED: [['Alliance', 'Policy'], ['Agency', 'Policy']],
  ADMINISTERS: [['Agency', 'Policy']],
  PARTNERS_WITH: [['Country', 'Country']],
  PRODUCES_AT: [['Company', 'Mineral']],
  FORM_OF: [['Mineral', 'Mineral']],
  TARGETS: [['Policy', 'Country'], ['Alliance', 'Country']],
};
