// Media of JSON Feed items and ninjs associations (1.x objects keyed by name, 2.x/3.x arrays).
import type { Media, Rendition, Rights } from '@wirefeed/core';
import {
  byteCount,
  compact,
  MAX_MEDIA,
  MAX_RENDITIONS,
  mediaKind,
  mergeMedia,
  positiveInt,
  rendition,
  seconds,
} from './media.ts';
import { isNode } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

/** JSON Feed `image`, `banner_image` and `attachments`, resolved against the feed's URL. */
export function jsonFeedMedia(item: Json, base: string | undefined): Media[] {
  const media: Media[] = [];
  for (const key of ['image', 'banner_image'] as const) {
    const href = resolveUrl(str(item[key]), base);
    if (href) media.push({ kind: 'picture', href, renditions: [] });
  }
  const attachments = Array.isArray(item.attachments) ? item.attachments.slice(0, MAX_MEDIA) : [];
  for (const attachment of attachments) {
    if (!isNode(attachment)) continue;
    const href = resolveUrl(str(attachment.url), base);
    if (!href) continue;
    const mimeType = str(attachment.mime_type);
    media.push(
      compact({
        kind: mediaKind(undefined, mimeType),
        href,
        mimeType,
        headline: str(attachment.title),
        size: byteCount(attachment.size_in_bytes),
        duration: seconds(attachment.duration_in_seconds),
        renditions: [],
      }),
    );
  }
  return mergeMedia(media);
}

// 1.x writes objects keyed by name, 2.x and 3.x arrays of objects with a `name`.
function entries(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isNode);
  if (!isNode(value)) return [];
  return Object.entries(value)
    .filter(([, v]) => isNode(v))
    .map(([name, v]) => ({ name, ...(v as Json) }));
}

const pick = (node: Json, ...keys: string[]) => {
  for (const key of keys) if (node[key] !== undefined) return node[key];
  return undefined;
};

function renditionsOf(association: Json): Rendition[] {
  return entries(association.renditions)
    .slice(0, MAX_RENDITIONS)
    .map((r) =>
      rendition({
        name: str(r.name),
        href: str(r.href),
        mimeType: str(pick(r, 'contentType', 'contenttype', 'mimetype')),
        width: positiveInt(r.width),
        height: positiveInt(r.height),
        size: byteCount(pick(r, 'sizeInBytes', 'sizeinbytes')),
        duration: seconds(r.duration),
      }),
    )
    .filter((r) => r !== undefined);
}

// The first value of a ninjs text list (`headlines`, `descriptions`) with the role asked for, else the first.
function textOf(list: unknown, role?: RegExp): string | undefined {
  const values = Array.isArray(list) ? list.filter(isNode) : [];
  const chosen = (role && values.find((v) => role.test(str(v.role) ?? ''))) ?? values[0];
  return str(chosen?.value);
}

/** ninjs rights fields (3.x camelCase, 2.x lower case), of an item or an association. */
export function ninjsRights(node: Json): Rights | undefined {
  const rights = compact({
    holder: str(pick(node, 'copyrightHolder', 'copyrightholder')),
    notice: str(pick(node, 'copyrightNotice', 'copyrightnotice')),
    usageTerms: str(pick(node, 'usageTerms', 'usageterms')),
  });
  return Object.keys(rights).length > 0 ? rights : undefined;
}

/** A ninjs item's `associations` that are media (pictures, graphics, video, audio), with their renditions. */
export function ninjsMedia(item: Json): Media[] {
  const media: Media[] = [];
  for (const association of entries(item.associations).slice(0, MAX_MEDIA)) {
    const type = str(association.type);
    // A text association is another story (a package's member), not media.
    if (type === 'text' || type === 'composite' || type === 'concept' || type === 'event') continue;
    const renditions = renditionsOf(association);
    const main =
      renditions.find((r) => /^(?:original|baseimage|highres|main)$/i.test(r.name ?? '')) ?? renditions[0];
    const href = str(association.href) ?? main?.href;
    if (!href && renditions.length === 0) continue;
    const rights = ninjsRights(association);
    media.push(
      compact({
        kind: mediaKind(type, main?.mimeType),
        uri: str(association.uri),
        href,
        mimeType: main?.mimeType,
        width: main?.width,
        height: main?.height,
        headline: textOf(association.headlines) ?? str(association.headline),
        caption:
          textOf(association.descriptions, /caption|summary/i) ??
          str(association.description_text) ??
          str(association.body_text),
        credit: str(association.by) ?? str(association.byline) ?? textOf(association.descriptions, /credit/i),
        rights,
        renditions: renditions.length > 1 ? renditions : [],
      }),
    );
  }
  return mergeMedia(media);
}
