/**
 * The relationship filters the translate layer has fragments for (cypher/connection/rel/),
 * by connection type and where-field: each picks its fragment from what the input gives
 * (a fragment is present or absent; no sentinel values) or returns null to leave the
 * request to the engine.
 */
type RelationCompiler = (input: unknown) => { fragment: string; params: Record<string, unknown> } | null;

const given = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

const mineralListedIn: RelationCompiler = (input) => {
  const f = input as Record<string, unknown>;
  // Through groups, "listed" follows the group rules of src/domain/lists.ts: the engine's statement.
  if (f.viaGroup === true) return null;
  const edition = given(f.edition) ? f.edition : null;
  const issuer = given(f.issuer) ? f.issuer : null;
  if (edition && issuer) return { fragment: 'mineral-listed-in-edition-issuer', params: { edition, issuer } };
  if (edition) return { fragment: 'mineral-listed-in-edition', params: { edition } };
  if (issuer) return { fragment: 'mineral-listed-in-issuer', params: { issuer } };
  return { fragment: 'mineral-listed-in-any', params: {} };
};

const countryIssuedList: RelationCompiler = (input) => {
  const f = input as Record<string, unknown>;
  const edition = given(f.edition) ? f.edition : null;
  const mineral = given(f.contains) ? f.contains : null;
  if (edition && mineral) return { fragment: 'country-issued-list-edition-contains', params: { edition, mineral } };
  if (edition) return { fragment: 'country-issued-list-edition', params: { edition } };
  if (mineral) return { fragment: 'country-issued-list-contains', params: { mineral } };
  return { fragment: 'country-issued-list-any', params: {} };
};

/** A filter whose input is one id (`contains: "gallium"`), as one fragment with one parameter. */
const byId = (fragment: string, param: string): RelationCompiler => (input) => (given(input) ? { fragment, params: { [param]: input } } : null);

export const RELATION_FRAGMENTS: Readonly<Record<string, Readonly<Record<string, RelationCompiler>>>> = {
  Mineral: { listedIn: mineralListedIn },
  Country: { issuedList: countryIssuedList },
  ListEdition: { contains: byId('edition-contains', 'mineral') },
  Policy: { names: byId('policy-names', 'mineral') },
  Alliance: { hasMember: byId('alliance-has-member', 'country') },
};
