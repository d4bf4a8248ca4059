import { z } from 'zod';

const isoUtc = z.iso.datetime();

export const SubscriptionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1–64 of A-Z a-z 0-9 _ . -');

/** Who manages a subscription: feeds.yaml sync only adds, changes and removes its own. */
export const SubscriptionOrigin = { cli: 'cli', yaml: 'yaml', opml: 'opml', api: 'api' } as const;
export type SubscriptionOrigin = (typeof SubscriptionOrigin)[keyof typeof SubscriptionOrigin];

/** What a person (CLI, dashboard, feeds.yaml, OPML) says about a feed. */
export const SubscriptionConfigSchema = z.object({
  id: SubscriptionIdSchema,
  // An http(s) URL, or a local file path (handy for fixtures and feeds dropped on disk).
  url: z.string().min(1),
  title: z.string().optional(),
  tags: z.array(z.string().min(1)).default([]),
  origin: z.enum(['cli', 'yaml', 'opml', 'api']),
  /** Poll interval bounds; the fetcher adapts between them. */
  minIntervalMs: z.number().int().min(10_000).default(60_000),
  maxIntervalMs: z
    .number()
    .int()
    .min(10_000)
    .default(24 * 3_600_000),
  paused: z.boolean().default(false),
  /** Why it is paused: said by a person, or by the fetcher (error streak, 410 Gone). */
  pausedReason: z.string().optional(),
  createdAt: isoUtc,
});

export const FetchErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  at: isoUtc,
  status: z.number().int().optional(),
});

/** What the fetcher learns about a feed; written by the fetcher only (one fetch per feed at a time). */
export const SubscriptionStateSchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastFetchAt: isoUtc.optional(),
  /** ok: a feed was read; not-modified: 304; error: see lastError. */
  lastOutcome: z.enum(['ok', 'not-modified', 'error']).optional(),
  lastStatus: z.number().int().optional(),
  consecutiveErrors: z.number().int().nonnegative().default(0),
  firstErrorAt: isoUtc.optional(),
  lastError: FetchErrorSchema.optional(),
  /** The interval the fetcher settled on, between the subscription's bounds. */
  intervalMs: z.number().int().positive().optional(),
  nextFetchAt: isoUtc.optional(),
  itemsSeen: z.number().int().nonnegative().default(0),
  /** Exponentially weighted items per day, from the item dates the feed published. */
  avgItemsPerDay: z.number().nonnegative().optional(),
  lastItemAt: isoUtc.optional(),
  /** Set when a feed that used to publish has been silent for 3× its usual gap. */
  quietSince: isoUtc.optional(),
  /** New items the last poll left for the next one, because the feed offered more than the cap. */
  deferredItems: z.number().int().nonnegative().optional(),
  /** Since when every poll has found more new items than the cap (the feed is flooding). */
  floodingSince: isoUtc.optional(),
  /** The URL before a permanent redirect moved the subscription (feeds.yaml sync keeps the move). */
  movedFrom: z.string().optional(),
  /**
   * Entries the last poll that read the feed left out because they could not be read (the rest were
   * delivered): how many, and the first few reasons with their positions.
   */
  lastSkipped: z
    .object({ count: z.number().int().positive(), reasons: z.array(z.string()).max(5) })
    .optional(),
  /** What the feed asked for at its last full answer, kept so a 304 keeps honouring it. */
  ttlMinutes: z.number().nonnegative().optional(),
  maxAgeMs: z.number().nonnegative().optional(),
  hub: z
    .object({
      url: z.string(),
      topic: z.string(),
      secret: z.string().optional(),
      leaseUntil: isoUtc.optional(),
      state: z.enum(['pending', 'subscribed', 'failed']).optional(),
      /** The random last segment of this subscription's callback path: only its hub knows it. */
      callbackKey: z.string().optional(),
    })
    .optional(),
});

export type SubscriptionConfig = z.infer<typeof SubscriptionConfigSchema>;
export type SubscriptionState = z.infer<typeof SubscriptionStateSchema>;
export type FetchError = z.infer<typeof FetchErrorSchema>;

/** A subscription as callers see it: what was asked, and what the fetcher found. */
export interface Subscription extends SubscriptionConfig {
  state: SubscriptionState;
}

/** Input to add a subscription; id defaults to one derived from the URL. */
export type NewSubscription =
  z.input<typeof SubscriptionConfigSchema> extends infer T
    ? Omit<T, 'id' | 'createdAt'> & { id?: string }
    : never;
