import type { Story } from '@wirefeed/core';

export type DocumentFormat = 'story' | 'ninjs';

/** One write attempt. `attempt` > 1 means this (id, version) may already have been written once. */
export interface WriteRequest {
  story: Story;
  attempt: number;
}

/** A sink adapter. `write` must have one effect per (story id, version), however often it is called. */
export interface Sink {
  readonly name: string;
  readonly kind: string;
  write(request: WriteRequest): Promise<'written' | 'skipped'>;
  close(): Promise<void>;
}
