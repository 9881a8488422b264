/**
 * The relationship filters the translate layer has fragments for (cypher/connection/rel/),
 * by connection type and where-field: each picks its fragment from what the input gives
 * (a fragment is present or absent; no sentinel values) or returns null to leave the
 * request to the engine.
 */
type RelationCompiler = (input: Record<string, unknown>) => { fragment: string; params: Record<string, unknown> } | null;

const given = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

const mineralListedIn: RelationCompiler = (f) => {
  // Through groups, "listed" follows the group rules of src/domain/lists.ts: the engine's statement.
  if (f.viaGroup === true) return null;
  const edition = given(f.edition) ? f.edition : null;
  const issuer = given(f.issuer) ? f.issuer : null;
  if (edition && issuer) return { fragment: 'mineral-listed-in-edition-issuer', params: { edition, issuer } };
  if (edition) return { fragment: 'mineral-listed-in-edition', params: { edition } };
  if (issuer) return { fragment: 'mineral-listed-in-issuer', params: { issuer } };
  return { fragment: 'mineral-listed-in-any', params: {} };
};

export const RELATION_FRAGMENTS: Readonly<Record<string, Readonly<Record<string, RelationCompiler>>>> = {
  Mineral: { listedIn: mineralListedIn },
};
