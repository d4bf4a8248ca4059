export { recordingStories } from './record-stories.ts';
export { REPLAY_MARK, replayJobId, replayStory, replayTagFor } from './replay.ts';
export type {
  IndexedStory,
  IndexedVersion,
  StoryIndex,
  StoryIndexEntry,
  StoryIndexOptions,
  StoryIndexUsage,
} from './story-index.ts';
export { createStoryIndex, headlineWords } from './story-index.ts';
