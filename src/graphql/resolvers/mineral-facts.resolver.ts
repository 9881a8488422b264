import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Float, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { childSelections, IDENTITY_FIELDS, selectsOnly, selectsProvenance, type Selection } from '../selection.js';
import { hhi, primaryProductionType } from '../../domain/analytics.js';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { fromRel } from '../types/entity.js';
import { ImportReliance, ImportSource, Indicator, ProductionShare, Reserve, WorldReserves } from '../types/facts.type.js';
import { Mineral } from '../types/mineral.type.js';
import { compareText } from '../../domain/compare.js';
import type { FactReadOptions } from '../../repo/loaders.js';

/** A mineral's quantities: import reliance, import sources, producers, concentration, indicators. */
@Resolver(() => Mineral)
export class MineralFactsResolver {
  @FieldResolver(() => [ImportReliance], {
    description: 'Net import reliance by year, oldest first: each year the newest release’s reading, or with `release` that release’s readings.',
  })
  async importReliance(
    @Root() m: Mineral,
    @Arg('importer', () => ID, { defaultValue: 'USA' }) importer: string,
    @Arg('release', () => ID, { nullable: true, description: 'A data release (`usgs-mcs-2024`): its readings, including those a later release revised.' })
    release: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportReliance[]> {
    return relianceOf(ctx, m.id, importer, release, MINERAL_FACT_READS.importReliance.read(info));
  }

  @FieldResolver(() => [ImportSource], { description: 'Ranked import sources, latest period first unless `period` is given.' })
  async importSources(
    @Root() m: Mineral,
    @Arg('importer', () => ID, { defaultValue: 'USA' }) importer: string,
    @Arg('period', () => String, { nullable: true, description: 'As published, e.g. `2020-2023`; all periods when omitted.' }) period: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportSource[]> {
    const all = await importSourcesOf(ctx, m.id, importer, MINERAL_FACT_READS.importSources.read(info));
    return period ? all.filter((s) => s.period === period) : all;
  }

  @FieldResolver(() => [ProductionShare], {
    description: 'Producing countries, largest first, for `year` (default: the latest year with data) and `type` (default: mine production where there is any).',
  })
  async producers(
    @Root() m: Mineral,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('type', () => String, { nullable: true }) type: string | null,
    @Arg('release', () => ID, { nullable: true, description: 'A data release (`usgs-mcs-2024`): its readings; default the newest release’s of each year.' })
    release: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProductionShare[]> {
    return (await productionOf(ctx, m.id, year, type, release, MINERAL_FACT_READS.producers.read(info))).rows;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Herfindahl-Hirschman index (0 to 10,000) of the world production shares for `year` (default latest) and `type` (default mine); over the countries the source lists, so a lower bound where it groups "other countries".',
  })
  async productionConcentration(
    @Root() m: Mineral,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('type', () => String, { nullable: true }) type: string | null,
    @Arg('release', () => ID, { nullable: true, description: 'A data release: the shares it printed; default the newest release’s.' }) release: string | null,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    const { rows } = await productionOf(ctx, m.id, year, type, release, MINERAL_FACT_READS.productionConcentration.read());
    const shares = rows.map((r) => r.sharePercent).filter((s): s is number => typeof s === 'number');
    return shares.length ? hhi(shares) : null;
  }

  @FieldResolver(() => [Reserve], {
    description: 'Reserves by country as USGS prints them, largest first (then text, then country): the newest release’s, or with `release` that release’s.',
  })
  async reserves(
    @Root() m: Mineral,
    @Arg('release', () => ID, { nullable: true, description: 'A data release (`usgs-mcs-2024`): its readings.' }) release: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Reserve[]> {
    return reservesOf(ctx, m.id, release, MINERAL_FACT_READS.reserves.read(info));
  }

  @FieldResolver(() => [WorldReserves], {
    description: 'World reserves as the release’s World total row prints them (one per basis): the newest release’s, or with `release` that release’s.',
  })
  async worldReserves(
    @Root() m: Mineral,
    @Arg('release', () => ID, { nullable: true }) release: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorldReserves[]> {
    const seen = new Map<string, WorldReserves>();
    for (const r of await reservesOf(ctx, m.id, release, MINERAL_FACT_READS.worldReserves.read())) {
      if (!r.worldText) continue;
      const k = `${r.type ?? ''}|${r.release ?? ''}`;
      if (!seen.has(k)) {
        seen.set(k, Object.assign(new WorldReserves(), { year: r.year ?? null, amount: r.worldTotal ?? null, text: r.worldText, unit: r.unit ?? null, type: r.type ?? null, release: r.release ?? null }));
      }
    }
    return [...seen.values()].sort((a, b) => compareText(a.type ?? '', b.type ?? ''));
  }

  @FieldResolver(() => [Indicator], { description: 'Published indicators (market dynamics, supply risk, shares, dependence), by indicator and year.' })
  async indicators(
    @Root() m: Mineral,
    @Arg('indicator', () => String, { nullable: true }) indicator: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator[]> {
    const hits = await mineralFacts(ctx, 'indicators', info).load(m.id);
    return hits
      .map((h) => fromRel(Indicator, h.rel, { countryId: String(h.other.props.id), mineralId: m.id }))
      .filter((i) => (indicator ? i.indicator === indicator : true) && (year ? i.year === year : true));
  }
}

/**
 * What a fact list's selection needs of its reads (Loaders.rel): the facts' sources, note and
 * citation only when it prints one; the other end (`end`, the field that prints it) whole only
 * when it asks more of it than its id.
 */
function readOf(info: Selection, end: string): FactReadOptions {
  return { provenance: selectsProvenance(info), endIdOnly: selectsOnly(info, [[end]], IDENTITY_FIELDS) };
}
/** For a field computed from the facts' figures alone. */
const LEANEST: FactReadOptions = { provenance: false, endIdOnly: true };

/**
 * The read behind each of a mineral's fact fields: its statement, and what the field's
 * selection needs of it. The field's resolver and the look-ahead of `mineral(id:)`
 * (prefetchMineralFacts) both take it from here, so both load the same key.
 */
export const MINERAL_FACT_READS = {
  importReliance: { statement: STATEMENTS.mineralReliance, read: (s: Selection) => readOf(s, 'importer') },
  importSources: { statement: STATEMENTS.mineralImportSources, read: (s: Selection) => readOf(s, 'country') },
  producers: { statement: STATEMENTS.mineralProducers, read: (s: Selection) => readOf(s, 'country') },
  // Shares only: the leanest read (or a fuller one the request already made).
  productionConcentration: { statement: STATEMENTS.mineralProducers, read: (): FactReadOptions => LEANEST },
  reserves: { statement: STATEMENTS.mineralReserves, read: (s: Selection) => readOf(s, 'country') },
  // The World total row's figures only: the leanest read (or a fuller one already made).
  worldReserves: { statement: STATEMENTS.mineralReserves, read: (): FactReadOptions => LEANEST },
  indicators: { statement: STATEMENTS.mineralIndicators, read: (s: Selection) => readOf(s, 'country') },
  // Listings keep whole editions (their year orders the list).
  listedIn: { statement: STATEMENTS.mineralListings, read: (s: Selection): FactReadOptions => ({ provenance: selectsProvenance(s) }) },
} as const satisfies Record<string, { statement: string; read: (s: Selection) => FactReadOptions }>;
type FactField = keyof typeof MINERAL_FACT_READS;

/** A fact field's loads, for the selection its resolver sees. */
export function mineralFacts(ctx: Context, field: FactField, selection: Selection) {
  const r = MINERAL_FACT_READS[field];
  return ctx.loaders.rel(r.statement, r.read(selection));
}

/**
 * Looking ahead from `mineral(id:)`: starts the reads of the fact fields its selection names
 * beside the mineral's own lookup, not after it, so the request takes one round trip of time
 * for both (the fields' resolvers then find their loads made). A mineral that does not exist
 * costs those reads for nothing; a failure reaches the client through the field that reads it.
 */
export function prefetchMineralFacts(ctx: Context, id: string, info: Selection): void {
  for (const { name, selection } of childSelections(info).values()) {
    if (Object.prototype.hasOwnProperty.call(MINERAL_FACT_READS, name)) mineralFacts(ctx, name as FactField, selection).load(id).catch(() => {});
  }
}

export async function relianceOf(ctx: Context, mineralId: string, importer: string, release: string | null, read: FactReadOptions): Promise<ImportReliance[]> {
  const hits = await ctx.loaders.rel(MINERAL_FACT_READS.importReliance.statement, read).load(mineralId);
  return hits
    .filter((h) => h.other.props.id === importer)
    .map((h) => fromRel(ImportReliance, h.rel, { importerId: importer, mineralId }))
    .filter((r) => (release ? r.release === release : r.latest !== false))
    .sort((a, b) => a.year - b.year);
}

export async function importSourcesOf(ctx: Context, mineralId: string, importer: string, read: FactReadOptions): Promise<ImportSource[]> {
  const hits = await ctx.loaders.rel(MINERAL_FACT_READS.importSources.statement, read).load(mineralId);
  return hits
    .filter((h) => h.rel.props.importer === importer)
    .map((h) => fromRel(ImportSource, h.rel, { countryId: String(h.other.props.id), importerId: importer, mineralId }))
    .sort((a, b) => compareText(b.period, a.period) || a.rank - b.rank || compareText(a.countryId, b.countryId));
}

export async function productionOf(
  ctx: Context,
  mineralId: string,
  year: number | null,
  type: string | null,
  release: string | null,
  read: FactReadOptions,
): Promise<{ year: number | null; type: string | null; rows: ProductionShare[] }> {
  const hits = await ctx.loaders.rel(MINERAL_FACT_READS.producers.statement, read).load(mineralId);
  const all = hits
    .map((h) => {
      const p = fromRel(ProductionShare, h.rel, { countryId: String(h.other.props.id), mineralId });
      p.estimated = p.estimated === true;
      return p;
    })
    .filter((p) => (release ? p.release === release : p.latest !== false));
  const t = type ?? primaryProductionType(all.map((p) => p.type ?? '').filter(Boolean)) ?? null;
  const ofType = all.filter((p) => (t ? p.type === t : true));
  const y = year ?? ofType.reduce<number | null>((max, p) => (max === null || p.year > max ? p.year : max), null);
  const rows = ofType
    .filter((p) => p.year === y)
    .sort((a, b) => (b.sharePercent ?? -1) - (a.sharePercent ?? -1) || (b.amount ?? -1) - (a.amount ?? -1) || compareText(a.countryId, b.countryId));
  return { year: y, type: t, rows };
}

export async function reservesOf(ctx: Context, mineralId: string, release: string | null, read: FactReadOptions): Promise<Reserve[]> {
  const hits = await ctx.loaders.rel(MINERAL_FACT_READS.reserves.statement, read).load(mineralId);
  return hits
    .map((h) => fromRel(Reserve, h.rel, { countryId: String(h.other.props.id), mineralId }))
    .filter((r) => (release ? r.release === release : r.latest !== false))
    .sort((a, b) => compareText(a.type ?? '', b.type ?? '') || (b.amount ?? -1) - (a.amount ?? -1) || compareText(a.text, b.text) || compareText(a.countryId, b.countryId));
}
