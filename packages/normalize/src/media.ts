import type { Media, Rendition } from '@wirefeed/core';
import { httpUrl } from './canonical-url.ts';
import { inlineText } from './html-to-text.ts';

/** More than any wire item carries; a feed listing thousands of files gets the first ones only. */
export const MAX_MEDIA = 50;
export const MAX_RENDITIONS = 20;
const MAX_TEXT = 4_000;

/**
 * The media of an item as a sink may pass them on: every address made absolute against the item's
 * link (or the feed) and kept only when it is http(s), captions and credits as plain text, media
 * without a single usable file dropped. Nothing is fetched.
 */
export function cleanMedia(media: readonly Media[], base: string | undefined): Media[] {
  const out: Media[] = [];
  for (const item of media.slice(0, MAX_MEDIA)) {
    const href = httpUrl(item.href, base);
    const renditions = cleanRenditions(item.renditions, base);
    // A packaged story (kind text) is named by its uri alone; any other media needs a file.
    const packaged = item.kind === 'text' && text(item.uri) !== undefined;
    if (href === undefined && renditions.length === 0 && !packaged) continue;
    const cleaned: Media = { kind: item.kind, renditions };
    if (href !== undefined) cleaned.href = href;
    copyText(item, cleaned, ['uri', 'mimeType', 'headline', 'caption', 'credit']);
    for (const key of ['width', 'height', 'size', 'duration'] as const) {
      const value = item[key];
      if (value !== undefined) cleaned[key] = value;
    }
    const rights = cleanRights(item.rights);
    if (rights !== undefined) cleaned.rights = rights;
    out.push(cleaned);
  }
  return out;
}

function cleanRenditions(renditions: readonly Rendition[], base: string | undefined): Rendition[] {
  const out: Rendition[] = [];
  for (const rendition of renditions.slice(0, MAX_RENDITIONS)) {
    const href = httpUrl(rendition.href, base);
    if (href === undefined) continue;
    const cleaned: Rendition = { ...rendition, href };
    const name = text(rendition.name);
    if (name === undefined) delete cleaned.name;
    else cleaned.name = name;
    out.push(cleaned);
  }
  return out;
}

/** Rights as plain text, undefined when nothing is left. */
export function cleanRights<T extends { holder?: string; notice?: string; usageTerms?: string }>(
  rights: T | undefined,
): { holder?: string; notice?: string; usageTerms?: string } | undefined {
  if (rights === undefined) return undefined;
  const out: { holder?: string; notice?: string; usageTerms?: string } = {};
  copyText(rights, out, ['holder', 'notice', 'usageTerms']);
  return Object.keys(out).length === 0 ? undefined : out;
}

function copyText<K extends string>(
  from: Partial<Record<K, string | undefined>>,
  to: Partial<Record<K, string>>,
  keys: readonly K[],
): void {
  for (const key of keys) {
    const value = text(from[key]);
    if (value !== undefined) to[key] = value;
  }
}

function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = inlineText(value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value);
  return cleaned === '' ? undefined : cleaned;
}
