import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';
import { Relationship } from './relationship.type.js';

@ObjectType({
  description:
    'A shortest connection between two entities: `nodes` run from `from` to `to`, `relationships[i]` joins `nodes[i]` and `nodes[i+1]` ' +
    'and keeps its own direction in its `from` and `to`.',
})
export class Path {
  @Field(() => [Node]) nodes!: Node[];
  @Field(() => [Relationship]) relationships!: Relationship[];
  @Field(() => Int, { description: 'The number of relationships.' }) length!: number;
}

@ObjectType({
  description:
    'Nodes and relationships around an entity, the shape a graph view draws: nodes nearest first (the entity itself first), ' +
    'relationships by type, from and to.',
})
export class Subgraph {
  @Field(() => [Node]) nodes!: Node[];
  @Field(() => [Relationship], { description: 'Every relationship between two kept nodes found while expanding (so none among the outermost ring).' })
  relationships!: Relationship[];
  @Field(() => Boolean, { description: 'True when `limit` left out nodes within `depth`.' }) truncated!: boolean;
}

export enum TimelineKind {
  POLICY = 'POLICY',
  LIST_EDITION = 'LIST_EDITION',
  ALLIANCE = 'ALLIANCE',
  MEMBERSHIP = 'MEMBERSHIP',
  INVESTMENT = 'INVESTMENT',
}

registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What a timeline event is; events at one date sort in this order.',
  valuesConfig: {
    POLICY: { description: 'A policy at its date (subject: the policy; related: issuer, parties, named minerals).' },
    LIST_EDITION: { description: 'A list edition at its publication date, else its year (related: its issuer).' },
    ALLIANCE: { description: 'An alliance founded (related: its founding members).' },
    MEMBERSHIP: { description: 'A country joins an alliance, at `since` (subject: the country; related: the alliance).' },
    INVESTMENT: { description: 'An investment, award or contract at its date (related: funder, recipient, targeted minerals).' },
  },
});

@ObjectType({ description: 'A dated event: a policy, a list edition, an alliance founded, a membership, an investment.' })
export class TimelineEvent {
  @Field(() => PartialDateScalar, { description: 'At the precision the source gives.' }) date!: string;
  @Field(() => TimelineKind) kind!: TimelineKind;
  @Field(() => String) title!: string;
  @Field(() => Node, { description: 'What the event is about: the policy, edition, alliance, investment or joining country.' }) subject!: Node;
  @Field(() => [Node], { description: 'The other entities it involves, in the order of its kind’s description.' }) related!: Node[];
}
