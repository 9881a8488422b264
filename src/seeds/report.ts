import type { GraphStore } from '../store/port.js';
import { SEEDS_DIR } from '../store/create.js';
import { STATEMENTS } from '../store/statements.js';
import { readUsgsSeeds } from './usgs.js';
import { formatUsgsCoverage, usgsCoverage, type UsgsCoverage } from './usgs-coverage.js';

/**
 * What the knowledge holds, computed from a loaded graph: counts per label and
 * type, list editions (declared size against listings), data coverage of listed
 * minerals, the USGS reliance check for the current US list, and facts without a
 * source. `npm run seeds:report` prints it; test/seeds/ asserts on it.
 */
export interface Count {
  readonly name: string;
  readonly count: number;
}

export interface EditionFigures {
  readonly id: string;
  readonly issuer: string;
  readonly year: number;
  /** The size the edition declares (null where the source gives none). */
  readonly size: number | null;
  /** Minerals the graph lists on it. */
  readonly listed: number;
}

export interface Coverage {
  /** Minerals in the set. */
  readonly minerals: number;
  readonly withReliance: number;
  readonly withImportSources: number;
  readonly withProduction: number;
  /** Ids of minerals with none of the three. */
  readonly withNone: readonly string[];
}

export interface RelianceCheck {
  readonly mineral: string;
  /** Years the USGS files give a reading for (NA and empty cells give none). */
  readonly dataYears: readonly number[];
  /** Of those, years without a RELIES_ON fact in the graph. */
  readonly missingYears: readonly number[];
  /** Ranked import sources in the graph per period: how many, how many the data gives, and whether ranks run 1..n. */
  readonly importSources: readonly { period: string; count: number; dataCount: number; ranked: boolean }[];
  /**
   * Whether the USGS Fig2 tables give import sources for the mineral at all: a mineral
   * read only from the salient tables (e.g. where the US is a net exporter) has none.
   */
  readonly sourcesInData: boolean;
  /** Reliance for every data year, and, where the data gives import sources, the same number ranked 1..n per period. */
  readonly complete: boolean;
}

export interface SeedReport {
  readonly nodes: readonly Count[];
  readonly nodeTotal: number;
  readonly relationships: readonly Count[];
  readonly relationshipTotal: number;
  readonly editions: readonly EditionFigures[];
  readonly coverage: {
    /** Minerals on any list edition. */
    readonly anyList: Coverage;
    /** Minerals on the edition named by `usEdition`. */
    readonly usEdition: Coverage;
  };
  readonly usEdition: string;
  /** One entry per mineral of `usEdition` that the USGS reliance data names. */
  readonly reliance: readonly RelianceCheck[];
  /** USGS-named minerals of `usEdition` that the reliance data does not name. */
  readonly notInRelianceData: readonly string[];
  readonly unsourced: {
    readonly nodes: readonly { label: string; id: string }[];
    readonly relationships: readonly { type: string; from: string; to: string; key: string }[];
    readonly total: number;
  };
  /** Source ids cited somewhere that are not Source nodes. */
  readonly unknownSources: readonly string[];
  /** Every row of every copied USGS file: mapped, out of scope (with the reason) or unmapped. */
  readonly usgsCoverage: UsgsCoverage;
}

export interface SeedReportOptions {
  /** The seeds folder whose USGS files the reliance check reads (default: the repo's seeds/). */
  readonly seedsDir?: string;
  /** The list edition the reliance check and the second coverage figure are about. */
  readonly usEdition?: string;
}

const num = (v: unknown): number => Number(v ?? 0);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export async function buildSeedReport(store: GraphStore, options: SeedReportOptions = {}): Promise<SeedReport> {
  const seedsDir = options.seedsDir ?? SEEDS_DIR;
  const usEdition = options.usEdition ?? 'USA-2025';

  const nodes = (await store.read({ name: STATEMENTS.labelCounts })).map((r) => ({ name: str(r.label), count: num(r.count) }));
  const relationships = (await store.read({ name: STATEMENTS.typeCounts })).map((r) => ({ name: str(r.type), count: num(r.count) }));

  const editions = (await store.read({ name: STATEMENTS.editionSizes })).map((r) => ({
    id: str(r.id),
    issuer: str(r.issuer),
    year: num(r.year),
    size: r.size === null || r.size === undefined ? null : num(r.size),
    listed: num(r.listed),
  }));

  const listed = new Map<string, Set<string>>();
  for (const r of await store.read({ name: STATEMENTS.editionMinerals })) {
    const e = str(r.edition);
    if (!listed.has(e)) listed.set(e, new Set());
    listed.get(e)!.add(str(r.mineral));
  }
  const coverageRows = new Map(
    (await store.read({ name: STATEMENTS.mineralCoverage })).map((r) => [
      str(r.id),
      { reliance: num(r.reliance), importSources: num(r.importSources), production: num(r.production) },
    ]),
  );
  const coverageOf = (ids: Iterable<string>): Coverage => {
    const list = [...new Set(ids)].sort();
    const c = (id: string) => coverageRows.get(id) ?? { reliance: 0, importSources: 0, production: 0 };
    return {
      minerals: list.length,
      withReliance: list.filter((id) => c(id).reliance > 0).length,
      withImportSources: list.filter((id) => c(id).importSources > 0).length,
      withProduction: list.filter((id) => c(id).production > 0).length,
      withNone: list.filter((id) => c(id).reliance + c(id).importSources + c(id).production === 0),
    };
  };
  const anyList = new Set([...listed.values()].flatMap((s) => [...s]));
  const usMinerals = listed.get(usEdition) ?? new Set<string>();

  // The reliance check compares the graph with what the USGS files themselves give.
  const usgs = readUsgsSeeds(seedsDir);
  const dataYears = new Map<string, Set<number>>();
  for (const r of usgs.import_reliance ?? []) {
    if (r.values.importer !== 'USA') continue;
    const m = r.values.mineral!;
    if (!dataYears.has(m)) dataYears.set(m, new Set());
    dataYears.get(m)!.add(Number(r.values.year));
  }
  const dataSources = new Map<string, number>();
  for (const r of usgs.import_sources ?? []) {
    if (r.values.importer !== 'USA') continue;
    const k = `${r.values.mineral}|${r.values.period}`;
    dataSources.set(k, (dataSources.get(k) ?? 0) + 1);
  }
  const graphYears = new Map<string, Set<number>>();
  for (const r of await store.read({ name: STATEMENTS.relianceYears, params: { importer: 'USA' } })) {
    const m = str(r.mineral);
    if (!graphYears.has(m)) graphYears.set(m, new Set());
    graphYears.get(m)!.add(num(r.year));
  }
  const graphRanks = new Map<string, Map<string, number[]>>();
  for (const r of await store.read({ name: STATEMENTS.importSourceRanks, params: { importer: 'USA' } })) {
    const m = str(r.mineral);
    if (!graphRanks.has(m)) graphRanks.set(m, new Map());
    const byPeriod = graphRanks.get(m)!;
    const p = str(r.period);
    if (!byPeriod.has(p)) byPeriod.set(p, []);
    byPeriod.get(p)!.push(num(r.rank));
  }

  const reliance: RelianceCheck[] = [];
  const notInRelianceData: string[] = [];
  for (const m of [...usMinerals].sort()) {
    const years = dataYears.get(m);
    if (!years) {
      notInRelianceData.push(m);
      continue;
    }
    const expected = [...years].sort((a, b) => a - b);
    const held = graphYears.get(m) ?? new Set<number>();
    const periods = new Set<string>([...(graphRanks.get(m)?.keys() ?? [])]);
    for (const k of dataSources.keys()) if (k.startsWith(`${m}|`)) periods.add(k.slice(m.length + 1));
    const importSources = [...periods].sort().map((period) => {
      const ranks = [...(graphRanks.get(m)?.get(period) ?? [])].sort((a, b) => a - b);
      const dataCount = dataSources.get(`${m}|${period}`) ?? 0;
      return { period, count: ranks.length, dataCount, ranked: ranks.length > 0 && ranks.every((r, i) => r === i + 1) };
    });
    const missingYears = expected.filter((y) => !held.has(y));
    const sourcesInData = importSources.some((s) => s.dataCount > 0);
    reliance.push({
      mineral: m,
      dataYears: expected,
      missingYears,
      importSources,
      sourcesInData,
      complete: missingYears.length === 0 && importSources.every((s) => s.ranked && s.count === s.dataCount),
    });
  }

  const unsourcedNodes = (await store.read({ name: STATEMENTS.unsourcedNodes })).map((r) => ({ label: str(r.label), id: str(r.id) }));
  const unsourcedRels = (await store.read({ name: STATEMENTS.unsourcedRelationships })).map((r) => ({
    type: str(r.type),
    from: str(r.from),
    to: str(r.to),
    key: str(r.key),
  }));
  const sourceIds = new Set((await store.read({ name: STATEMENTS.sourceIds })).map((r) => str(r.id)));
  const cited = new Set((await store.read({ name: STATEMENTS.citedSources })).map((r) => str(r.id)));

  return {
    nodes,
    nodeTotal: nodes.reduce((n, c) => n + c.count, 0),
    relationships,
    relationshipTotal: relationships.reduce((n, c) => n + c.count, 0),
    editions,
    coverage: { anyList: coverageOf(anyList), usEdition: coverageOf(usMinerals) },
    usEdition,
    reliance,
    notInRelianceData,
    unsourced: { nodes: unsourcedNodes, relationships: unsourcedRels, total: unsourcedNodes.length + unsourcedRels.length },
    unknownSources: [...cited].filter((id) => !sourceIds.has(id)).sort(),
    usgsCoverage: usgsCoverage(seedsDir),
  };
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return 'none';
  const runs: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}-${prev}`);
    start = prev = y;
  }
  return runs.join(', ');
}

function coverageText(title: string, c: Coverage): string[] {
  return [
    `${title}: ${c.minerals} minerals`,
    `  with import reliance (RELIES_ON):   ${c.withReliance}`,
    `  with import sources (SUPPLIES): ${c.withImportSources}`,
    `  with production (PRODUCES):          ${c.withProduction}`,
    `  with none of these (${c.withNone.length}): ${c.withNone.join(', ') || '-'}`,
  ];
}

export function formatSeedReport(report: SeedReport): string {
  const out: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  out.push(`Nodes (${report.nodeTotal})`);
  for (const c of report.nodes) out.push(`  ${pad(c.name, 16)} ${String(c.count).padStart(6)}`);
  out.push('', `Relationships (${report.relationshipTotal})`);
  for (const c of report.relationships) out.push(`  ${pad(c.name, 16)} ${String(c.count).padStart(6)}`);

  out.push('', 'List editions (declared size vs minerals listed)');
  for (const e of report.editions) {
    const size = e.size === null ? '-' : String(e.size);
    const flag = e.size !== null && e.size !== e.listed ? '  (differs)' : '';
    out.push(`  ${pad(e.id, 14)} ${pad(e.issuer, 4)} ${e.year}  size ${size.padStart(3)}  listed ${String(e.listed).padStart(3)}${flag}`);
  }

  out.push('', 'Coverage');
  out.push(...coverageText('  Minerals on any list edition', report.coverage.anyList).map((l) => `  ${l.trimStart()}`));
  out.push(...coverageText(`  Minerals on ${report.usEdition}`, report.coverage.usEdition).map((l) => `  ${l.trimStart()}`));

  const complete = report.reliance.filter((r) => r.complete);
  out.push(
    '',
    `USGS net import reliance for ${report.usEdition} minerals: ${report.reliance.length} named by the data, ` +
      `${complete.length} with reliance for every year the data gives and the data's import sources ranked ` +
      `(${report.reliance.filter((r) => !r.sourcesInData).length} have no import sources in the data)`,
  );
  for (const r of report.reliance) {
    const src = r.sourcesInData ? r.importSources.map((s) => `${s.period}: ${s.count}${s.ranked ? ' ranked' : ' NOT ranked'}${s.count !== s.dataCount ? ` (data ${s.dataCount})` : ''}`) : ['none in the data (not in Fig2)'];
    const missing = r.missingYears.length ? `  MISSING ${yearsText(r.missingYears)}` : '';
    out.push(`  ${r.complete ? 'ok ' : 'GAP'} ${pad(r.mineral, 26)} years ${pad(yearsText(r.dataYears), 10)} sources ${src.join('; ') || 'none'}${missing}`);
  }
  out.push(`  not named by the reliance data (${report.notInRelianceData.length}): ${report.notInRelianceData.join(', ') || '-'}`);

  out.push('', ...formatUsgsCoverage(report.usgsCoverage));

  out.push('', `Facts without a source: ${report.unsourced.total}`);
  for (const n of report.unsourced.nodes) out.push(`  node ${n.label} ${n.id}`);
  for (const r of report.unsourced.relationships) out.push(`  rel ${r.type} ${r.from} -> ${r.to}${r.key ? ` (${r.key})` : ''}`);
  out.push(`Cited source ids that are not Source nodes: ${report.unknownSources.length}${report.unknownSources.length ? ` (${report.unknownSources.join(', ')})` : ''}`);
  return `${out.join('\n')}\n`;
}
