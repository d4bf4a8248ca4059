import type { RawItem } from '@wirefeed/core';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json-feed' | 'ninjs' | 'cdf' | 'newsml-g2' | 'nitf';

/** A person as a feed names one: Atom `author`/`contributor`, RSS "me@example.com (Name)", JSON Feed authors. */
export interface FeedPerson {
  name?: string;
  email?: string;
  /** Atom `uri` (0.3 `url`), JSON Feed `url`, resolved. */
  uri?: string;
}

/** A link with its relation (Atom `link`, RSS `atom:link`); IANA relation URIs are read as their short names. */
export interface FeedLink {
  href: string;
  /** `alternate` when the feed gave none. */
  rel: string;
  type?: string;
  title?: string;
  /** As written (bytes). */
  length?: string;
  hreflang?: string;
}

/** A category: Atom `category` (term, scheme, label), RSS `category` (domain → scheme), `dc:subject`, … */
export interface FeedTag {
  term: string;
  scheme?: string;
  label?: string;
}

/** A text construct as written: its content and what kind of text it is. */
export interface FeedText {
  value: string;
  /** `text/plain`, `text/html` or `application/xhtml+xml`. */
  type: string;
  /** The xml:lang in force; null when an empty xml:lang unset it. */
  language?: string | null;
}

/** RSS `enclosure`, Atom `link rel="enclosure"`, JSON Feed attachment: as written. */
export interface FeedEnclosure {
  href: string;
  type?: string;
  length?: string;
}

/** Who made the feed file: Atom `generator` (name, uri, version), RSS `generator`, `admin:generatorAgent`. */
export interface FeedGenerator {
  name?: string;
  uri?: string;
  version?: string;
}

/** The feed's picture: RSS `image`, Atom `logo`/`icon`, iTunes `image`, JSON Feed `icon`. */
export interface FeedImage {
  href: string;
  title?: string;
  link?: string;
  width?: number;
  height?: number;
  description?: string;
}

/** What a feed (or an entry's `source`) says about itself, beyond its title and link. */
export interface FeedMetadata {
  id?: string;
  subtitle?: FeedText;
  /** Atom 0.3 `info`: what the feed format is, for a person who opened it. */
  info?: FeedText;
  rights?: FeedText;
  authors?: FeedPerson[];
  contributors?: FeedPerson[];
  publisher?: FeedPerson;
  generator?: FeedGenerator;
  image?: FeedImage;
  icon?: string;
  logo?: string;
  links?: FeedLink[];
  tags?: FeedTag[];
  published?: string;
  /** RSS `docs`: the address of the format's documentation. */
  docs?: string;
  /** RSS `ttl`, as written. */
  ttl?: string;
}

/** An entry's `source` (Atom) or `<source url>` (RSS): the feed a re-published item came from. */
export interface FeedSource extends FeedMetadata {
  title?: FeedText;
  link?: string;
  updated?: string;
  /** RSS `<source url="…">`: the address of that feed. */
  href?: string;
}

/**
 * What an item carries beyond RawItem, as the feed wrote it: every link with its rel, categories with
 * their scheme, people with e-mail and URI, the types of its text constructs. Kept on the parsed feed
 * for callers who want it (and the conformance harness); normalize jobs carry the RawItem only.
 */
export interface FeedItemDetail {
  links?: FeedLink[];
  tags?: FeedTag[];
  authors?: FeedPerson[];
  contributors?: FeedPerson[];
  publisher?: FeedPerson;
  enclosures?: FeedEnclosure[];
  titleType?: string;
  summaryType?: string;
  contentType?: string;
  /** Atom `content src="…"`: content given by reference. */
  contentSrc?: string;
  rights?: FeedText;
  source?: FeedSource;
  /** RSS `comments`: the address of the item's comments page. */
  comments?: string;
  /** A `rel="license"` link or `cc:license`. */
  license?: string;
  /** The item's own picture (iTunes `image`, JSON Feed `image`). */
  image?: string;
  /** Atom 0.3 `created`, as written. */
  created?: string;
}

/** One item of a parsed feed: what the pipeline carries (RawItem) and what else the feed said. */
export interface FeedItem extends RawItem {
  detail?: FeedItemDetail;
}

/** An entry the parser could not read, left out of `items`; the rest of the feed is delivered. */
export interface SkippedEntry {
  /** 1-based position among the feed's entries. */
  position: number;
  /** What is wrong with it, in words. */
  reason: string;
}

/** A parsed feed: what the channel says about itself, and its items as the parser found them. */
export interface ParsedFeed extends FeedMetadata {
  format: FeedFormat;
  title?: string;
  /** The title as a text construct (with its type and language). */
  titleDetail?: FeedText;
  link?: string;
  language?: string;
  /** The feed's own author (Atom `author`, RSS `managingEditor` / `dc:creator`, JSON Feed `authors`). */
  author?: string;
  /** When the feed says it last changed (Atom `updated`, RSS `lastBuildDate`), as written. */
  updated?: string;
  /** How often the feed asks to be polled (RSS `ttl`, else `sy:updatePeriod` / `sy:updateFrequency`). */
  ttlMinutes?: number;
  /** WebSub hubs the feed names (`<atom:link rel="hub">`, Atom `<link rel="hub">`, JSON Feed `hubs`). */
  hubs: string[];
  /** The feed's own address as it states it (`rel="self"`, JSON Feed `feed_url`), resolved. */
  self?: string;
  /**
   * The character encoding of the bytes as the server or the document named it (`utf-8`, `iso-8859-1`,
   * …; Latin-1 and ASCII labels are read as windows-1252), `windows-1252` for bytes that were not the
   * UTF-8 they claimed; absent when the body was handed over as a string.
   */
  encoding?: string;
  items: FeedItem[];
  /** Entries that could not be read and were left out, with why; absent or empty when none was. */
  skipped?: SkippedEntry[];
}
