import type { Story } from '@wirefeed/core/contracts';
import type { Fingerprints } from './fingerprints.ts';
import { fingerprintsOf } from './fingerprints.ts';
import type { NearProbe } from './sketch.ts';
import { probeOf } from './sketch.ts';
import { encodeSketch } from './sketch-codec.ts';

/**
 * What a check-and-insert computes from the story alone — fingerprints, near-duplicate probe, the
 * sketch's stored bytes — made ahead on the task thread that normalized it (ADR 0024), so only the
 * Redis call is left to the main thread. Plain data: it crosses the thread boundary.
 */
export interface DedupPrep {
  fingerprints: Fingerprints;
  /** The probe without `topSet` (a Set costs more to send than to rebuild from `tops`, when needed). */
  probe?: Omit<NearProbe, 'topSet'>;
  /** `encodeSketch(probe.sketch)`: arrives as a Uint8Array. */
  sketch?: Uint8Array;
}

/** The prep a stage may use for `story`: made from this very story (same id and content). */
export function prepFor(story: Pick<Story, 'id' | 'contentHash'>, prep: unknown): DedupPrep | undefined {
  const p = prep as DedupPrep | undefined;
  return p?.fingerprints?.storyId === story.id && p.fingerprints.contentHash === story.contentHash
    ? p
    : undefined;
}

/** Pure; runs in a task thread. A canceled story (a kill) is never compared, so it has no probe. */
export function prepareDedup(story: Story): DedupPrep {
  const fingerprints = fingerprintsOf(story);
  const probe = story.signals.canceled ? undefined : probeOf(story.body.text, story.headline);
  if (!probe) return { fingerprints };
  // The day normalize read from the dateline: another day's story of an affair is never surely a copy.
  const day = story.dateline?.day;
  if (day !== undefined) probe.sketch.day8 = day % 8;
  return {
    fingerprints,
    probe: {
      sketch: probe.sketch,
      tops: probe.tops,
      facts: probe.facts,
      shiftedFacts: probe.shiftedFacts,
      tailTops: probe.tailTops,
      rowHashes: probe.rowHashes,
    },
    // A copy of its own: a small Buffer is a view on an 8 KB pool, and a clone would carry the pool.
    sketch: Uint8Array.from(encodeSketch(probe.sketch)),
  };
}
