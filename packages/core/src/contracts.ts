// The light half of core: the Story contract, the error catalog, ids, and what a task module for
// the task pool exports. Pure stage code (normalize, enrich) imports from here, so a task thread running it does not
// load BullMQ, ioredis, pino and metrics along with the rest of `@wirefeed/core`.

export { BoundedMap } from './bounded-map.ts';
export type { ErrorCode } from './errors.ts';
export { ErrorCatalog, isWirefeedError, toWirefeedError, WirefeedError } from './errors.ts';
export { sha256Hex, shortHash, storyIdFor } from './hash.ts';
export type {
  Contributor,
  DedupResult,
  Enrichment,
  Entity,
  Media,
  Origin,
  Place,
  Provider,
  ProviderSubject,
  RawItem,
  Rendition,
  Rights,
  Story,
  StoryInput,
  Subject,
  TraceEntry,
} from './story.ts';
export {
  ContributorSchema,
  DedupResultSchema,
  DedupStatus,
  EnrichmentSchema,
  EntitySchema,
  MediaKind,
  MediaSchema,
  OriginSchema,
  PlaceSchema,
  ProviderSchema,
  ProviderSubjectSchema,
  RawItemSchema,
  RenditionSchema,
  RightsSchema,
  StorySchema,
  SubjectSchema,
  TraceEntrySchema,
} from './story.ts';
export type { TaskModule } from './task-protocol.ts';
export type { NormalizeJob, RunRef } from './topology.ts';
export { jobIds, Stage } from './topology.ts';
