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
  /**
   * A story so alike an earlier one that it may be a copy, but not surely (status stays `unique` and it
   * is delivered, never dropped): the earlier story's id. `similarity` then says how alike they are.
   */
  possibleDuplicateOf: z.string().optional(),
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

/** One file of a media object: an image size, a video encoding (ninjs `renditions`). */
export const RenditionSchema = z.object({
  /** The provider's name for it (`thumbnail`, `preview`, `baseImage`, …); derived from the size when absent. */
  name: z.string().min(1).optional(),
  /** Absolute http(s) URL; anything else is dropped before it gets here. */
  href: z.string().min(1),
  mimeType: z.string().min(1).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Bytes. */
  size: z.number().int().nonnegative().optional(),
  /** Seconds, for audio and video. */
  duration: z.number().nonnegative().optional(),
});

export const MediaKind = {
  picture: 'picture',
  graphic: 'graphic',
  video: 'video',
  audio: 'audio',
  file: 'file',
  /** Another story the source packages with this one (a G2 package's text item): `uri` and headline, no file. */
  text: 'text',
} as const;
export type MediaKind = (typeof MediaKind)[keyof typeof MediaKind];

/** Copyright and usage as the source stated them (RSS `copyright`, Atom `rights`, G2 `rightsInfo`). */
export const RightsSchema = z.object({
  holder: z.string().min(1).optional(),
  notice: z.string().min(1).optional(),
  usageTerms: z.string().min(1).optional(),
});

/**
 * A picture, video, audio file or other attachment that goes with the story (RSS enclosure, Media RSS,
 * Atom `rel="enclosure"`, JSON Feed attachments, ninjs associations, G2 picture/video items). Nothing is
 * downloaded: `href` and the renditions point at the provider's files.
 */
export const MediaSchema = z.object({
  kind: z.enum(['picture', 'graphic', 'video', 'audio', 'file', 'text']),
  /** The provider's identifier of the media item (G2 guid, ninjs uri), when it has one. */
  uri: z.string().min(1).optional(),
  /** The main file (the largest or the provider's original); also among `renditions` when there are several. */
  href: z.string().min(1).optional(),
  mimeType: z.string().min(1).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  size: z.number().int().nonnegative().optional(),
  duration: z.number().nonnegative().optional(),
  /** The media item's own title (Media RSS `media:title`, G2 headline). */
  headline: z.string().min(1).optional(),
  /** The caption: what the picture shows (Media RSS `media:description`, G2 `description role=caption`). */
  caption: z.string().min(1).optional(),
  /** The photographer or agency to credit (`media:credit`, G2 `creditline`). */
  credit: z.string().min(1).optional(),
  rights: RightsSchema.optional(),
  renditions: z.array(RenditionSchema).default([]),
});

/**
 * A person who made the story, with their part in it. `role` is free text from the source, normalized
 * where it is known: `author`, `reporter`, `writer`, `editor`, `photographer`, `contributor`.
 */
export const ContributorSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  email: z.string().min(1).optional(),
  uri: z.string().min(1).optional(),
});

/**
 * A subject or category the provider gave, kept apart from the enricher's: a G2 `subject qcode`, a
 * ninjs subject, an RSS `category domain`, an Atom `category scheme`. At least a code or a name.
 */
export const ProviderSubjectSchema = z
  .object({
    /** The code as the provider wrote it (`medtop:20000763`, `subj:04000000`). */
    code: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    /** The code resolved to a URI when its scheme is known (IPTC NewsCodes → cv.iptc.org). */
    uri: z.string().min(1).optional(),
    /** The scheme or domain it belongs to, as written. */
    scheme: z.string().min(1).optional(),
  })
  .refine((s) => s.code !== undefined || s.name !== undefined, 'a provider subject needs a code or a name');

/** The party that supplied the story (an agency, a feed's publisher), ninjs `infoSources` role provider. */
export const ProviderSchema = z.object({
  name: z.string().min(1),
  uri: z.string().min(1).optional(),
});

/** Where a re-published item first appeared (RSS `source`, Atom `source`). */
export const OriginSchema = z.object({
  title: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  feedUrl: z.string().min(1).optional(),
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
  subheadline: z.string().min(1).optional(),
  summary: z.string().optional(),
  body: z.object({ text: z.string(), html: z.string() }),
  byline: z.string().optional(),
  /** The agency or outlet credited for the story ("Reuters", "AFP; dpa"); never the reporters. */
  credit: z.string().optional(),
  /** The people who made it, with their roles; `byline` stays the display form. */
  contributors: z.array(ContributorSchema).default([]),
  /** The supplier of the story when the source names one (G2 `provider`, ninjs provider infoSource). */
  provider: ProviderSchema.optional(),
  dateline: z
    .object({
      place: z.string().optional(),
      /** The state, province or region the dateline names ("Colorado" in "VAIL, Colorado"). */
      region: z.string().optional(),
      /** The country when the dateline or the source's `located` names it. */
      country: z.string().optional(),
      countryCode: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      /**
       * The day of the month the dateline gives, when it names a month ("LONDON, June 16 (Reuters)"
       * → 16, "ROME 1996-12-06" → 6). Month and year are not kept: a dateline often gives neither.
       */
      day: z.number().int().min(1).max(31).optional(),
      raw: z.string(),
    })
    .optional(),
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
    /** The source marks the item as an update without numbering it (G2 `sig:update`); only ever true. */
    update: z.literal(true).optional(),
    /** IPTC urgency 1 (flash) to 9 when the source states it (G2 `urgency`, NITF `urgency`, ninjs). */
    urgency: z.number().int().min(1).max(9).optional(),
  }),
  categories: z.array(z.string()),
  /** The provider's own subject codes and schemed categories, kept apart from the enricher's subjects. */
  providerSubjects: z.array(ProviderSubjectSchema).default([]),
  media: z.array(MediaSchema).default([]),
  rights: RightsSchema.optional(),
  origin: OriginSchema.optional(),
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
export type Rendition = z.infer<typeof RenditionSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Rights = z.infer<typeof RightsSchema>;
export type Contributor = z.infer<typeof ContributorSchema>;
export type ProviderSubject = z.infer<typeof ProviderSubjectSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
export type Origin = z.infer<typeof OriginSchema>;
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
  // What the source carries beyond a web feed's basics; each passes through normalize to the Story.
  subheadline: z.string().optional(),
  /** Authors with e-mail/URI split out, and other contributors with their roles. */
  contributors: z.array(ContributorSchema).optional(),
  provider: ProviderSchema.optional(),
  providerSubjects: z.array(ProviderSubjectSchema).optional(),
  /** Media as the source gave them; normalize keeps http(s) URLs only and makes them absolute. */
  media: z.array(MediaSchema).optional(),
  rights: RightsSchema.optional(),
  origin: OriginSchema.optional(),
  // What wire formats (NewsML-G2, NITF) state explicitly where a web feed leaves it to the text.
  /** The provider's own version of the item (G2 `version`): a higher one under the same guid is new content. */
  itemVersion: z.number().int().positive().optional(),
  /** Signals the source states as metadata (G2 pubStatus and signals, NITF management-status and urgency). */
  signals: z
    .object({
      canceled: z.boolean().optional(),
      correction: z.boolean().optional(),
      update: z.boolean().optional(),
      urgency: z.number().int().min(1).max(9).optional(),
    })
    .optional(),
  /** Not for publication before this time, as written (G2 `embargoed`, NITF `date.release`). */
  embargoedUntil: z.string().optional(),
  /** The credit line as the source states it (G2 `creditline`, NITF `distributor`). */
  credit: z.string().optional(),
  /** The dateline and where the story was written, as the source states them (G2 `dateline` and `located`). */
  dateline: z
    .object({
      raw: z.string().optional(),
      place: z.string().optional(),
      region: z.string().optional(),
      country: z.string().optional(),
      countryCode: z.string().optional(),
    })
    .optional(),
});
export type RawItem = z.infer<typeof RawItemSchema>;
