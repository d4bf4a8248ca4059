import type { Contributor, RawItem, Story } from '@wirefeed/core';
import { StorySchema, sha256Hex, storyIdFor, WirefeedError } from '@wirefeed/core/contracts';
import { buildBody } from './body.ts';
import { cleanByline } from './byline.ts';
import { canonicalUrl, httpUrl } from './canonical-url.ts';
import { bylineOf, contributorsFromCredit, isPeopleCredit } from './credit-people.ts';
import { parseFeedDate, resolveDates } from './dates.ts';
import { parseEmbargo } from './embargo.ts';
import { headlineFromBody } from './headline.ts';
import { cleanPlainText, htmlToText, inlineText, looksLikeHtml } from './html-to-text.ts';
import { detectLanguage, languageCode } from './language.ts';
import { stripMarkers } from './markers.ts';
import { cleanMedia, cleanRights } from './media.ts';
import { squeeze, startsWithSqueezed } from './spaces.ts';
import { statedContentParts, statedDateline, statedEmbargo, statedSignals } from './stated-fields.ts';

/** Where an item came from and when it was fetched; `now` pins the clock (tests, replays). */
export interface NormalizeContext {
  feedId: string;
  feedUrl: string;
  feedTitle?: string;
  /** ISO UTC time of the fetch; the story's date when the feed gave none. */
  fetchedAt: string;
  now?: Date;
}

/**
 * Turn one raw feed item into a Story (version 1, no dedup or enrichment yet): clean headline
 * without wire markers (reported as signals), sanitized HTML and plain-text body without dateline
 * and credit, byline, dates in ISO UTC, language, categories, stable id and content hash.
 *
 * @throws WirefeedError `WF_E_ITEM_INVALID` when the item has neither a headline nor a body.
 */
export function normalizeItem(raw: RawItem, ctx: NormalizeContext): Story {
  const now = ctx.now ?? new Date();
  const url = httpUrl(raw.link, ctx.feedUrl);
  const canonical = canonicalUrl(raw.link, ctx.feedUrl);
  const title = inlineText(raw.title ?? '');
  const marked = stripMarkers(title);
  const body = buildBody(raw, url ?? httpUrl(ctx.feedUrl));
  // A title that was nothing but markers ("STORY WITHDRAWN") still beats no headline at all.
  const headline = marked.headline || headlineFromBody(body.text) || title;
  if (!headline) {
    throw new WirefeedError('WF_E_ITEM_INVALID', 'feed item has neither a headline nor a body', {
      details: { feedId: ctx.feedId, guid: raw.guid, link: raw.link },
    });
  }

  const guid = raw.guid?.trim() || undefined;
  // The cleaned headline, so that an "UPDATE 2-" in front of it does not make a new story.
  const identity = guid ?? canonical ?? (raw.link?.trim() || `${headline}\n${publishedKey(raw.published)}`);
  const dateline = statedDateline(raw.dateline, body.dateline);
  // The credit is the agency (the credit line, when the source states one); the people a credit
  // names ("Reporting by …") are contributors.
  const credit =
    inlineText(raw.credit ?? '') ||
    creditOf(
      body.dateline?.agency,
      body.credits.filter((c) => !isPeopleCredit(c)),
    );
  const contributors = withCredited(raw.contributors ?? [], body.credits.filter(isPeopleCredit));
  // An agency's "EMBARGOED UNTIL …" line, in the title, the teaser or the top of the body.
  const embargoedUntil =
    statedEmbargo(raw.embargoedUntil) ??
    parseEmbargo(`${title}\n${raw.summary ?? ''}\n${body.fullText}`, now);
  const subheadline = inlineText(raw.subheadline ?? '') || undefined;
  const rights = cleanRights(raw.rights);
  const story = {
    id: storyIdFor(ctx.feedId, identity),
    version: 1,
    source: {
      feedId: ctx.feedId,
      feedUrl: ctx.feedUrl,
      feedTitle: ctx.feedTitle?.trim() || undefined,
      guid,
      url,
      canonicalUrl: canonical,
    },
    headline,
    subheadline,
    summary: body.source === 'summary' ? undefined : summaryOf(raw.summary, body.text, body.fullText),
    body: { text: body.text, html: body.html },
    // The reporters named in "(Reporting by …)" stand in for a byline the feed did not give.
    byline: cleanByline(raw.author) ?? bylineOf(contributors),
    credit,
    contributors,
    ...(raw.provider ? { provider: raw.provider } : {}),
    dateline,
    language: languageCode(raw.language) ?? detectLanguage(`${headline}\n${body.text}`),
    ...resolveDates(raw.published, raw.updated, ctx.fetchedAt, now),
    ...(embargoedUntil ? { embargoedUntil } : {}),
    signals: statedSignals(marked.signals, raw.signals),
    categories: cleanCategories(raw.categories),
    providerSubjects: raw.providerSubjects ?? [],
    media: cleanMedia(raw.media ?? [], url ?? httpUrl(ctx.feedUrl)),
    ...(rights ? { rights } : {}),
    ...(raw.origin ? { origin: raw.origin } : {}),
    contentHash: sha256Hex(headline, body.text, ...statedContentParts(raw)),
    trace: [],
  };
  const parsed = StorySchema.safeParse(story);
  if (!parsed.success) {
    throw new WirefeedError('WF_E_ITEM_INVALID', 'normalized item does not make a valid story', {
      cause: parsed.error,
      details: { feedId: ctx.feedId, guid: raw.guid, link: raw.link },
    });
  }
  return parsed.data;
}

function publishedKey(published: string | undefined): string {
  return parseFeedDate(published) ?? published?.trim() ?? '';
}

function summaryOf(summary: string | undefined, bodyText: string, fullText: string): string | undefined {
  if (!summary?.trim()) return undefined;
  const text = looksLikeHtml(summary) ? htmlToText(summary) : cleanPlainText(summary);
  const teaser = squeeze(text).replace(/(?:…|\.\.\.|\[(?:…|\.\.\.)\])$/, '');
  if (teaser === '') return undefined;
  // A summary that only repeats the body, or its opening cut short, tells the reader nothing more.
  const repeats = startsWithSqueezed(bodyText, teaser) || startsWithSqueezed(fullText, teaser);
  return repeats ? undefined : text;
}

function creditOf(agency: string | undefined, credits: readonly string[]): string | undefined {
  const all = agency ? [agency, ...credits] : [...credits];
  const unique = all.filter((c, i) => all.findIndex((o) => o.toLowerCase() === c.toLowerCase()) === i);
  return unique.length > 0 ? unique.join('; ') : undefined;
}

// The dateline's agency goes into the credit; the Story keeps the place, region and country.
// The feed's own contributors first, then the people its credit lines name, each (name, role) once.
function withCredited(given: readonly Contributor[], peopleCredits: readonly string[]): Contributor[] {
  const out = [...given];
  for (const c of peopleCredits.flatMap(contributorsFromCredit)) {
    const known = out.some((o) => o.name.toLowerCase() === c.name.toLowerCase() && o.role === c.role);
    if (!known) out.push(c);
  }
  return out;
}

function cleanCategories(categories: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const category of categories) {
    const name = inlineText(category);
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
