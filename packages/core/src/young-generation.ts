import { setFlagsFromString } from 'node:v8';

/**
 * Keep the main thread's young generation at its initial size. A host's main thread turns over
 * story-sized jobs all day; V8 grows the young generation for that rate up to its maximum and then
 * grows the old generation for what it promotes, so the heap held 180–250 MB for 40–90 MB live.
 * Measured with `wirefeed process` on 2,000 stories (paired runs): peak RSS 543–566 MB → 450–453 MB,
 * CPU 10.0–10.5 s → 10.0–10.3 s; `wirefeed start` taking a 100,000-item feed: 553–612 MB → 495–503 MB.
 * The task threads set theirs by `resourceLimits` (see task-pool.ts). Only the growth factor can be
 * set once the process runs (the maximum is read when the heap is made).
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
