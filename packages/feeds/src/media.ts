// Media as the feeds give them, turned into the Story's `media`: kinds, numbers and caps shared by
// every format's reader (xml-media.ts, json-feed.ts, ninjs-feed.ts). Nothing is downloaded.
import type { Media, MediaKind, Rendition } from '@wirefeed/core';

/** More than any item carries in practice; a feed listing thousands gets the first ones. */
export const MAX_MEDIA = 50;
export const MAX_RENDITIONS = 20;

/** The kind of a media object from what the feed says: Media RSS `medium`, ninjs `type`, else the MIME type. */
export function mediaKind(medium: string | undefined, mimeType: string | undefined): MediaKind {
  const m = medium?.trim().toLowerCase();
  if (m === 'image' || m === 'picture' || m === 'photo') return 'picture';
  if (m === 'graphic') return 'graphic';
  if (m === 'video') return 'video';
  if (m === 'audio') return 'audio';
  if (m === 'document' || m === 'executable' || m === 'component' || m === 'file') return 'file';
  const type = mimeType?.trim().toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'picture';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return 'file';
}

/** A positive integer written as a string or number, else undefined (`"0"`, `"abc"`, `"-3"`). */
export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n > 0 && n <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

/** A byte count (0 allowed: feeds write `length="0"` when they do not know). */
export function byteCount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

/** Seconds, from a number or "HH:MM:SS" / "MM:SS". */
export function seconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const parts = value.trim().split(':');
  if (parts.length > 3 || parts.some((p) => !/^\d+(?:\.\d+)?$/.test(p))) return undefined;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

/** Only the properties that have a value: the Story's schema forbids explicit undefined nowhere, but sinks print them. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A rendition of a file, or undefined when it has no address. */
export function rendition(fields: Partial<Rendition>): Rendition | undefined {
  const href = fields.href?.trim();
  if (!href) return undefined;
  return compact({ ...fields, href });
}

/**
 * Media merged by address: an RSS enclosure repeating a `media:content` adds only what the latter
 * lacked; capped at MAX_MEDIA.
 */
export function mergeMedia(media: readonly Media[]): Media[] {
  const out: Media[] = [];
  const byHref = new Map<string, Media>();
  for (const item of media) {
    const hrefs = [item.href, ...item.renditions.map((r) => r.href)].filter((h) => h !== undefined);
    const known = hrefs.map((h) => byHref.get(h)).find((m) => m !== undefined);
    if (known) {
      for (const [key, value] of Object.entries(item))
        if (value !== undefined && (known as Record<string, unknown>)[key] === undefined)
          (known as Record<string, unknown>)[key] = value;
      continue;
    }
    if (out.length >= MAX_MEDIA) break;
    const copy = { ...item, renditions: item.renditions.slice(0, MAX_RENDITIONS) };
    out.push(copy);
    for (const h of hrefs) byHref.set(h, copy);
  }
  return out;
}
