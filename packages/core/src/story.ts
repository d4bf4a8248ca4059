import { z } from 'zod';

const isoUtc = z.iso.datetime({ offset: false });

/** A named entity found in the story, once per distinct name, with how often it was mentioned. */
export const EntitySchema = z.object({
  name: z.string().min(1),
  mentions: z.number().int().positive(),
  uri: z.string().optional(),
});

export const PlaceSchema = EntitySchema.extend({
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const SubjectSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  uri: z.string().optional(),
  confidence: z.number().min(0).max(100),
});

export const DedupStatus = {
  unique: 'unique',
  duplicate: 'duplicate',
  update: 'update',
} as const;
export type DedupStatus = (typeof DedupStatus)[keyof typeof DedupStatus];

export const DedupResultSchema = z.object({
  status: z.enum(['unique', 'duplicate', 'update']),
  clusterId: z.string().min(1),
  duplicateOf: z.string().optional(),
  similarity: z.number().min(0).max(1).optional(),
  method: z.enum(['none', 'guid', 'url', 'body-hash', 'near']),
});

export const EnrichmentSchema = z.object({
  people: z.array(EntitySchema),
  organisations: z.array(EntitySchema),
  places: z.array(PlaceSchema),
  subjects: z.array(SubjectSchema),
  keywords: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  /** Names of enrichers that threw; their part of the enrichment is missing, the rest stands. */
  failed: z.array(z.string()),
});

export const TraceEntrySchema = z.object({
  stage: z.string().min(1),
  at: isoUtc,
  ms: z.number().nonnegative(),
});

/**
 * The one internal shape that flows from normalize to the sinks. `id` is stable across versions of
 * the same item; `version` counts its content changes (assigned by dedup, 1 before).
 */
export const StorySchema = z.object({
  id: z.string().regex(/^[a-z0-9]{8,64}$/),
  version: z.number().int().positive(),
  source: z.object({
    feedId: z.string().min(1),
    feedUrl: z.string().min(1),
    feedTitle: z.string().optional(),
    guid: z.string().optional(),
    url: z.string().optional(),
    canonicalUrl: z.string().optional(),
  }),
  headline: z.string().min(1),
  summary: z.string().optional(),
  body: z.object({ text: z.string(), html: z.string() }),
  byline: z.string().optional(),
  credit: z.string().optional(),
  dateline: z.object({ place: z.string().optional(), raw: z.string() }).optional(),
  /** ISO 639-1, set by the enricher when the feed did not say. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  firstCreated: isoUtc,
  versionCreated: isoUtc,
  /** True when the feed gave no date and `firstCreated` is the fetch time. */
  dateMissing: z.boolean().default(false),
  /** True when the feed dated the item more than a day ahead and the date was clamped to the fetch time. */
  dateClamped: z.boolean().default(false),
  /** Not to be published before this time (ninjs `embargoedUntil`); sinks hold the story until then. */
  embargoedUntil: isoUtc.optional(),
  signals: z.object({
    updateNumber: z.number().int().positive().optional(),
    correction: z.boolean(),
    urgent: z.boolean(),
    canceled: z.boolean(),
  }),
  categories: z.array(z.string()),
  /** Hash of the normalized headline and body: a changed hash under the same id is a new version. */
  contentHash: z.string().regex(/^[a-f0-9]{16,64}$/),
  dedup: DedupResultSchema.optional(),
  enrichment: EnrichmentSchema.optional(),
  trace: z.array(TraceEntrySchema),
});

export type Entity = z.infer<typeof EntitySchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type DedupResult = z.infer<typeof DedupResultSchema>;
export type Enrichment = z.infer<typeof EnrichmentSchema>;
export type TraceEntry = z.infer<typeof TraceEntrySchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryInput = z.input<typeof StorySchema>;

/** One item as a feed parser hands it over, before any cleaning. */
export const RawItemSchema = z.object({
  guid: z.string().optional(),
  link: z.string().optional(),
  title: z.string().optional(),
  /** The richest body the feed offered (content:encoded, atom content, JSON Feed content_html). */
  contentHtml: z.string().optional(),
  contentText: z.string().optional(),
  summary: z.string().optional(),
  author: z.string().optional(),
  categories: z.array(z.string()).default([]),
  published: z.string().optional(),
  updated: z.string().optional(),
  language: z.string().optional(),
});
export type RawItem = z.infer<typeof RawItemSchema>;
