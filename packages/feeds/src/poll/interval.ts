/**
 * Steps an interval is rounded up to, so the poll schedule only changes when the rate really does.
 * They start at the shortest interval a subscription may ask for (10 s).
 */
export const INTERVAL_STEPS_MS: readonly number[] = [
  10_000, 15_000, 20_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
  14_400_000, 21_600_000, 43_200_000, 86_400_000,
];

export interface IntervalInput {
  /** Items per day the feed publishes; undefined until it has been seen a few times. */
  avgItemsPerDay?: number;
  minMs: number;
  maxMs: number;
  /** RSS <ttl>, in minutes. */
  ttlMinutes?: number;
  /** Cache-Control max-age of the last answer. */
  maxAgeMs?: number;
  /** Retry-After of the last answer (429/503). */
  retryAfterMs?: number;
}

function roundUpToStep(ms: number): number {
  return INTERVAL_STEPS_MS.find((step) => step >= ms) ?? ms;
}

/**
 * The poll interval: half the feed's usual gap between items (so a new item waits half a gap on
 * average), bounded by the subscription, and never shorter than what the feed asks for (<ttl>,
 * Cache-Control, Retry-After). Unknown rates start at the shortest interval and learn.
 */
export function pollInterval(input: IntervalInput): number {
  const gapMs = input.avgItemsPerDay && input.avgItemsPerDay > 0 ? 86_400_000 / input.avgItemsPerDay : 0;
  // The subscription's shortest interval is kept as asked (90s stays 90s): only the rate is rounded.
  let ms = gapMs / 2 > input.minMs ? roundUpToStep(gapMs / 2) : input.minMs;
  const asked = Math.max((input.ttlMinutes ?? 0) * 60_000, input.maxAgeMs ?? 0, input.retryAfterMs ?? 0);
  ms = Math.max(ms, asked);
  return Math.min(Math.max(ms, input.minMs), input.maxMs);
}

/**
 * Backoff after `errors` failures in a row: the interval doubled per failure, bounded by `maxMs`,
 * with ±20 % jitter so feeds that failed together do not retry together.
 */
export function backoffInterval(
  errors: number,
  minMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.min(errors, 30));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.round(Math.min(maxMs, Math.max(minMs, jittered)));
}
