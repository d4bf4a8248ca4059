// Test helpers for every package's tests (`@wirefeed/core/testing`). Not for production code: the
// validator needs ajv, a devDependency.

export { emptyValuePaths, expectValidNinjs } from './ninjs-assertions.ts';
export type { NinjsValidation } from './ninjs-validate.ts';
export { validateNinjs } from './ninjs-validate.ts';
export type { StoryOverrides } from './story-fixtures.ts';
export { makeStory } from './story-fixtures.ts';
