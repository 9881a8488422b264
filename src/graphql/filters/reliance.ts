/** Net import reliance as published, read as bounds: the rules live in src/domain/reliance.ts (the seed loader stores them too). */
export { relianceRange, relianceWithin, type RelianceRange } from '../../domain/reliance.js';
