/** The tagger's labels: outside, or the beginning / inside of a person, organisation or place. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const LABEL_COUNT = LABELS.length;

/** Adds the weights of one feature to the label scores (nothing when the feature is unknown). */
export type AddRow = (feature: number, scores: Float64Array) => void;
