import type { Contributor, RawItem } from '@wirefeed/core';

/** What normalizeItem must make of one wire item. Absent optional fields must be absent on the Story. */
export interface WireExpectation {
  headline: string;
  /** `agency` is not stored on the Story: it must come first in the credit. */
  dateline?: {
    place: string;
    region?: string;
    country?: string;
    countryCode?: string;
    /** The day of the month the dateline gives. */
    day?: number;
    raw: string;
    agency?: string;
  };
  credit?: string;
  byline?: string;
  /** The people the credit names ("Reporting by …; Editing by …"), with their roles. */
  contributors?: Contributor[];
  updateNumber?: number;
  correction?: boolean;
  urgent?: boolean;
  canceled?: boolean;
  firstCreated: string;
  versionCreated?: string;
  dateMissing?: boolean;
  canonicalUrl?: string;
  firstParagraph: string;
  language?: string;
  htmlIncludes?: string[];
  htmlExcludes?: string[];
  /** The name of another case that is an earlier version of the same story (same id). */
  sameStoryAs?: string;
}

/** One hand-written wire item in the style of an agency, and the Story fields it must give. */
export interface WireCase {
  name: string;
  raw: Partial<RawItem>;
  expected: WireExpectation;
}

/** The clock every case is normalized against: fetched at noon UTC, processed half an hour later. */
export const WIRE_FETCHED_AT = '2021-11-26T12:00:00.000Z';
export const WIRE_NOW = '2021-11-26T12:30:00.000Z';
export const WIRE_FEED_URL = 'https://wire.example.com/rss.xml';
