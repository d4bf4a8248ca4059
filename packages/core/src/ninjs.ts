import type { NinjsMediaAssociation } from './ninjs-media.ts';
import { renderMedia } from './ninjs-media.ts';
import type { NinjsEntity, NinjsInfoSource, NinjsPlace } from './ninjs-parties.ts';
import {
  bylineOf,
  renderContributors,
  renderEntities,
  renderInfoSources,
  renderPlaces,
} from './ninjs-parties.ts';
import { toUri } from './ninjs-uri.ts';
import type { NinjsText } from './ninjs-values.ts';
import { codePointCount, countWords, distinctPresent, present } from './ninjs-values.ts';
import type { Story, Subject } from './story.ts';

// The schema's own `$id`. ninjs 3.x has no `$schema` property (the root's `unevaluatedProperties: false`
// rejects one); a document names its schema through `standard` instead.
const NINJS_SCHEMA_ID = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

// IPTC urgency runs from 1 (highest) to 9. Agencies keep 1 for flashes and 2 for bulletins (the ANPA f/b
// priorities). The wire's `urgent` flag cannot tell a flash from a bulletin, so it maps to 2 rather than
// overstating with 1. Every other story is routine news and gets 5, the middle of the scale.
const URGENCY_URGENT = 2;
const URGENCY_ROUTINE = 5;

type NinjsUrgency = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

interface NinjsBody {
  role: 'main';
  contentType: 'text/html' | 'text/plain';
  value: string;
  charCount: number;
  wordCount: number;
}

interface NinjsSubject {
  name: string;
  rel: 'about' | 'keyword' | 'category';
  uri?: string;
  literal?: string;
  /** `provider` for the source's own subject codes; absent for the enricher's. */
  creator?: 'provider';
  confidence?: number;
}

interface NinjsAltId {
  role: 'guid' | 'url' | 'canonicalUrl' | 'clusterId' | 'originUrl';
  value: string;
}

interface NinjsDuplicateOf {
  name: 'original';
  rel: 'duplicateOf';
  uri: string;
  type: 'text';
  representationType: 'partial';
}

type NinjsAssociation = NinjsDuplicateOf | NinjsMediaAssociation;

/**
 * The IPTC ninjs 3.1 document `toNinjs` writes: the subset of the schema Wirefeed fills, with the schema's
 * exact property names. Optional properties are left out (never null or empty) when the Story lacks them.
 */
export interface NinjsDocument {
  uri: string;
  standard: { name: 'ninjs'; version: '3.1'; schema: string };
  type: 'text';
  representationType: 'full';
  /** The schema types `version` as a string. */
  version: string;
  firstCreated: string;
  versionCreated: string;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  embargoedUntil?: string;
  urgency: NinjsUrgency;
  language?: string;
  edNote?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  by?: string;
  located?: string;
  infoSources: NinjsInfoSource[];
  copyrightHolder?: string;
  copyrightNotice?: string;
  usageTerms?: string;
  people?: NinjsEntity[];
  organisations?: NinjsEntity[];
  places?: NinjsPlace[];
  subjects?: NinjsSubject[];
  altIds?: NinjsAltId[];
  associations?: NinjsAssociation[];
}

/** The ninjs `uri` of a story: the same for every version, since it is built from the stable story id. */
export function ninjsStoryUri(storyId: string): string {
  return `urn:wirefeed:story:${encodeURIComponent(storyId)}`;
}

/** Render a Story as an IPTC ninjs 3.1 document that validates against the official schema. */
export function toNinjs(story: Story): NinjsDocument {
  const headline = present(story.headline);
  const summary = present(story.summary);
  const bodies = renderBodies(story);
  const people = [...renderEntities(story.enrichment?.people), ...renderContributors(story.contributors)];
  const organisations = renderEntities(story.enrichment?.organisations);
  const places = renderPlaces(story.enrichment?.places);
  const subjects = renderSubjects(story);
  const altIds = renderAltIds(story);
  const associations = renderAssociations(story);
  const edNote = renderEdNote(story);
  const by = present(story.byline) ?? bylineOf(story.contributors);
  const located = renderLocated(story);
  const subheadline = present(story.subheadline);
  const headlines: NinjsText[] = [
    ...(headline === undefined ? [] : [{ role: 'main' as const, value: headline }]),
    ...(subheadline === undefined ? [] : [{ role: 'sub' as const, value: subheadline }]),
  ];
  const holder = present(story.rights?.holder);
  const notice = present(story.rights?.notice);
  const usageTerms = present(story.rights?.usageTerms);

  return {
    uri: ninjsStoryUri(story.id),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_ID },
    type: 'text',
    representationType: 'full',
    version: String(story.version),
    firstCreated: story.firstCreated,
    versionCreated: story.versionCreated,
    pubStatus: story.signals.canceled ? 'canceled' : 'usable',
    ...(story.embargoedUntil === undefined ? {} : { embargoedUntil: story.embargoedUntil }),
    urgency: urgencyOf(story),
    ...(story.language === undefined ? {} : { language: story.language }),
    ...(edNote === undefined ? {} : { edNote }),
    ...(headlines.length === 0 ? {} : { headlines }),
    ...(summary === undefined ? {} : { descriptions: [{ role: 'summary', value: summary }] }),
    ...(bodies.length === 0 ? {} : { bodies }),
    ...(by === undefined ? {} : { by }),
    ...(located === undefined ? {} : { located }),
    infoSources: renderInfoSources(story),
    ...(holder === undefined ? {} : { copyrightHolder: holder }),
    ...(notice === undefined ? {} : { copyrightNotice: notice }),
    ...(usageTerms === undefined ? {} : { usageTerms }),
    ...(people.length === 0 ? {} : { people }),
    ...(organisations.length === 0 ? {} : { organisations }),
    ...(places.length === 0 ? {} : { places }),
    ...(subjects.length === 0 ? {} : { subjects }),
    ...(altIds.length === 0 ? {} : { altIds }),
    ...(associations.length === 0 ? {} : { associations }),
  };
}

function renderBodies(story: Story): NinjsBody[] {
  const { html, text } = story.body;
  // Both bodies carry the same article, so both report the counts of its text: the markup of the HTML
  // body is not part of what an editor means by characters or words.
  const charCount = codePointCount(text);
  const wordCount = story.enrichment?.wordCount ?? countWords(text);
  const bodies: NinjsBody[] = [];
  if (present(html) !== undefined) {
    bodies.push({ role: 'main', contentType: 'text/html', value: html, charCount, wordCount });
  }
  if (present(text) !== undefined) {
    bodies.push({ role: 'main', contentType: 'text/plain', value: text, charCount, wordCount });
  }
  return bodies;
}

// IPTC urgency when the source stated it; else the wire's urgent flag (see URGENCY_URGENT).
function urgencyOf(story: Story): NinjsUrgency {
  const stated = story.signals.urgency;
  if (stated !== undefined && stated >= 1 && stated <= 9) return stated as NinjsUrgency;
  return story.signals.urgent ? URGENCY_URGENT : URGENCY_ROUTINE;
}

// The dateline's place with the region and country it names ("VAIL, Colorado"), as a desk reads it.
function renderLocated(story: Story): string | undefined {
  const place = present(story.dateline?.place);
  if (place === undefined) return undefined;
  const parts = [place, present(story.dateline?.region), present(story.dateline?.country)];
  return parts.filter((part): part is string => part !== undefined).join(', ');
}

function renderSubjects(story: Story): NinjsSubject[] {
  const out: NinjsSubject[] = [];
  for (const subject of story.enrichment?.subjects ?? []) {
    const name = present(subject.name);
    if (name !== undefined) out.push(renderSubject(subject, name));
  }
  // ninjs 3.1 has no keywords property, so keywords and the feed's own categories become subjects
  // without a code, told apart from classified topics and from each other by `rel`.
  for (const name of distinctPresent(story.enrichment?.keywords ?? [])) out.push({ name, rel: 'keyword' });
  for (const name of distinctPresent(story.categories)) out.push({ name, rel: 'category' });
  for (const subject of story.providerSubjects) {
    const name = present(subject.name) ?? present(subject.code);
    if (name === undefined) continue;
    const uri = toUri(subject.uri);
    const code = present(subject.code);
    out.push({
      name,
      rel: 'about',
      ...(uri === undefined ? {} : { uri }),
      ...(code === undefined ? {} : { literal: code }),
      creator: 'provider',
    });
  }
  return out;
}

function renderSubject(subject: Subject, name: string): NinjsSubject {
  const uri = toUri(subject.uri);
  const code = present(subject.code);
  return {
    name,
    rel: 'about',
    ...(uri === undefined ? {} : { uri }),
    ...(code === undefined ? {} : { literal: code }),
    // The schema wants an integer percentage.
    confidence: Math.min(100, Math.max(0, Math.round(subject.confidence))),
  };
}

function renderAltIds(story: Story): NinjsAltId[] {
  const altIds: NinjsAltId[] = [];
  const { guid, url, canonicalUrl } = story.source;
  // altId values are plain strings in the schema, so identifiers are kept exactly as the feed gave them.
  const guidValue = present(guid);
  if (guidValue !== undefined) altIds.push({ role: 'guid', value: guidValue });
  const canonical = present(canonicalUrl);
  if (canonical !== undefined) altIds.push({ role: 'canonicalUrl', value: canonical });
  const link = present(url);
  if (link !== undefined && link !== canonical) altIds.push({ role: 'url', value: link });
  // Every copy of a story across feeds shares the cluster id, which lets consumers group them.
  const clusterId = present(story.dedup?.clusterId);
  if (clusterId !== undefined) altIds.push({ role: 'clusterId', value: clusterId });
  const origin = present(story.origin?.url);
  if (origin !== undefined) altIds.push({ role: 'originUrl', value: origin });
  return altIds;
}

function renderAssociations(story: Story): NinjsAssociation[] {
  const out: NinjsAssociation[] = [];
  const { dedup } = story;
  const original = dedup?.status === 'duplicate' ? present(dedup.duplicateOf) : undefined;
  if (original !== undefined) {
    out.push({
      name: 'original',
      rel: 'duplicateOf',
      uri: ninjsStoryUri(original),
      type: 'text',
      representationType: 'partial',
    });
  }
  story.media.forEach((media, i) => {
    const association = renderMedia(story.id, media, i + 1);
    if (association !== undefined) out.push(association);
  });
  return out;
}

// Wire markers are stripped from the headline during normalize; the note keeps them visible to the
// receiving desk, which is who edNote is for.
function renderEdNote(story: Story): string | undefined {
  const notes: string[] = [];
  if (story.signals.correction) notes.push('Correction.');
  if (story.signals.updateNumber !== undefined) notes.push(`Update ${story.signals.updateNumber}.`);
  else if (story.signals.update) notes.push('Update.');
  if (story.dateMissing) notes.push('The feed gave no date: firstCreated is when Wirefeed fetched the item.');
  if (story.dateClamped)
    notes.push('The feed dated the item in the future: its date was clamped to when Wirefeed fetched it.');
  const { dedup } = story;
  if (dedup?.status === 'duplicate') {
    const of = present(dedup.duplicateOf);
    const how =
      dedup.similarity === undefined
        ? dedup.method
        : `${dedup.method}, similarity ${dedup.similarity.toFixed(2)}`;
    notes.push(of === undefined ? `Duplicate (${how}).` : `Duplicate of story ${of} (${how}).`);
  }
  // A possible copy is delivered, not dropped: the desk decides.
  const possible = dedup?.status === 'unique' ? present(dedup.possibleDuplicateOf) : undefined;
  if (possible !== undefined) {
    const how = dedup?.similarity === undefined ? '' : `, similarity ${dedup.similarity.toFixed(2)}`;
    notes.push(
      `Possible duplicate of story ${possible} (${dedup?.method ?? 'near'}${how}): not certain, so delivered.`,
    );
  }
  return notes.length === 0 ? undefined : notes.join(' ');
}
