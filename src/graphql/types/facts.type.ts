import { RevisedFact, StoredFact } from './stored-fact.type.js';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Net import reliance of an importer on a mineral in one year, as a percentage of apparent consumption.' })
export class ImportReliance extends RevisedFact {
  protected ends() {
    return ['RELIES_ON', this.importerId, this.mineralId] as const;
  }
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true, description: 'A number only where the source prints one.' }) percent?: number | null;
  @Field(() => String, { description: 'As published: `100`, `>50`, `E` (net exporter), `W` (withheld).' }) text!: string;
  @Field(() => String, { nullable: true, description: 'Other readings (e.g. an earlier release) and their sources.' }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  importerId!: string;
  mineralId!: string;
  sources!: string[];
  noteSources?: string[] | null;
}

@ObjectType({ description: 'A ranked source of an importer’s imports of a mineral over a period.' })
export class ImportSource extends StoredFact {
  protected ends() {
    return ['SUPPLIES', this.countryId, this.mineralId] as const;
  }
  @Field(() => Int, { description: '1 is the largest source.' }) rank!: number;
  @Field(() => String, { description: 'As published, e.g. `2020-2023`.' }) period!: string;
  @Field(() => Float, { nullable: true, description: 'Null where the source gives no share.' }) sharePercent?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  countryId!: string;
  importerId!: string;
  mineralId!: string;
  sources!: string[];
}

@ObjectType({ description: 'A country’s production of a mineral in one year (world production data).' })
export class ProductionShare extends RevisedFact {
  protected ends() {
    return ['PRODUCES', this.countryId, this.mineralId] as const;
  }
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) amount?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true, description: 'As published (`W` withheld, `NA`).' }) text?: string | null;
  @Field(() => String, { nullable: true, description: '`mine`, `refinery`, `smelter`, ...' }) type?: string | null;
  @Field(() => Boolean) estimated!: boolean;
  @Field(() => Float, { nullable: true, description: 'Share of the world total, computed from the source’s world total.' }) sharePercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'The world total the share is computed from.' }) worldTotal?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  countryId!: string;
  mineralId!: string;
  sources!: string[];
}

@ObjectType({ description: 'A published indicator of a mineral for a country: market dynamics, supply risk, shares of mining and processing, dependence.' })
export class Indicator extends StoredFact {
  protected ends() {
    return ['MEASURE', this.countryId, this.mineralId] as const;
  }
  @Field(() => String, { description: 'e.g. `market-dynamics`, `supply-risk`, `mining-share`, `processing-share`, `import-dependence`.' }) indicator!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true, description: 'As printed.' }) text?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  countryId!: string;
  mineralId!: string;
  partner?: string | null;
  sources!: string[];
}

@ObjectType({ description: 'A country’s reserves of a mineral as USGS prints them: the text as printed (`NA`, `Large`, `>2000000`), the amount where a number, the unit, and the world total beside it.' })
export class Reserve extends RevisedFact {
  protected ends() {
    return ['RESERVES', this.countryId, this.mineralId] as const;
  }
  @Field(() => Int, { nullable: true, description: 'The year the release gives the reserves for; null where it prints none (MCS2024 gives none but for zirconium).' }) year?: number | null;
  @Field(() => Float, { nullable: true, description: 'A number only where the source prints one.' }) amount?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { description: 'As printed: a number, `NA`, `Large`, `Moderate`, `>2000000`.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'The basis where the source names one (`crude ore`, `iron content`, `ilmenite`, `ore, K2O equivalent`).' }) type?: string | null;
  @Field(() => Float, { nullable: true, description: 'The world total of the same release, basis and unit, where a number.' }) worldTotal?: number | null;
  @Field(() => String, { nullable: true, description: 'The world total as printed.' }) worldText?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  countryId!: string;
  mineralId!: string;
  sources!: string[];
}

@ObjectType({ description: 'The world reserves of a mineral as one release prints them (its World total row).' })
export class WorldReserves {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Float, { nullable: true, description: 'A number only where the source prints one.' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'As printed.' }) text?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true }) type?: string | null;
  @Field(() => String, { nullable: true }) release?: string | null;
}
