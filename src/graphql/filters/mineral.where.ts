import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import { badInput } from '../errors.js';
import { fromNode } from '../types/entity.js';
import { Mineral } from '../types/mineral.type.js';
import { checkSentinels, idSet, type ConnectionSpec, type RelationFilter } from './engine.js';
import { relianceWithin } from './reliance.js';
import { BooleanFilter, OrderDirection, StringFilter } from './scalar.input.js';

@InputType({
  description:
    'Minerals on a list edition: `edition` one edition, `issuer` any edition that economy issued, neither any list. ' +
    'Group membership counts only with `viaGroup: true` (neodymium is on USA-2018 through rare-earth-elements).',
})
export class ListedInFilter {
  @Field(() => ID, { nullable: true }) edition?: string | null;
  @Field(() => ID, { nullable: true, description: 'An economy (ISO3): any edition it issued.' }) issuer?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Also the members of a group the edition lists.' }) viaGroup!: boolean;
}

@InputType({
  description:
    'Net import reliance of `importer` in `year` (default: the latest year that importer has figures for), as a percentage ' +
    'as published. Without min/max: any published figure. A row given only as text counts when its text implies the bound: ' +
    '`>50` meets `min: 50` or lower (not `min: 60`) and a `max` only of 100; `<25` meets `max: 25` or higher and only `min: 0`; ' +
    '`E` (net exporter) meets every `max` and never a `min`.',
})
export class ImportRelianceFilter {
  @Field(() => ID, { defaultValue: 'USA' }) importer!: string;
  @Field(() => Float, { nullable: true, description: 'At least this percent (0 to 100).' }) min?: number | null;
  @Field(() => Float, { nullable: true, description: 'At most this percent (0 to 100).' }) max?: number | null;
  @Field(() => Int, { nullable: true, description: 'The year of the figures; default the latest.' }) year?: number | null;
}

@InputType({
  description:
    'Minerals whose largest import source (rank 1) for `importer` is `country`. Period: `period` as published (`2020-2023`); ' +
    'else with `year` Y the period USGS published with the year-Y reliance figures, the four years ending Y-1 ' +
    '(2024 → 2020-2023, MCS2025; 2023 → 2019-2022, MCS2024); else the latest period.',
})
export class TopImportSourceFilter {
  @Field(() => ID, { defaultValue: 'USA' }) importer!: string;
  @Field(() => ID) country!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'As published, e.g. `2020-2023`; wins over `year`.' }) period?: string | null;
}

@InputType({
  description:
    'Minerals `country` produced in `year` (default: the latest year with production figures), in any series (mine, refinery, ...); ' +
    'a row of 0 or NA is no production. `minShare`: its share of world production reaches this percent.',
})
export class ProducedByFilter {
  @Field(() => ID) country!: string;
  @Field(() => Float, { nullable: true }) minShare?: number | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
}

@InputType({ description: 'Conditions on minerals; all given must hold. AND/OR/NOT nest at most 5 levels.' })
export class MineralWhere {
  @Field(() => StringFilter, { nullable: true }) id?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) nameZh?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) symbol?: StringFilter | null;
  @Field(() => BooleanFilter, { nullable: true, description: 'Groups (rare earth elements, platinum group metals).' }) isGroup?: BooleanFilter | null;
  @Field(() => ListedInFilter, { nullable: true }) listedIn?: ListedInFilter | null;
  @Field(() => ImportRelianceFilter, { nullable: true }) importReliance?: ImportRelianceFilter | null;
  @Field(() => TopImportSourceFilter, { nullable: true }) topImportSource?: TopImportSourceFilter | null;
  @Field(() => ProducedByFilter, { nullable: true }) producedBy?: ProducedByFilter | null;
  @Field(() => [MineralWhere], { nullable: true, description: 'All of these hold.' }) AND?: MineralWhere[] | null;
  @Field(() => [MineralWhere], { nullable: true, description: 'At least one of these holds (an empty list: none).' }) OR?: MineralWhere[] | null;
  @Field(() => [MineralWhere], { nullable: true, description: 'None of these holds.' }) NOT?: MineralWhere[] | null;
}

export enum MineralOrderField {
  ID = 'ID',
  NAME = 'NAME',
  NAME_ZH = 'NAME_ZH',
}
registerEnumType(MineralOrderField, { name: 'MineralOrderField' });

@InputType({ description: 'How to order minerals.' })
export class MineralOrder {
  @Field(() => MineralOrderField) field!: MineralOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

/** Rejects a percentage outside 0..100 and min above max. */
function checkPercent(path: string, name: string, v: number | null | undefined): void {
  if (v !== null && v !== undefined && (v < 0 || v > 100)) throw badInput(`\`${path}.${name}\` is a percentage from 0 to 100; got ${v}`, { argumentName: 'where' });
}

const EXAMPLES = {
  edition: 'a list edition id such as USA-2022',
  issuer: 'an economy id such as USA',
  importer: 'an economy id such as USA',
  country: 'an economy id such as CHN',
  period: 'a period as published such as 2020-2023',
};

const listedIn: RelationFilter<ListedInFilter> = {
  validate: (f, path) => checkSentinels(path, { ...f }, EXAMPLES),
  ids: (ctx, f) =>
    idSet(ctx, f.viaGroup ? STATEMENTS.filterMineralListedInViaGroup : STATEMENTS.filterMineralListedIn, {
      edition: f.edition ?? '',
      issuer: f.issuer ?? '',
    }),
};

const importReliance: RelationFilter<ImportRelianceFilter> = {
  validate(f, path) {
    checkSentinels(path, { ...f }, EXAMPLES);
    checkPercent(path, 'min', f.min);
    checkPercent(path, 'max', f.max);
    if (f.min !== null && f.min !== undefined && f.max !== null && f.max !== undefined && f.min > f.max) {
      throw badInput(`\`${path}\`: \`min\` (${f.min}) must not be above \`max\` (${f.max})`, { argumentName: 'where' });
    }
  },
  async ids(ctx, f) {
    const rows = await ctx.loaders.rows(STATEMENTS.filterMineralImportReliance, { importer: f.importer, year: f.year ?? -1 });
    const out = new Set<string>();
    for (const r of rows) {
      const percent = typeof r.percent === 'number' ? r.percent : null;
      if (relianceWithin(percent, r.text as string | null, f.min, f.max)) out.add(String(r.id));
    }
    return out;
  },
};

/** The import-source period USGS published with year Y's reliance figures: the four years ending Y-1. */
export function periodForRelianceYear(year: number): string {
  return `${year - 4}-${year - 1}`;
}

const topImportSource: RelationFilter<TopImportSourceFilter> = {
  validate: (f, path) => checkSentinels(path, { ...f }, EXAMPLES),
  ids: (ctx, f) =>
    idSet(ctx, STATEMENTS.filterMineralTopImportSource, {
      importer: f.importer,
      country: f.country,
      period: f.period ?? (f.year !== null && f.year !== undefined ? periodForRelianceYear(f.year) : ''),
    }),
};

const producedBy: RelationFilter<ProducedByFilter> = {
  validate(f, path) {
    checkSentinels(path, { ...f }, EXAMPLES);
    checkPercent(path, 'minShare', f.minShare);
  },
  ids: (ctx, f) => idSet(ctx, STATEMENTS.filterMineralProducedBy, { country: f.country, year: f.year ?? -1, minShare: f.minShare ?? -1 }),
};

export const MINERAL_CONNECTION: ConnectionSpec<Mineral> = {
  type: 'Mineral',
  all: STATEMENTS.allMinerals,
  allIds: STATEMENTS.mineralIds,
  byIds: STATEMENTS.mineralsByIds,
  make: (n) => fromNode(Mineral, n),
  id: (m) => m.id,
  scalars: {
    id: { kind: 'string', get: (m) => m.id },
    name: { kind: 'string', get: (m) => m.name },
    nameZh: { kind: 'string', get: (m) => m.nameZh },
    symbol: { kind: 'string', get: (m) => m.symbol },
    isGroup: { kind: 'boolean', get: (m) => m.isGroup === true },
  },
  relations: { listedIn, importReliance, topImportSource, producedBy },
  plainFields: ['name', 'nameZh', 'symbol', 'aliases', 'note', 'citation'],
  orderKeys: {
    [MineralOrderField.ID]: (m) => m.id,
    [MineralOrderField.NAME]: (m) => m.name ?? null,
    [MineralOrderField.NAME_ZH]: (m) => m.nameZh ?? null,
  },
};
