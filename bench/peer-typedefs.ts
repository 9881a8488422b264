/**
 * Type definitions for the peer, the Neo4j GraphQL Library (@neo4j/graphql 7), over the
 * same Neo4j database the benchmark built: one `@node` type per label the operations
 * reach, and `@relationship` fields (with `@relationshipProperties` types for the facts'
 * properties) in the direction the graph stores them (src/domain/model.ts). Only what
 * the peer operations read is declared: a user would write no more to serve these
 * queries, and the generated schema (filters, sorts, connections, aggregates for every
 * field) grows with each field declared.
 *
 * Field names are the peer's own (`issuedBy`, `suppliedBy`, ...): the library generates
 * its API from them, so they cannot follow our schema where a property already has the
 * name (ListEdition.issuer is a property; the ISSUED_BY relationship is `issuedBy`).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Source @node {
    id: ID!
    title: String
    publisher: String
  }

  type Mineral @node {
    id: ID!
    name: String
    nameZh: String
    symbol: String
    isGroup: Boolean
    searchText: String
    listedIn: [ListEdition!]! @relationship(type: "LISTS", direction: IN, properties: "Lists")
    reliedOnBy: [Country!]! @relationship(type: "RELIES_ON", direction: IN, properties: "ReliesOn")
    suppliedBy: [Country!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supplies")
    producedBy: [Country!]! @relationship(type: "PRODUCES", direction: IN, properties: "Produces")
    members: [Mineral!]! @relationship(type: "HAS_MEMBER", direction: OUT, properties: "HasMember")
    groups: [Mineral!]! @relationship(type: "HAS_MEMBER", direction: IN, properties: "HasMember")
  }

  type Country @node {
    id: ID!
    name: String
    nameZh: String
    kind: String
    searchText: String
    reliesOn: [Mineral!]! @relationship(type: "RELIES_ON", direction: OUT, properties: "ReliesOn")
    supplies: [Mineral!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Supplies")
    produces: [Mineral!]! @relationship(type: "PRODUCES", direction: OUT, properties: "Produces")
    memberOf: [Alliance!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
  }

  type ListEdition @node {
    id: ID!
    issuer: String
    year: Int
    title: String
    kind: String
    size: Int
    lists: [Mineral!]! @relationship(type: "LISTS", direction: OUT, properties: "Lists")
    issuedBy: [Country!]! @relationship(type: "ISSUED_BY", direction: OUT, properties: "IssuedBy")
  }

  type Policy @node {
    id: ID!
    kind: String
    number: String
    title: String
    date: String
    issuedBy: [Country!]! @relationship(type: "ISSUED_BY", direction: OUT, properties: "IssuedBy")
  }

  type Alliance @node {
    id: ID!
    acronym: String
    name: String
    nameZh: String
    members: [Country!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
  }

  type Lists @relationshipProperties {
    key: String
    asPublished: String
    category: String
  }

  type ReliesOn @relationshipProperties {
    key: String
    year: Int
    percent: Float
    text: String
    latest: Boolean
  }

  type Supplies @relationshipProperties {
    key: String
    importer: String
    rank: Int
    period: String
    sharePercent: Float
  }

  type Produces @relationshipProperties {
    key: String
    year: Int
    amount: Float
    unit: String
    text: String
    type: String
    sharePercent: Float
    latest: Boolean
  }

  type MemberOf @relationshipProperties {
    key: String
    since: String
    until: String
    role: String
  }

  type IssuedBy @relationshipProperties {
    key: String
  }

  type HasMember @relationshipProperties {
    key: String
  }
`;
