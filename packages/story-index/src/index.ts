export { dedupJobIdFor, REPLAY_MARK, replayJobId, replayStory } from './replay.ts';
export type {
  IndexedStory,
  IndexedVersion,
  StoryIndex,
  StoryIndexEntry,
  StoryIndexOptions,
} from './story-index.ts';
export { createStoryIndex, headlineWords } from './story-index.ts';
