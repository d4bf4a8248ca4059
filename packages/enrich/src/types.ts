import type { Enrichment, WirefeedError } from '@wirefeed/core';

/** What every enricher sees: the story's text and what the feed (or an earlier enricher) said. */
export interface EnrichInput {
  headline: string;
  text: string;
  /** ISO 639-1; the feed's own language, else the one detected by an earlier enricher. */
  language?: string;
  /** The dateline place as normalize found it ("BEIJING", "Baku, Azerbaijan"). */
  datelinePlace?: string;
  /** The whole dateline as written ("PARIS, Texas (AP) —"), for the state or country after the place. */
  datelineRaw?: string;
}

/** What an enricher returns: the parts of the enrichment it knows about, and maybe a language. */
export type EnricherResult = Partial<Enrichment> & { language?: string };

/** One named, pure step of enrichment. It may throw; `enrichStory` records it as failed. */
export interface Enricher {
  name: string;
  run(input: EnrichInput): EnricherResult;
}

/** The enrichment of one story, and its language (the feed's own, else the detected one). */
export interface EnrichOutput {
  language?: string;
  enrichment: Enrichment;
  /** One `WF_E_ENRICH` error per enricher named in `enrichment.failed`, its cause kept, for the log. */
  errors?: readonly WirefeedError[];
}
