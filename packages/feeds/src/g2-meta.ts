// The metadata every NewsML-G2 item carries (newsItem and packageItem alike): rightsInfo, itemMeta and
// contentMeta, read into RawItem fields. Content (contentSet, groupSet) is the callers'.
import type { Contributor, ProviderSubject, RawItem } from '@wirefeed/core';
import { bylineName } from './g2-byline.ts';
import type { Schemes } from './g2-codes.ts';
import { conceptCode, qcodeUri, splitQcode } from './g2-codes.ts';
import type { XmlElement } from './xml-tree.ts';
import { attribute, element, elements, textOf } from './xml-tree.ts';

export const ItemClass = {
  text: 'text',
  picture: 'picture',
  graphic: 'graphic',
  video: 'video',
  audio: 'audio',
  composite: 'composite',
} as const;
export type ItemClass = (typeof ItemClass)[keyof typeof ItemClass];

/** What the document around an item lends it: scheme aliases, its URL, language, message priority. */
export interface G2Context {
  schemes: Schemes;
  /** The document's URL: relative hrefs are resolved against it. */
  base: string | undefined;
  /** The language in force around the item (xml:lang of the message, Content-Language). */
  language: string | undefined;
  /** A news message's header `priority`, the urgency of items that state none. */
  priority: number | undefined;
  /** A news message's header `sender`, the provider of items that name none. */
  sender: string | undefined;
}

/** An item's metadata as RawItem fields, and what the content readers need besides. */
export interface G2Meta {
  guid: string | undefined;
  itemClass: ItemClass;
  language: string | undefined;
  fields: RawItem;
  /** The caption (`description role="drol:caption"`): a picture's text. */
  caption: string | undefined;
  /** Names that may close a byline as its agency: the provider, the credit line, the info sources. */
  agencies: string[];
}

const positive = (value: string | undefined) => {
  const n = Number(value?.trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The `name` child in the wanted language, else one without a language, else the first. */
export function nameOf(element: XmlElement | undefined, language?: string): string | undefined {
  const names = elements(element, 'name');
  const lang = (name: XmlElement) => attribute(name, 'xml:lang')?.toLowerCase();
  const wanted = language?.toLowerCase();
  const primary = wanted?.split('-')[0];
  const chosen =
    (wanted ? names.find((n) => lang(n) === wanted) : undefined) ??
    (primary ? names.find((n) => lang(n)?.split('-')[0] === primary) : undefined) ??
    names.find((n) => lang(n) === undefined) ??
    names[0];
  return textOf(chosen);
}

// Names given to concepts elsewhere in the item (`<assert qcode="…"><name>`), as AP does.
function assertedNames(item: XmlElement, language: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const assert of elements(item, 'assert')) {
    const key = attribute(assert, 'qcode') ?? attribute(assert, 'uri') ?? attribute(assert, 'literal');
    const name = nameOf(assert, language);
    if (key && name && !names.has(key)) names.set(key, name);
  }
  return names;
}

type Named = (element: XmlElement | undefined) => string | undefined;

function itemClassOf(meta: XmlElement | undefined, root: XmlElement): ItemClass {
  const code = conceptCode(element(meta, 'itemClass'))?.toLowerCase();
  if (code && Object.hasOwn(ItemClass, code)) return code as ItemClass;
  return root.local === 'packageItem' ? 'composite' : 'text';
}

// "crol:photographer" → photographer; the roles the Story names (author, editor, …) where known.
const ROLES: Readonly<Record<string, string>> = {
  photographer: 'photographer',
  photog: 'photographer',
  cameraman: 'videographer',
  camera: 'videographer',
  videographer: 'videographer',
  author: 'author',
  writer: 'writer',
  reporter: 'reporter',
  correspondent: 'correspondent',
  editor: 'editor',
  capwriter: 'caption writer',
  descrwriter: 'caption writer',
  graphicartist: 'graphic artist',
  artist: 'graphic artist',
};

function roleOf(party: XmlElement, fallback: string): string {
  const code = splitQcode(attribute(party, 'role')?.split(/\s+/)[0])?.code;
  if (!code) return fallback;
  return ROLES[code.toLowerCase()] ?? code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function partiesOf(content: XmlElement | undefined, named: Named, itemClass: ItemClass): Contributor[] {
  const out: Contributor[] = [];
  const creatorRole =
    itemClass === 'picture' ? 'photographer' : itemClass === 'video' ? 'videographer' : 'author';
  for (const [local, fallback] of [
    ['creator', creatorRole],
    ['contributor', 'contributor'],
  ] as const) {
    for (const party of elements(content, local)) {
      const name = named(party);
      if (!name) continue;
      const uri = attribute(party, 'uri');
      out.push({ name, role: roleOf(party, fallback), ...(uri ? { uri } : {}) });
    }
  }
  return out;
}

function subjectsOf(content: XmlElement | undefined, named: Named, schemes: Schemes): ProviderSubject[] {
  const out: ProviderSubject[] = [];
  for (const subject of elements(content, 'subject')) {
    const code = attribute(subject, 'qcode');
    const name = named(subject);
    if (!code && !name) continue;
    const uri = attribute(subject, 'uri') ?? qcodeUri(code, schemes);
    const scheme = splitQcode(code)?.alias;
    out.push({
      ...(code ? { code } : {}),
      ...(name ? { name } : {}),
      ...(uri ? { uri } : {}),
      ...(scheme ? { scheme } : {}),
    });
  }
  return out;
}

const COUNTRY_SCHEMES = /^(?:iso3166-1a2|iso3166|cntry|country|ctry)$/i;
const COUNTRY_TYPES = /country|nation/i;
const REGION_TYPES = /statprov|state|prov|region|adm|county/i;

/** `located` with its broader places: the place, its region and its country. */
function locatedOf(content: XmlElement | undefined, named: Named): RawItem['dateline'] {
  const located = element(content, 'located');
  if (!located) return undefined;
  const out: NonNullable<RawItem['dateline']> = {};
  const place = named(located);
  if (place) out.place = place;
  for (const concept of [located, ...elements(located, 'broader')]) {
    const qcode = splitQcode(attribute(concept, 'qcode'));
    const type = `${attribute(concept, 'type') ?? ''} ${qcode?.alias ?? ''}`;
    const name = named(concept);
    if (qcode && /^iso3166-1a2$/i.test(qcode.alias) && /^[a-z]{2}(?:-|$)/i.test(qcode.code)) {
      out.countryCode ??= qcode.code.slice(0, 2).toUpperCase();
      // "iso3166-1a2:US-NV" is a subdivision (Nevada), not the country.
      if (qcode.code.includes('-')) {
        if (concept !== located && name) out.region ??= name;
        continue;
      }
    }
    if (concept === located) continue;
    if (COUNTRY_TYPES.test(type) || (qcode && COUNTRY_SCHEMES.test(qcode.alias))) {
      if (name) out.country ??= name;
    } else if (REGION_TYPES.test(type) && name) out.region ??= name;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function rightsOf(item: XmlElement): RawItem['rights'] {
  const info = element(item, 'rightsInfo');
  if (!info) return undefined;
  const holderElement = element(info, 'copyrightHolder');
  const holder =
    nameOf(holderElement) ?? attribute(holderElement, 'literal') ?? attribute(holderElement, 'uri');
  const notice = textOf(element(info, 'copyrightNotice'));
  const usageTerms = textOf(element(info, 'usageTerms'));
  const out = {
    ...(holder ? { holder } : {}),
    ...(notice ? { notice } : {}),
    ...(usageTerms ? { usageTerms } : {}),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

function providerOf(
  meta: XmlElement | undefined,
  schemes: Schemes,
  sender: string | undefined,
): RawItem['provider'] {
  const provider = element(meta, 'provider');
  const qcode = attribute(provider, 'qcode');
  const uri = attribute(provider, 'uri') ?? qcodeUri(qcode, schemes);
  const written = attribute(provider, 'uri');
  const host = written ? URL.parse(written)?.hostname.replace(/^www\./, '') : undefined;
  const name =
    nameOf(provider) ?? splitQcode(qcode)?.code ?? attribute(provider, 'literal') ?? host ?? sender;
  if (!name) return undefined;
  return { name, ...(uri && /^https?:\/\//i.test(uri) ? { uri } : {}) };
}

function signalsOf(
  meta: XmlElement | undefined,
  content: XmlElement | undefined,
  priority: number | undefined,
) {
  const status = conceptCode(element(meta, 'pubStatus'))?.toLowerCase();
  const signals = elements(meta, 'signal').map((s) => conceptCode(s)?.toLowerCase());
  const stated = positive(textOf(element(content, 'urgency')));
  const urgency = stated !== undefined && stated <= 9 ? stated : priority;
  const out = {
    ...(status === 'canceled' ? { canceled: true } : {}),
    ...(signals.includes('correction') ? { correction: true } : {}),
    ...(signals.includes('update') ? { update: true } : {}),
    ...(urgency !== undefined ? { urgency } : {}),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

function headlinesOf(content: XmlElement | undefined): { headline?: string; subheadline?: string } {
  let headline: string | undefined;
  let subheadline: string | undefined;
  for (const element of elements(content, 'headline')) {
    const sub = /sub/i.test(attribute(element, 'role') ?? '');
    const text = textOf(element);
    if (!text) continue;
    if (sub) subheadline ??= text;
    else headline ??= text;
  }
  return { ...(headline ? { headline } : {}), ...(subheadline ? { subheadline } : {}) };
}

// A description in a role of the provider's own (AFP's "afpdescRole:synthe") is the text when the item
// has no summary or caption in an IPTC role.
function descriptionsOf(content: XmlElement | undefined): {
  summary?: string;
  caption?: string;
  other?: string;
} {
  let summary: string | undefined;
  let caption: string | undefined;
  let other: string | undefined;
  for (const element of elements(content, 'description')) {
    const role = conceptCode(element, 'role')?.toLowerCase() ?? '';
    const text = textOf(element);
    if (!text) continue;
    if (role === 'caption') caption ??= text;
    else if (role === '' || role === 'summary' || role === 'abstract') summary ??= text;
    else other ??= text;
  }
  return { ...(summary ? { summary } : {}), ...(caption ? { caption } : {}), ...(other ? { other } : {}) };
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** The place a dateline names: what comes before its date or agency ("BERLIN, 9. März (dpa)" → "BERLIN"). */
export function placeOf(dateline: string | undefined): string | undefined {
  return dateline?.split(/[,(–—]|\s-\s/)[0]?.trim() || undefined;
}

/** The metadata of a newsItem or packageItem. */
export function readMeta(item: XmlElement, ctx: G2Context): G2Meta {
  const meta = element(item, 'itemMeta');
  const content = element(item, 'contentMeta');
  const language =
    attribute(element(content, 'language'), 'tag') ?? attribute(item, 'xml:lang') ?? ctx.language;
  const asserted = assertedNames(item, language);
  const named: Named = (concept) =>
    nameOf(concept, language) ??
    asserted.get(
      attribute(concept, 'qcode') ?? attribute(concept, 'uri') ?? attribute(concept, 'literal') ?? '',
    );
  const itemClass = itemClassOf(meta, item);
  const provider = providerOf(meta, ctx.schemes, ctx.sender);
  const creditline = textOf(element(content, 'creditline'));
  const sources = elements(content, 'infoSource')
    .map((source) => named(source))
    .filter((name): name is string => name !== undefined && name !== provider?.name);
  const credit = creditline ?? (sources.length > 0 ? [...new Set(sources)].join('; ') : undefined);
  const agencies = [provider?.name, creditline, ...sources].filter((a): a is string => a !== undefined);
  const contributors = partiesOf(content, named, itemClass);
  const writers = contributors.filter((c) =>
    ['author', 'writer', 'reporter', 'correspondent'].includes(c.role),
  );
  const by = bylineName(textOf(element(content, 'by')), agencies);
  const author = by ?? (writers.length > 0 ? writers.map((w) => w.name).join(', ') : undefined);
  const { headline, subheadline } = headlinesOf(content);
  const descriptions = descriptionsOf(content);
  const isText = itemClass === 'text' || itemClass === 'composite';
  const summary = descriptions.summary ?? (isText ? descriptions.other : undefined);
  const caption = descriptions.caption ?? (isText ? undefined : descriptions.other);
  const title = headline ?? textOf(element(meta, 'title'));
  const located = locatedOf(content, named);
  const datelineText = textOf(element(content, 'dateline'));
  const place = located?.place ?? placeOf(datelineText);
  const dateline =
    datelineText || located
      ? { ...(datelineText ? { raw: datelineText } : {}), ...located, ...(place ? { place } : {}) }
      : undefined;
  const subjects = subjectsOf(content, named, ctx.schemes);
  const keywords = elements(content, 'keyword')
    .map((k) => textOf(k))
    .filter((k): k is string => k !== undefined);
  const rights = rightsOf(item);
  const signals = signalsOf(meta, content, ctx.priority);
  const embargo = textOf(element(meta, 'embargoed'));
  const version = positive(attribute(item, 'version'));
  const guid = attribute(item, 'guid');
  const fields: RawItem = {
    ...(guid ? { guid } : {}),
    ...(title ? { title } : {}),
    ...(subheadline ? { subheadline } : {}),
    ...(summary ? { summary } : {}),
    ...(author ? { author } : {}),
    categories: [...new Set(keywords)],
    ...optional(
      'published',
      trimmed(textOf(element(meta, 'firstCreated')) ?? textOf(element(content, 'contentCreated'))),
    ),
    ...optional(
      'updated',
      trimmed(textOf(element(meta, 'versionCreated')) ?? textOf(element(content, 'contentModified'))),
    ),
    ...(language ? { language } : {}),
    ...(contributors.length > 0 ? { contributors } : {}),
    ...(provider ? { provider } : {}),
    ...(subjects.length > 0 ? { providerSubjects: subjects } : {}),
    ...(rights ? { rights } : {}),
    ...(version ? { itemVersion: version } : {}),
    ...(signals ? { signals } : {}),
    ...(embargo ? { embargoedUntil: embargo } : {}),
    ...(credit ? { credit } : {}),
    ...(dateline ? { dateline } : {}),
  };
  return { guid, itemClass, language, fields, caption, agencies };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
