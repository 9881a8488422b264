import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CountryResolver } from './resolvers/country.resolver.js';
import { ListEditionResolver, ListingResolver } from './resolvers/list-edition.resolver.js';
import { MineralResolver } from './resolvers/mineral.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';
import { RelationshipQueryResolver } from './resolvers/relationship.resolver.js';
import { Source } from './types/source.type.js';
import { Agency, Company, Investment } from './types/organisation.type.js';
import {
  AgencyResolver, AllianceResolver, CompanyResolver, CountryFactsResolver, InvestmentResolver, ListEditionAgencyResolver, PolicyResolver,
} from './resolvers/entities.resolver.js';
import {
  ImportRelianceResolver, ImportSourceResolver, IndicatorResolver, MembershipResolver, ProductionShareResolver, RelationshipResolver, ReserveResolver,
} from './resolvers/facts.resolver.js';
import { MineralFactsResolver } from './resolvers/mineral-facts.resolver.js';
import { EXPLORE_RESOLVERS } from './resolvers/explore/index.js';
import { GRAPH_RESOLVERS } from './resolvers/graph/index.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      QueryResolver, RelationshipQueryResolver, MineralResolver, MineralFactsResolver, ListEditionResolver, ListEditionAgencyResolver, ListingResolver,
      CountryResolver, CountryFactsResolver, AllianceResolver, PolicyResolver, AgencyResolver, CompanyResolver, InvestmentResolver,
      ImportRelianceResolver, ImportSourceResolver, ProductionShareResolver, IndicatorResolver, MembershipResolver, RelationshipResolver, ReserveResolver,
      ...EXPLORE_RESOLVERS, ...GRAPH_RESOLVERS,
    ] as unknown as [Function, ...Function[]],
    orphanedTypes: [Source, Agency, Company, Investment],
    validate: false,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
