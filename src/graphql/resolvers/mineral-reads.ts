import { STATEMENTS } from '../../store/statements.js';

/**
 * The per-mineral read behind each of these Mineral fields: a loader keyed by the mineral's id
 * alone (the field's arguments filter its rows afterwards). The fields read through this table,
 * and `mineral(id:)` starts the reads its selection names beside the mineral's own read, so the
 * fields find them under way instead of starting them after it (one stage of round trips fewer).
 */
export const MINERAL_FIELD_READS = {
  listedIn: STATEMENTS.mineralListings,
  importReliance: STATEMENTS.mineralReliance,
  importSources: STATEMENTS.mineralImportSources,
  producers: STATEMENTS.mineralProducers,
  productionConcentration: STATEMENTS.mineralProducers,
} as const satisfies Readonly<Record<string, string>>;

export function isMineralFieldRead(field: string): field is keyof typeof MINERAL_FIELD_READS {
  return Object.prototype.hasOwnProperty.call(MINERAL_FIELD_READS, field);
}
