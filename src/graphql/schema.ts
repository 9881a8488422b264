import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CountryResolver } from './resolvers/country.resolver.js';
import { ListEditionResolver, ListingResolver } from './resolvers/list-edition.resolver.js';
import { MineralResolver } from './resolvers/mineral.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';
import { Source } from './types/source.type.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [QueryResolver, MineralResolver, ListEditionResolver, ListingResolver, CountryResolver],
    orphanedTypes: [Source],
    validate: false,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
