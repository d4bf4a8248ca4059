export { sha256Hex, shortHash, storyIdFor } from './hash.ts';
export {
  DedupResultSchema,
  DedupStatus,
  EnrichmentSchema,
  EntitySchema,
  PlaceSchema,
  RawItemSchema,
  StorySchema,
  SubjectSchema,
  TraceEntrySchema,
} from './story.ts';
export type {
  DedupResult,
  Enrichment,
  Entity,
  Place,
  RawItem,
  Story,
  StoryInput,
  Subject,
  TraceEntry,
} from './story.ts';
