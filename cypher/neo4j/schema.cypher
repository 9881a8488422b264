// Neo4j 5 schema: every entity also carries the :Entity label so node(id:) is one index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mineral_id IF NOT EXISTS FOR (n:Mineral) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT list_edition_id IF NOT EXISTS FOR (n:ListEdition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investment_id IF NOT EXISTS FOR (n:Investment) REQUIRE n.id IS UNIQUE;
CREATE INDEX relies_on_year IF NOT EXISTS FOR ()-[r:RELIES_ON]-() ON (r.year);
CREATE INDEX supplies_importer IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.importer, r.period);
CREATE INDEX produces_year IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.year);
// search (explore/search) filters on searchText CONTAINS $t: a TEXT index serves exactly that
// predicate (a full-text index would not: its analyzer tokenizes, so Chinese substrings and
// partial words would match unlike Kùzu). The full-text index of earlier versions was never used.
DROP INDEX entity_search IF EXISTS;
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
