/**
 * Plain rules behind the timeline, the neighbourhood and paths: how partial dates
 * filter and sort, which events come first, which nodes a truncated neighbourhood
 * keeps, and which relationships are statistical facts rather than links. Free of
 * GraphQL and of the store.
 */
import { dateBounds } from './dates.js';
import { compareText } from './compare.js';

/** The kinds of dated event, in the order they sort at one date. */
export const TIMELINE_KINDS = ['POLICY', 'LIST_EDITION', 'ALLIANCE', 'MEMBERSHIP', 'INVESTMENT'] as const;
export type TimelineKindName = (typeof TIMELINE_KINDS)[number];

/** The least an event needs to be filtered and ordered. */
export interface DatedEvent {
  readonly date: string;
  readonly kind: TimelineKindName;
  /** Tells apart events of one kind at one date (the subject's id, then the related ids). */
  readonly id: string;
}

/**
 * Whether an event's date lies within [from, to], compared at its precision: every
 * day the date can mean must fall in the range, whose ends also stand for every day
 * they can mean. So `from: 2021-01` keeps `2021`, `2021-03` and `2021-01-20`, and
 * `to: 2025-01` keeps `2025-01` but not `2025` (which may be later in 2025);
 * `from: 2020-06` drops an event dated only `2020`.
 */
export function withinRange(date: string, from?: string | null, to?: string | null): boolean {
  const [first, last] = dateBounds(date);
  if (from && first < dateBounds(from)[0]) return false;
  if (to && last > dateBounds(to)[1]) return false;
  return true;
}

/** Whether a range can hold anything: its start is not after its end. */
export function validRange(from?: string | null, to?: string | null): boolean {
  return !from || !to || dateBounds(from)[0] <= dateBounds(to)[1];
}

/**
 * Timeline order: by the earliest day the date can mean (`2022` sorts as
 * 2022-01-01, before `2022-01-15`), then by kind (TIMELINE_KINDS order), then by id.
 */
export function compareEvents(a: DatedEvent, b: DatedEvent): number {
  return (
    compareText(dateBounds(a.date)[0], dateBounds(b.date)[0]) ||
    TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
    cmp(a.id, b.id)
  );
}

/** The date a list edition is placed at: its publication date, else its year. */
export function editionDate(published: unknown, year: unknown): string | null {
  if (typeof published === 'string' && published) return published;
  if (typeof year === 'number' && Number.isFinite(year)) return String(year).padStart(4, '0');
  return null;
}

/**
 * Statistical facts: one relationship per country, mineral and year (or period,
 * rank, indicator). They join nearly every country to nearly every mineral, so a
 * path over them says little ("both produce copper"); paths leave them out unless
 * asked. Everything else is a link some source states once. FORM_OF (bauxite -> aluminum)
 * is read from how the USGS statistics tables split a commodity, and goes with them: a
 * 23rd relationship type in Kùzu's links-only shortest-path pattern made the search
 * exceed the test buffer pool (128 MB), so both backends leave it to `includeFacts`.
 */
export const FACT_REL_TYPES: readonly string[] = ['PRODUCES', 'SUPPLIES', 'RELIES_ON', 'MEASURE', 'RESERVES', 'FORM_OF'];

/** Bounds of the graph entry points' arguments, named in their error messages. */
export const LIMITS = {
  maxHops: { min: 1, max: 4 },
  depth: { min: 1, max: 3 },
  neighborhoodLimit: { min: 1, max: 500 },
  timelineFirst: { min: 1, max: 1000 },
  /** Distinct shortest paths returned at most. */
  paths: 20,
  /**
   * Shortest-path rows (parallel facts make one path several rows) read at most. Past
   * it the request is refused rather than cut: which rows a cut keeps is up to the
   * engine, so a cut answer could differ between backends.
   */
  pathRows: 10_000,
} as const;

/** A step of a path as its identity: the node reached and how (type and direction). */
export interface PathStepKey {
  readonly type: string;
  readonly forward: boolean;
  readonly nodeId: string;
}

/** A path's identity: parallel facts of one type between the same two nodes make one path. */
export function pathSignature(startId: string, steps: readonly PathStepKey[]): string {
  return [startId, ...steps.map((s) => `${s.forward ? '>' : '<'}${s.type}${s.forward ? '>' : '<'}${s.nodeId}`)].join(' ');
}

type Parallel = { year?: unknown; period?: unknown; latest?: unknown; key?: unknown };

/**
 * Which of parallel relationships stands for them on a path: a release's current
 * reading before one a later release revised (`latest: false`), then the latest
 * `year`, then the latest `period` (import sources `2020-2023` before `2019-2022`,
 * compared by the year the period ends, then begins), then the smallest key, so the
 * choice never depends on the engine's order.
 */
export function preferRel(a: Parallel, b: Parallel): number {
  const la = a.latest === false ? 1 : 0;
  const lb = b.latest === false ? 1 : 0;
  const ya = typeof a.year === 'number' ? a.year : -Infinity;
  const yb = typeof b.year === 'number' ? b.year : -Infinity;
  const pa = periodOrder(a.period);
  const pb = periodOrder(b.period);
  return la - lb || yb - ya || cmp(pb, pa) || cmp(String(a.key ?? ''), String(b.key ?? ''));
}

/**
 * Which statistical facts are readings of one figure over time, so a view may show only
 * the latest of them: the same type between the same two ends, for the same importer
 * (SUPPLIES), series (PRODUCES, RESERVES `type`) and indicator and partner (MEASURE).
 * Links are never parallel readings (null).
 */
export function parallelGroup(type: string, fromId: string, toId: string, props: Readonly<Record<string, unknown>>): string | null {
  if (!FACT_REL_TYPES.includes(type) || type === 'FORM_OF') return null;
  const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return [type, fromId, toId, s(props.importer), type === 'MEASURE' ? '' : s(props.type), s(props.indicator), s(props.partner)].join('\u0000');
}

/** A period as published (`2020-2023`, `2023`) as text that sorts by its last year, then its first. */
function periodOrder(p: unknown): string {
  if (typeof p !== 'string' || p === '') return '';
  const years = p.match(/\d{4}/g) ?? [];
  return `${years[years.length - 1] ?? ''}|${years[0] ?? ''}|${p}`;
}

/** A node reached while expanding a neighbourhood, and how it was first reached. */
export interface Reached {
  readonly id: string;
  /** The smallest relationship type among those that reach it from the previous ring. */
  readonly via: string;
}

/**
 * The order a ring of the neighbourhood is kept in when the limit cuts it: nearer
 * rings first (the caller adds ring by ring), then by the type of relationship
 * that reaches the node, then by id. Deterministic whatever order rows came in.
 */
export function compareReached(a: Reached, b: Reached): number {
  return cmp(a.via, b.via) || cmp(a.id, b.id);
}

/** Code-point order, the same on every machine, locale and engine. */
export const cmp = compareText;
