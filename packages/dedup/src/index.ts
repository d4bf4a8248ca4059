export { CHECK_AND_INSERT_LUA } from './check-and-insert.ts';
export type { DuplicatePolicy, Routing } from './decide.ts';
export { routeDecision } from './decide.ts';
export type { DedupDecision, DedupIndex } from './dedup-index.ts';
export { createDedupIndex, DecisionKind } from './dedup-index.ts';
export type { Fingerprints } from './fingerprints.ts';
export { fingerprintsOf, MIN_BODY_WORDS, normalizeForHash } from './fingerprints.ts';
