// The content of a NewsML-G2 newsItem (its contentSet): a text's body from inlineXML (NITF or XHTML) or
// inlineData, a picture's or video's files from remoteContent. Nothing is fetched: remote content stays
// an address.
import type { Media, Rendition } from '@wirefeed/core';
import { conceptCode } from './g2-codes.ts';
import type { G2Meta } from './g2-meta.ts';
import type { NitfFields } from './nitf.ts';
import { nitfFields } from './nitf.ts';
import { resolveUrl } from './relative-urls.ts';
import { innerHtml } from './xml-markup.ts';
import type { XmlElement } from './xml-tree.ts';
import { attribute, element, elements, textOf } from './xml-tree.ts';

/** A text body as the item gives it, with what an inline NITF document adds. */
export interface G2Body {
  html?: string;
  text?: string;
  nitf?: NitfFields;
}

const positive = (value: string | undefined) => {
  const n = Number(value?.trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

// Parts of an XHTML document that are not the article.
const XHTML_DROP = new Set(['head', 'title', 'script', 'style', 'noscript']);
// Base64 inline data larger than this is not decoded (the document is capped at 15 MiB anyway).
const MAX_INLINE_DATA = 4 * 1024 * 1024;

function inlineData(data: XmlElement): G2Body {
  let value = data.children.filter((c): c is string => typeof c === 'string').join('');
  if (/base64/i.test(attribute(data, 'encoding') ?? '')) {
    value =
      value.length > MAX_INLINE_DATA ? '' : Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  const trimmed = value.trim();
  if (!trimmed) return {};
  return /html/i.test(attribute(data, 'contenttype') ?? '') ? { html: trimmed } : { text: trimmed };
}

function inlineXml(xml: XmlElement, meta: G2Meta, base: string | undefined): G2Body {
  const nitf = element(xml, 'nitf');
  if (nitf) return { nitf: nitfFields(nitf, meta.agencies, base) };
  const html = element(xml, 'html');
  const body = element(html, 'body') ?? element(xml, 'body');
  const markup = innerHtml(body ?? xml, { drop: XHTML_DROP });
  return markup ? { html: markup } : {};
}

/** The body of a text item: the first inlineXML or inlineData that holds one (HTML-like before plain). */
export function bodyOf(content: XmlElement | undefined, meta: G2Meta, base: string | undefined): G2Body {
  const bodies: G2Body[] = [];
  for (const part of elements(content)) {
    if (part.local === 'inlineXML') bodies.push(inlineXml(part, meta, base));
    else if (part.local === 'inlineData') bodies.push(inlineData(part));
  }
  return bodies.find((b) => b.nitf || b.html) ?? bodies.find((b) => b.text) ?? {};
}

// Seconds from a G2 duration and its unit (timeunit:seconds unless said otherwise).
function durationOf(file: XmlElement): number | undefined {
  const value = attribute(file, 'duration');
  if (value === undefined) return undefined;
  const unit = conceptCode(file, 'durationunit')?.toLowerCase() ?? 'seconds';
  if (unit === 'normalplaytime' || value.includes(':')) {
    const parts = value.split(':').map(Number);
    if (parts.some((p) => !Number.isFinite(p))) return undefined;
    return parts.reduce((total, part) => total * 60 + part, 0);
  }
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return undefined;
  return unit === 'milliseconds' ? n / 1000 : unit === 'seconds' ? n : undefined;
}

function renditionOf(
  file: XmlElement,
  base: string | undefined,
  fallbackName?: string,
): Rendition | undefined {
  const href = resolveUrl(attribute(file, 'href'), base);
  if (!href) return undefined;
  const name = conceptCode(file, 'rendition') ?? fallbackName;
  const mimeType = attribute(file, 'contenttype');
  const width = positive(attribute(file, 'width'));
  const height = positive(attribute(file, 'height'));
  const size = Number(attribute(file, 'size'));
  const duration = durationOf(file);
  return {
    href,
    ...(name ? { name } : {}),
    ...(mimeType ? { mimeType } : {}),
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(Number.isInteger(size) && size >= 0 ? { size } : {}),
    ...(duration !== undefined ? { duration } : {}),
  };
}

// The provider's original when it names one, else the largest file.
const ORIGINAL = /^(?:highres|original|master|print|baseimage|hd1080|hires|source)$/i;

function mainOf(renditions: readonly Rendition[]): Rendition | undefined {
  const named = renditions.find((r) => ORIGINAL.test(r.name ?? ''));
  if (named) return named;
  const area = (r: Rendition) => (r.width ?? 0) * (r.height ?? 0);
  return [...renditions].sort((a, b) => area(b) - area(a) || (b.size ?? 0) - (a.size ?? 0))[0];
}

/** A picture, video, graphic or audio item as the media that go with a story. */
export function mediaOf(item: XmlElement, meta: G2Meta, base: string | undefined): Media | undefined {
  const kind = meta.itemClass;
  if (kind === 'text' || kind === 'composite') return undefined;
  const renditions = elements(element(item, 'contentSet'), 'remoteContent')
    .map((file) => renditionOf(file, base))
    .filter((r): r is Rendition => r !== undefined);
  for (const icon of elements(element(item, 'contentMeta'), 'icon')) {
    const rendition = renditionOf(icon, base, 'thumbnail');
    if (rendition) renditions.push(rendition);
  }
  const main = mainOf(renditions);
  const { fields } = meta;
  const headline = fields.title;
  const caption = meta.caption ?? fields.summary;
  const photographers = (fields.contributors ?? []).filter(
    (c) => c.role === 'photographer' || c.role === 'videographer',
  );
  const credit = fields.credit ?? (photographers.map((p) => p.name).join(', ') || fields.author);
  return {
    kind,
    ...(meta.guid ? { uri: meta.guid } : {}),
    ...(main?.href ? { href: main.href } : {}),
    ...(main?.mimeType ? { mimeType: main.mimeType } : {}),
    ...(main?.width ? { width: main.width } : {}),
    ...(main?.height ? { height: main.height } : {}),
    ...(main?.size !== undefined ? { size: main.size } : {}),
    ...(main?.duration !== undefined ? { duration: main.duration } : {}),
    ...(headline ? { headline } : {}),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(fields.rights ? { rights: fields.rights } : {}),
    renditions,
  };
}

/** A package's reference to an item it does not carry (`itemRef`): its identity and what it says of it. */
export function referencedMedia(ref: XmlElement, base: string | undefined): Media | undefined {
  const uri = attribute(ref, 'residref');
  const itemClass = conceptCode(element(ref, 'itemClass'))?.toLowerCase() ?? 'text';
  const kind = (['picture', 'graphic', 'video', 'audio'] as const).find((k) => k === itemClass) ?? 'text';
  const href = resolveUrl(attribute(ref, 'href'), base);
  const headline = textOf(element(ref, 'title'));
  const caption = textOf(element(ref, 'description'));
  if (!uri && !href) return undefined;
  return {
    kind,
    ...(uri ? { uri } : {}),
    ...(href && kind !== 'text' ? { href } : {}),
    ...(headline ? { headline } : {}),
    ...(caption ? { caption } : {}),
    renditions: [],
  };
}
