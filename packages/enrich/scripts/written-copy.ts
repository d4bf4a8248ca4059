// The written training copy: agency stories and documents of other genres, generated with fixed
// seeds, the tuned fold of the hand-written wire-forms items, and how much of each the tagger is
// trained on by default.

import { generateActorCopy } from './actor-copy.ts';
import { generateContextCopy } from './context-copy.ts';
import { generateCueCopy } from './cue-copy.ts';
import type { LabelledDoc } from './entity-training.ts';
import { generateGenreCopy } from './genre-copy.ts';
import { generateOtherCopy } from './other-copy.ts';
import { generateWireCopy } from './wire-copy.ts';
import { wireFormsTraining } from './wire-forms-training.ts';

export const DEFAULT_DATA = {
  copies: 300,
  others: 200,
  contexts: 400,
  genres: 400,
  actors: 0,
  wireForms: 0,
  cues: 0,
  gumWeight: 3,
} as const;

/** Written copy: agency stories and documents of other genres, generated with fixed seeds. */
export function writtenCopy(
  copies: number = DEFAULT_DATA.copies,
  others: number = DEFAULT_DATA.others,
  contexts: number = DEFAULT_DATA.contexts,
  genres: number = DEFAULT_DATA.genres,
  actors: number = DEFAULT_DATA.actors,
  wireForms: number = DEFAULT_DATA.wireForms,
  cues: number = DEFAULT_DATA.cues,
): LabelledDoc[] {
  return [
    ...generateWireCopy(copies, 20261207),
    ...generateOtherCopy(others, 4242),
    ...generateContextCopy(contexts, 5151),
    ...generateGenreCopy(genres, 6161),
    ...generateActorCopy(actors, 7171),
    ...wireFormsTraining(wireForms),
    ...generateCueCopy(cues, 8181),
  ];
}
