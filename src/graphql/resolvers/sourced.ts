import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { fromNode } from '../types/entity.js';
import { Source } from '../types/source.type.js';

/** The sources of an entity or fact, resolved through the request's node loader. */
export async function loadSources(ctx: Context, ids: readonly string[] | null | undefined): Promise<Source[]> {
  const nodes = await ctx.loaders.node.loadMany([...(ids ?? [])]);
  const out: Source[] = [];
  for (const n of nodes) if (n && !(n instanceof Error)) out.push(fromNode(Source, n));
  return out;
}

/**
 * A resolver base that gives an object type its `sources` field. Each entity and
 * fact resolver extends one of these (TypeGraphQL's resolver inheritance).
 */
export function SourcedResolver<T extends { sources?: string[] | null }>(Type: ClassType<T>) {
  @Resolver(() => Type)
  abstract class Base {
    @FieldResolver(() => [Source], { description: 'The sources this fact cites.' })
    sources(@Root() root: T, @Ctx() ctx: Context): Promise<Source[]> {
      return loadSources(ctx, root.sources);
    }
  }
  return Base;
}
