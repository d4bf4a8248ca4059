/** The pipeline stages in flow order; each is one BullMQ queue of the same name. */
export const Stage = {
  fetch: 'fetch',
  normalize: 'normalize',
  dedup: 'dedup',
  enrich: 'enrich',
  deliver: 'deliver',
} as const;
export type Stage = (typeof Stage)[keyof typeof Stage];
export const STAGES: readonly Stage[] = ['fetch', 'normalize', 'dedup', 'enrich', 'deliver'];
