/**
 * The GraphQL operations /explore sends, in one module: the page imports them, and
 * the tests weigh them with the server's cost rule and run them on every backend.
 * Every entity selects `id`; values travel as variables.
 */

const SOURCE = 'sources { id title publisher date url doi }';
const NODE = 'id label displayName displayNameZh';
const REL = 'id type note from { id } to { id }';

/** The most nodes one expansion may bring (the field's own maximum). */
export const NEIGHBORHOOD_MAX = 500;
/** The first page of an expansion; "show more" doubles it up to NEIGHBORHOOD_MAX. */
export const EXPAND_FIRST = 50;

export const SEARCH = `query ExploreSearch($text: String!, $first: Int = 10) {
  search(text: $text, first: $first) { score matched node { ${NODE} } }
}`;

export const NEIGHBORHOOD = `query ExploreNeighborhood($id: ID!, $depth: Int = 1, $limit: Int = ${EXPAND_FIRST}, $includeFacts: Boolean = true) {
  neighborhood(id: $id, depth: $depth, limit: $limit, includeFacts: $includeFacts) {
    truncated
    nodes { ${NODE} }
    relationships { ${REL} }
  }
}`;

export const PATHS = `query ExplorePaths($from: ID!, $to: ID!, $includeFacts: Boolean = false, $maxHops: Int = 3) {
  paths(from: $from, to: $to, includeFacts: $includeFacts, maxHops: $maxHops) {
    length
    nodes { ${NODE} }
    relationships { ${REL} }
  }
}`;

/**
 * The side panel for a node: its own properties per type, its note and its sources. Fields of one
 * name but different nullability on two types (`kind`, `acronym`) take an alias (GraphQL's rule).
 */
export const NODE_DETAILS = `query ExploreNode($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Mineral { name nameZh symbol isGroup aliases note citation ${SOURCE} }
    ... on Country { name nameZh kind aliases note citation ${SOURCE} }
    ... on ListEdition { title titleZh year published kind size note citation ${SOURCE} }
    ... on Policy { title titleZh policyKind: kind number date administration aliases note citation ${SOURCE} }
    ... on Alliance { allianceAcronym: acronym name nameZh kind founded aliases note citation ${SOURCE} }
    ... on Agency { acronym name nameZh aliases note citation ${SOURCE} }
    ... on Company { name nameZh aliases note citation ${SOURCE} }
    ... on Investment { title date amount currency amountText note citation ${SOURCE} }
    ... on Source { title titleZh sourceKind: kind publisher date url doi note }
  }
}`;

/** The side panel for a relationship: its properties, its note (other readings) and its sources. */
export const RELATIONSHIP_DETAILS = `query ExploreRelationship($id: ID!) {
  relationship(id: $id) {
    id type properties note
    from { ${NODE} }
    to { ${NODE} }
    ${SOURCE}
  }
}`;

export const OPERATIONS = { SEARCH, NEIGHBORHOOD, PATHS, NODE_DETAILS, RELATIONSHIP_DETAILS } as const;

export interface GNode {
  id: string;
  label: string;
  displayName: string;
  displayNameZh?: string | null;
}

export interface GRel {
  id: string;
  type: string;
  note?: string | null;
  from: { id: string };
  to: { id: string };
}
