import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { compareEvents, editionDate, LIMITS, validRange, withinRange, type DatedEvent } from '../../../domain/timeline.js';
import { STATEMENTS } from '../../../store/statements.js';
import { isGraphNode, isGraphRel, type GraphNode, type Row } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { PartialDateScalar } from '../../scalars.js';
import { TimelineEvent, TimelineKind } from '../../types/graph.type.js';
import type { Node } from '../../types/node.type.js';
import { toGraphQL } from '../../types/node-types.js';
import { collected, idOf, prime, toNodes } from './elements.js';

/** An event before it becomes a GraphQL object. */
interface Draft extends DatedEvent {
  readonly title: string;
  readonly subject: GraphNode;
  readonly related: readonly GraphNode[];
}

type Filters = { country: string; minerals: string[] };

const DESCRIPTION =
  'Dated events in order: policies (their date), list editions (published, else year), alliances founded, memberships (since) and ' +
  'investments (date); undated ones are left out. Sorted by the earliest day a date can mean (`2022` as 2022-01-01), then by kind ' +
  '(POLICY, LIST_EDITION, ALLIANCE, MEMBERSHIP, INVESTMENT), then by id. `from`/`to` compare at the precision of each date: an event is ' +
  'kept only when every day its date can mean lies in the range (`from: "2021-01"` keeps `2021`; `to: "2025-01"` drops `2025`). ' +
  '`country`: the policy’s issuer or a party, the edition’s issuer, the member, the investment’s funder or recipient (or their agency or ' +
  'company based there), a member of the alliance. `mineral`: a mineral the policy or alliance names, the edition lists, the investment ' +
  'targets; a group and its members match each other (neodymium matches a policy naming rare-earth-elements); memberships concern no ' +
  'mineral and drop out. Unknown ids give an empty list.';

@Resolver()
export class TimelineResolver {
  @Query(() => [TimelineEvent], { description: DESCRIPTION })
  async timeline(
    @Arg('from', () => PartialDateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => PartialDateScalar, { nullable: true }) to: string | null,
    @Arg('country', () => ID, { nullable: true }) country: string | null,
    @Arg('mineral', () => ID, { nullable: true }) mineral: string | null,
    @Arg('kinds', () => [TimelineKind], { nullable: true, description: 'Only these kinds; all when omitted.' }) kinds: TimelineKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) firstArg: number | null,
    @Ctx() ctx: Context,
  ): Promise<TimelineEvent[]> {
    const first = firstArg ?? 100;
    const { min, max } = LIMITS.timelineFirst;
    if (!Number.isInteger(first) || first < min || first > max) {
      throw badInput(`first must be an integer from ${min} to ${max}; got ${first}`, { argument: 'first' });
    }
    if (!validRange(from, to)) throw badInput(`from (${from}) must not be after to (${to})`, { argument: 'from' });
    const wanted = new Set(kinds ?? Object.values(TimelineKind));
    if (mineral) wanted.delete(TimelineKind.MEMBERSHIP);
    const filters: Filters = { country: country ?? '', minerals: mineral ? await mineralFamily(ctx, mineral) : [''] };
    const drafts = (
      await Promise.all(
        [...wanted].map(async (kind) => {
          const rows = await ctx.loaders.rows(STATEMENT[kind], kind === TimelineKind.MEMBERSHIP ? { country: filters.country } : { ...filters });
          return rows.map((row) => READ[kind](ctx, row)).filter((d): d is Draft => d !== null);
        }),
      )
    ).flat();
    return drafts
      .filter((d) => withinRange(d.date, from, to))
      .sort(compareEvents)
      .slice(0, first)
      .map((d) => toEvent(ctx, d));
  }
}

/** The mineral, the groups it belongs to and, for a group, its members: one batched round trip each, in parallel. */
async function mineralFamily(ctx: Context, id: string): Promise<string[]> {
  const [groups, members] = await Promise.all([ctx.loaders.rel(STATEMENTS.mineralGroups).load(id), ctx.loaders.rel(STATEMENTS.groupMembers).load(id)]);
  return [id, ...groups.map((h) => idOf(h.other)), ...members.map((h) => idOf(h.other))];
}

const STATEMENT: Record<TimelineKind, string> = {
  [TimelineKind.POLICY]: STATEMENTS.timelinePolicies,
  [TimelineKind.LIST_EDITION]: STATEMENTS.timelineEditions,
  [TimelineKind.ALLIANCE]: STATEMENTS.timelineAlliances,
  [TimelineKind.MEMBERSHIP]: STATEMENTS.timelineMemberships,
  [TimelineKind.INVESTMENT]: STATEMENTS.timelineInvestments,
};

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

const READ: Record<TimelineKind, (ctx: Context, row: Row) => Draft | null> = {
  [TimelineKind.POLICY]: (ctx, row) => {
    const s = row.s;
    const date = isGraphNode(s) ? str(s.props.date) : null;
    if (!isGraphNode(s) || !date) return null;
    const issuers = collected(ctx, row.issuers);
    const parties = collected(ctx, row.parties).filter((p) => !issuers.some((i) => idOf(i) === idOf(p)));
    return draft(TimelineKind.POLICY, date, str(s.props.title) ?? idOf(s), s, [...issuers, ...parties, ...collected(ctx, row.named)]);
  },
  [TimelineKind.LIST_EDITION]: (ctx, row) => {
    const s = row.s;
    const date = isGraphNode(s) ? editionDate(s.props.published, s.props.year) : null;
    if (!isGraphNode(s) || !date) return null;
    return draft(TimelineKind.LIST_EDITION, date, str(s.props.title) ?? idOf(s), s, collected(ctx, row.issuers));
  },
  [TimelineKind.ALLIANCE]: (ctx, row) => {
    const s = row.s;
    const date = isGraphNode(s) ? str(s.props.founded) : null;
    if (!isGraphNode(s) || !date) return null;
    const name = str(s.props.name) ?? idOf(s);
    const acronym = str(s.props.acronym);
    return draft(TimelineKind.ALLIANCE, date, `${name}${acronym && acronym !== name ? ` (${acronym})` : ''} founded`, s, collected(ctx, row.founders));
  },
  [TimelineKind.MEMBERSHIP]: (ctx, row) => {
    const { c, r, a } = row;
    const date = isGraphRel(r) ? str(r.props.since) : null;
    if (!isGraphNode(c) || !isGraphNode(a) || !isGraphRel(r) || !date) return null;
    prime(ctx, a);
    const role = str(r.props.role);
    const title = `${str(c.props.name) ?? idOf(c)} joins ${str(a.props.acronym) ?? str(a.props.name) ?? idOf(a)}${role && role !== 'member' ? ` (${role})` : ''}`;
    return draft(TimelineKind.MEMBERSHIP, date, title, c, [a]);
  },
  [TimelineKind.INVESTMENT]: (ctx, row) => {
    const s = row.s;
    const date = isGraphNode(s) ? str(s.props.date) : null;
    if (!isGraphNode(s) || !date) return null;
    const related = ['funders', 'funderCountries', 'recipients', 'recipientCountries', 'targets'].flatMap((k) => collected(ctx, row[k]));
    return draft(TimelineKind.INVESTMENT, date, str(s.props.title) ?? idOf(s), s, related);
  },
};

function draft(kind: TimelineKind, date: string, title: string, subject: GraphNode, related: GraphNode[]): Draft {
  return { kind, date, title, subject, related, id: [idOf(subject), ...related.map(idOf)].join(' ') };
}

function toEvent(ctx: Context, d: Draft): TimelineEvent {
  prime(ctx, d.subject);
  return Object.assign(new TimelineEvent(), {
    date: d.date,
    kind: d.kind,
    title: d.title,
    subject: toGraphQL(d.subject) as Node,
    related: toNodes(d.related),
  });
}
