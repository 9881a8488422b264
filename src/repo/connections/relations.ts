/**
 * The relationship filters the translate layer has fragments for (cypher/connection/rel/),
 * by connection type and where-field: each picks its fragment from what the input gives
 * (a fragment is present or absent; no sentinel values) or returns null to leave the
 * request to the engine.
 */
import { periodForRelianceYear } from '../../graphql/filters/mineral.where.js';
import type { RelationCompiler } from './compile.js';

const given = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

const mineralListedIn: RelationCompiler = (input) => {
  const f = input as Record<string, unknown>;
  // Through groups, "listed" follows the group rules of src/domain/lists.ts: the engine's statement.
  if (f.viaGroup === true) return null;
  const edition = given(f.edition) ? f.edition : null;
  const issuer = given(f.issuer) ? f.issuer : null;
  // Naming an edition anchors the page there (compile.ts anchorOf): its minerals, not all of them.
  // Its matches are the edition's LISTS relationships: counted from its degree (cypher/connection/degree/).
  if (edition && issuer) return { fragment: 'mineral-listed-in-edition-issuer', params: { edition, issuer }, anchor: true, degree: true };
  if (edition) return { fragment: 'mineral-listed-in-edition', params: { edition }, anchor: true, degree: true };
  if (issuer) return { fragment: 'mineral-listed-in-issuer', params: { issuer } };
  return { fragment: 'mineral-listed-in-any', params: {} };
};

const countryIssuedList: RelationCompiler = (input) => {
  const f = input as Record<string, unknown>;
  const edition = given(f.edition) ? f.edition : null;
  const mineral = given(f.contains) ? f.contains : null;
  if (edition && mineral) return { fragment: 'country-issued-list-edition-contains', params: { edition, mineral }, anchor: true };
  if (edition) return { fragment: 'country-issued-list-edition', params: { edition }, anchor: true };
  if (mineral) return { fragment: 'country-issued-list-contains', params: { mineral }, anchor: true };
  return { fragment: 'country-issued-list-any', params: {} };
};

const mineralTopImportSource: RelationCompiler = (input) => {
  const f = input as { importer?: string; country?: string; year?: number | null; period?: string | null };
  if (!given(f.importer) || !given(f.country)) return null;
  const base = { importer: f.importer, country: f.country };
  const top = (period: string) => ({ fragment: 'mineral-top-import-source', params: { ...base, period }, anchor: true });
  if (given(f.period)) return top(f.period);
  if (typeof f.year === 'number') return top(periodForRelianceYear(f.year));
  // The importer's latest period: marked on its facts at load (inLatestPeriod).
  return { fragment: 'mineral-top-import-source-latest', params: base, anchor: true };
};

const mineralImportReliance: RelationCompiler = (input) => {
  const f = input as { importer?: string; min?: number | null; max?: number | null; year?: number | null };
  if (!given(f.importer)) return null;
  const hasMin = typeof f.min === 'number';
  const hasMax = typeof f.max === 'number';
  const hasYear = typeof f.year === 'number';
  // Without a year, the importer's latest: marked on its facts at load (inLatestYear).
  return {
    fragment: `mineral-import-reliance${hasMin ? '-min' : ''}${hasMax ? '-max' : ''}${hasYear ? '' : '-latest'}`,
    params: { importer: f.importer, ...(hasYear ? { year: f.year } : {}), ...(hasMin ? { min: f.min } : {}), ...(hasMax ? { max: f.max } : {}) },
    anchor: true,
  };
};

const mineralProducedBy: RelationCompiler = (input) => {
  const f = input as { country?: string; year?: number | null; minShare?: number | null };
  if (!given(f.country)) return null;
  // Without a year, the graph's latest production year: marked on the facts at load (inLatestYear).
  const hasYear = typeof f.year === 'number';
  const latest = hasYear ? '' : '-latest';
  const year = hasYear ? { year: f.year } : {};
  return typeof f.minShare === 'number'
    ? { fragment: `mineral-produced-by-share${latest}`, params: { country: f.country, ...year, minShare: f.minShare }, anchor: true }
    : { fragment: `mineral-produced-by${latest}`, params: { country: f.country, ...year }, anchor: true };
};

/**
 * A filter whose input is one id (`contains: "gallium"`), as one fragment with one parameter; the
 * page may start from that node. `degree`: its matches are that node's relationships (see RelationResult).
 */
const byId =
  (fragment: string, param: string, degree = false): RelationCompiler =>
  (input) =>
    given(input) ? { fragment, params: { [param]: input }, anchor: true, ...(degree ? { degree } : {}) } : null;

export const RELATION_FRAGMENTS: Readonly<Record<string, Readonly<Record<string, RelationCompiler>>>> = {
  Mineral: { listedIn: mineralListedIn, importReliance: mineralImportReliance, topImportSource: mineralTopImportSource, producedBy: mineralProducedBy },
  Country: { issuedList: countryIssuedList },
  ListEdition: { contains: byId('edition-contains', 'mineral', true) },
  Policy: { names: byId('policy-names', 'mineral') },
  Alliance: { hasMember: byId('alliance-has-member', 'country') },
};
