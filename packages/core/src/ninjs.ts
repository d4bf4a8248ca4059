import type { Contributor, Entity, Media, Place, Rendition, Story, Subject } from './story.ts';

// The schema's own `$id`. ninjs 3.x has no `$schema` property (the root's `unevaluatedProperties: false`
// rejects one); a document names its schema through `standard` instead.
const NINJS_SCHEMA_ID = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

// infoSource roles from the IPTC Content Production Party Role NewsCodes, which replaced the retired
// infosourcerole scheme. The guide asks for a URI here even though the schema only types it as a string.
const ROLE_ORIGINATOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont';
const ROLE_DISTRIBUTOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/distributor';

// IPTC urgency runs from 1 (highest) to 9. Agencies keep 1 for flashes and 2 for bulletins (the ANPA f/b
// priorities). The wire's `urgent` flag cannot tell a flash from a bulletin, so it maps to 2 rather than
// overstating with 1. Every other story is routine news and gets 5, the middle of the scale.
const URGENCY_URGENT = 2;
const URGENCY_ROUTINE = 5;

type NinjsUrgency = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

interface NinjsText {
  role: 'main' | 'sub' | 'summary' | 'caption';
  value: string;
}

interface NinjsBody {
  role: 'main';
  contentType: 'text/html' | 'text/plain';
  value: string;
  charCount: number;
  wordCount: number;
}

interface NinjsInfoSource {
  name: string;
  role: string;
  uri?: string;
  literal?: string;
}

interface NinjsEntity {
  name: string;
  /** `mentions` for what the story is about; the contributor's role (`author`, `editor`, …) for its makers. */
  rel: string;
  uri?: string;
  literal?: string;
  contactInfo?: [{ type: 'email'; value: string }];
}

interface NinjsPlace extends Omit<NinjsEntity, 'contactInfo'> {
  geoJSON?: { type: 'Point'; coordinates: [number, number] };
  contactInfo?: [{ type: 'address'; address: { country: string } }];
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

interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  width?: number;
  height?: number;
  sizeInBytes?: number;
  duration?: number;
}

interface NinjsDuplicateOf {
  name: 'original';
  rel: 'duplicateOf';
  uri: string;
  type: 'text';
  representationType: 'partial';
}

/** A picture, video or other media object that goes with the story, with its files as renditions. */
interface NinjsMediaAssociation {
  name: string;
  rel: 'association';
  uri: string;
  type: 'picture' | 'graphic' | 'video' | 'audio' | 'component' | 'text';
  representationType: 'partial';
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  by?: string;
  copyrightHolder?: string;
  copyrightNotice?: string;
  usageTerms?: string;
  renditions?: NinjsRendition[];
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

const WRITER_ROLES = new Set(['author', 'reporter', 'writer', 'correspondent']);

// Without a byline, the writers among the contributors make one; editors and photographers do not.
function bylineOf(contributors: readonly Contributor[]): string | undefined {
  const writers = contributors.filter((c) => WRITER_ROLES.has(c.role.toLowerCase()));
  const names = distinctPresent(writers.map((c) => c.name));
  return names.length === 0 ? undefined : names.join(', ');
}

// The people who made the story, told apart from the people it mentions by `rel` (their role).
function renderContributors(contributors: readonly Contributor[]): NinjsEntity[] {
  const out: NinjsEntity[] = [];
  for (const contributor of contributors) {
    const name = present(contributor.name);
    if (name === undefined) continue;
    const email = present(contributor.email);
    out.push({
      name,
      rel: contributor.role,
      ...identify(contributor.uri),
      ...(email === undefined ? {} : { contactInfo: [{ type: 'email', value: email }] }),
    });
  }
  return out;
}

function renderInfoSources(story: Story): NinjsInfoSource[] {
  const sources: NinjsInfoSource[] = [];
  const credit = present(story.credit);
  if (credit !== undefined) sources.push({ name: credit, role: ROLE_ORIGINATOR });
  // The supplier the source names (a G2 provider), unless the credit already is it.
  const provider = present(story.provider?.name);
  if (provider !== undefined && provider.toLowerCase() !== credit?.toLowerCase()) {
    const providerUri = toUri(story.provider?.uri);
    sources.push({
      name: provider,
      role: ROLE_ORIGINATOR,
      ...(providerUri === undefined ? {} : { uri: providerUri }),
    });
  }
  const { feedId, feedTitle, feedUrl } = story.source;
  // A feed read from a local file has a path, not a URI; the feed id still identifies it.
  const uri = toUri(feedUrl);
  sources.push({
    name: present(feedTitle) ?? feedId,
    role: ROLE_DISTRIBUTOR,
    ...(uri === undefined ? {} : { uri }),
    literal: feedId,
  });
  return sources;
}

function renderEntities(entities: readonly Entity[] | undefined): NinjsEntity[] {
  const out: NinjsEntity[] = [];
  for (const entity of entities ?? []) {
    const name = present(entity.name);
    if (name !== undefined) out.push({ name, rel: 'mentions', ...identify(entity.uri) });
  }
  return out;
}

function renderPlaces(places: readonly Place[] | undefined): NinjsPlace[] {
  const out: NinjsPlace[] = [];
  for (const place of places ?? []) {
    const name = present(place.name);
    if (name === undefined) continue;
    const { lat, lon, countryCode } = place;
    out.push({
      name,
      rel: 'mentions',
      ...identify(place.uri),
      // GeoJSON (RFC 7946) puts longitude first.
      ...(lat === undefined || lon === undefined
        ? {}
        : { geoJSON: { type: 'Point', coordinates: [lon, lat] } }),
      // ninjs places have no country field; the country part of an address is the schema's place for it.
      ...(countryCode === undefined
        ? {}
        : { contactInfo: [{ type: 'address', address: { country: countryCode } }] }),
    });
  }
  return out;
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

const ASSOCIATION_TYPE = {
  picture: 'picture',
  graphic: 'graphic',
  video: 'video',
  audio: 'audio',
  file: 'component',
  text: 'text',
} as const;

function renderMedia(storyId: string, media: Media, n: number): NinjsMediaAssociation | undefined {
  const renditions = renderRenditions(media);
  // A packaged story is named by the provider's id and needs no file; media without a file are nothing.
  const packaged = media.kind === 'text' ? toUri(media.uri) : undefined;
  if (renditions.length === 0 && packaged === undefined) return undefined;
  // The provider's id when it is a URI; else one of ours, stable for this story and position.
  const uri =
    packaged ?? toUri(media.uri) ?? `urn:wirefeed:story:${encodeURIComponent(storyId)}:media:${String(n)}`;
  const headline = present(media.headline);
  const caption = present(media.caption);
  const credit = present(media.credit);
  const holder = present(media.rights?.holder);
  const notice = present(media.rights?.notice);
  const usageTerms = present(media.rights?.usageTerms);
  return {
    // ninjs names associations freely; `featuremedia` is what the IPTC's examples call the first picture.
    name: n === 1 && media.kind === 'picture' ? 'featuremedia' : `${media.kind}${String(n)}`,
    rel: 'association',
    uri,
    type: ASSOCIATION_TYPE[media.kind],
    representationType: 'partial',
    ...(headline === undefined ? {} : { headlines: [{ role: 'main', value: headline }] }),
    ...(caption === undefined
      ? {}
      : { descriptions: [{ role: media.kind === 'text' ? 'summary' : 'caption', value: caption }] }),
    ...(credit === undefined ? {} : { by: credit }),
    ...(holder === undefined ? {} : { copyrightHolder: holder }),
    ...(notice === undefined ? {} : { copyrightNotice: notice }),
    ...(usageTerms === undefined ? {} : { usageTerms }),
    ...(renditions.length === 0 ? {} : { renditions }),
  };
}

// The media's files; its main `href` counts as one when no rendition has that address.
function renderRenditions(media: Media): NinjsRendition[] {
  const files: Rendition[] = [...media.renditions];
  if (media.href !== undefined && !files.some((r) => r.href === media.href)) {
    files.unshift({
      name: 'original',
      href: media.href,
      ...(media.mimeType === undefined ? {} : { mimeType: media.mimeType }),
      ...(media.width === undefined ? {} : { width: media.width }),
      ...(media.height === undefined ? {} : { height: media.height }),
      ...(media.size === undefined ? {} : { size: media.size }),
      ...(media.duration === undefined ? {} : { duration: media.duration }),
    });
  }
  const out: NinjsRendition[] = [];
  const names = new Set<string>();
  for (const file of files) {
    // Only what a consumer can fetch over the web: a file:, data: or ftp: address is never passed on.
    const href = /^https?:\/\//i.test(file.href) ? toUri(file.href) : undefined;
    if (href === undefined) continue;
    let name = present(file.name) ?? renditionName(file);
    // Rendition names identify a file within the association, so they must not repeat.
    for (let k = 2; names.has(name); k++) name = `${present(file.name) ?? renditionName(file)}-${String(k)}`;
    names.add(name);
    out.push({
      name,
      href,
      ...(present(file.mimeType) === undefined ? {} : { contentType: file.mimeType }),
      ...(file.width === undefined ? {} : { width: file.width }),
      ...(file.height === undefined ? {} : { height: file.height }),
      ...(file.size === undefined ? {} : { sizeInBytes: file.size }),
      ...(file.duration === undefined ? {} : { duration: file.duration }),
    });
  }
  return out;
}

function renditionName(file: Rendition): string {
  return file.width !== undefined && file.height !== undefined
    ? `${String(file.width)}x${String(file.height)}`
    : 'original';
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

// Entity identifiers are free strings in a Story; only a real URI may go into ninjs `uri` (format: uri),
// anything else (a Wikidata QID, a gazetteer key) is kept as the `literal` identifier.
function identify(id: string | undefined): { uri: string } | { literal: string } | Record<string, never> {
  const uri = toUri(id);
  if (uri !== undefined) return { uri };
  const literal = present(id);
  return literal === undefined ? {} : { literal };
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function distinctPresent(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (present(value) !== undefined) seen.add(value);
  return [...seen];
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

// RFC 3986 `URI`, built from the RFC's own grammar. It accepts no more than ajv-formats' `uri` (which
// also rejects an empty path after the scheme, so this does too), so a value that passes here passes the
// schema's `format: uri`.
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT_ENCODED})`;
const H16 = '[0-9A-Fa-f]{1,4}';
const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const IPV6 = [
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join('|');
const IP_FUTURE = `[Vv][0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`;
const HOST = `(?:\\[(?:${IPV6}|${IP_FUTURE})\\]|${IPV4}|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT_ENCODED})*)`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT_ENCODED})*@)?${HOST}(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${PCHAR}*)*|/(?:${PCHAR}+(?:/${PCHAR}*)*)?|${PCHAR}+(?:/${PCHAR}*)*)`;
const RFC3986_URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.\\-]*:${HIER_PART}(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`,
);
const SCHEME_AND_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/[^/?#]*)?/;
const NOT_URI_SAFE = /%(?![0-9A-Fa-f]{2})|#|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

// Feeds hand over IRIs and sloppy URLs (non-ASCII paths, spaces, `|` in queries). WHATWG URL parsing
// punycodes the host and percent-encodes most of the rest; it leaves a few RFC 3986-illegal characters
// behind, which are encoded here. Whatever still fails the check is dropped rather than written invalid.
function toUri(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (RFC3986_URI.test(value)) return value;
  let href: string;
  try {
    href = new URL(value).href;
  } catch {
    return undefined;
  }
  const head = SCHEME_AND_AUTHORITY.exec(href)?.[0] ?? '';
  let fragmentStarted = false;
  const tail = href.slice(head.length).replace(NOT_URI_SAFE, (char) => {
    if (char === '#' && !fragmentStarted) {
      fragmentStarted = true;
      return char;
    }
    return char === '%' ? '%25' : encodeURIComponent(char);
  });
  const uri = head + tail;
  return RFC3986_URI.test(uri) ? uri : undefined;
}
