// Media of an RSS item or Atom entry: RSS `enclosure`, Media RSS (`media:content`, `media:group`,
// `media:thumbnail`, `media:title`, `media:description`, `media:credit`, `media:copyright`) and Atom
// `link rel="enclosure"`. Elements at the item level apply to every media object of the item, as the
// Media RSS spec says; a group's own apply to its contents.
import type { Media, Rendition } from '@wirefeed/core';
import type { FeedEnclosure, FeedLink } from './feed.ts';
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
import type { Node } from './nodes.ts';
import { attr, child, markupOf, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';

interface Described {
  headline?: string;
  caption?: string;
  credit?: string;
  notice?: string;
}

function describedBy(node: unknown, outer: Described): Described {
  const credits = child(node, 'media:credit')
    .slice(0, 10)
    .map((credit) => textOf(credit))
    .filter((c) => c !== undefined);
  return {
    headline: markupOf(child(node, 'media:title')[0]) ?? outer.headline,
    caption: markupOf(child(node, 'media:description')[0]) ?? outer.caption,
    credit: credits.length > 0 ? [...new Set(credits)].join(', ') : outer.credit,
    notice: textOf(child(node, 'media:copyright')) ?? outer.notice,
  };
}

function thumbnails(node: unknown, scope: Scope): Rendition[] {
  return child(node, 'media:thumbnail')
    .slice(0, MAX_RENDITIONS)
    .map((thumb, i) =>
      rendition({
        name: i === 0 ? 'thumbnail' : `thumbnail-${i + 1}`,
        href: resolveUrl(attr(thumb, 'url'), scopeOf(scope, thumb).base),
        width: positiveInt(attr(thumb, 'width')),
        height: positiveInt(attr(thumb, 'height')),
      }),
    )
    .filter((r) => r !== undefined);
}

// One media:content as a file: its address and what it says about itself.
function fileOf(
  content: unknown,
  scope: Scope,
): (Rendition & { medium?: string; isDefault: boolean }) | undefined {
  const file = rendition({
    href: resolveUrl(attr(content, 'url'), scopeOf(scope, content).base),
    mimeType: attr(content, 'type')?.trim() || undefined,
    width: positiveInt(attr(content, 'width')),
    height: positiveInt(attr(content, 'height')),
    size: byteCount(attr(content, 'filesize')),
    duration: seconds(attr(content, 'duration')),
  });
  if (!file) return undefined;
  return { ...file, medium: attr(content, 'medium'), isDefault: attr(content, 'isdefault') === 'true' };
}

function mediaOf(
  files: NonNullable<ReturnType<typeof fileOf>>[],
  extra: Rendition[],
  described: Described,
): Media | undefined {
  const main = files.find((f) => f.isDefault) ?? files[0];
  const lead = main ?? extra[0];
  if (!lead) return undefined;
  const { medium, isDefault: _d, ...mainFile } = main ?? { medium: undefined, isDefault: false, ...lead };
  const renditions =
    files.length + extra.length > 1
      ? [...files.map(({ medium: _m, isDefault: _i, ...r }) => r), ...extra].slice(0, MAX_RENDITIONS)
      : [];
  return compact({
    kind: main ? mediaKind(medium, main.mimeType) : 'picture',
    href: mainFile.href,
    mimeType: mainFile.mimeType,
    width: mainFile.width,
    height: mainFile.height,
    size: mainFile.size,
    duration: mainFile.duration,
    headline: described.headline,
    caption: described.caption,
    credit: described.credit,
    rights: described.notice ? { notice: described.notice } : undefined,
    renditions,
  });
}

/** The enclosures as feedparser lists them: RSS `enclosure`s, then Atom `rel="enclosure"` links. */
export function enclosuresOf(item: Node, links: readonly FeedLink[], scope: Scope): FeedEnclosure[] {
  const out: FeedEnclosure[] = [];
  for (const enclosure of child(item, 'enclosure').slice(0, MAX_MEDIA)) {
    const href = resolveUrl(attr(enclosure, 'url')?.trim(), scopeOf(scope, enclosure).base);
    if (!href) continue;
    const type = attr(enclosure, 'type')?.trim();
    const length = attr(enclosure, 'length')?.trim();
    out.push({ href, ...(length ? { length } : {}), ...(type ? { type } : {}) });
  }
  for (const link of links) {
    if (link.rel !== 'enclosure' || out.length >= MAX_MEDIA) continue;
    out.push({
      href: link.href,
      ...(link.length ? { length: link.length } : {}),
      ...(link.type ? { type: link.type } : {}),
    });
  }
  return out;
}

/** Every media object of an item, Media RSS first (it says the most), enclosures merged in by address. */
export function itemMedia(item: Node, enclosures: readonly FeedEnclosure[], scope: Scope): Media[] {
  const top = describedBy(item, {});
  const media: Media[] = [];
  const topThumbs = thumbnails(item, scope);
  for (const group of child(item, 'media:group').slice(0, MAX_MEDIA)) {
    const files = child(group, 'media:content')
      .slice(0, MAX_RENDITIONS)
      .map((c) => fileOf(c, scope));
    const made = mediaOf(
      files.filter((f) => f !== undefined),
      thumbnails(group, scope),
      describedBy(group, top),
    );
    if (made) media.push(made);
  }
  for (const content of child(item, 'media:content').slice(0, MAX_MEDIA)) {
    const file = fileOf(content, scope);
    const made = file && mediaOf([file], thumbnails(content, scope), describedBy(content, top));
    if (made) media.push(made);
  }
  // Item-level thumbnails belong to the item's media; alone, they are its picture.
  const first = media[0];
  if (first && topThumbs.length > 0 && first.kind !== 'audio') {
    const known = new Set([first.href, ...first.renditions.map((r) => r.href)]);
    const added = topThumbs.filter((t) => !known.has(t.href));
    if (added.length > 0) {
      const self =
        first.renditions.length === 0 && first.href
          ? [
              rendition({
                name: 'original',
                href: first.href,
                mimeType: first.mimeType,
                width: first.width,
                height: first.height,
                size: first.size,
              }),
            ]
          : [];
      first.renditions = [...self.filter((r) => r !== undefined), ...first.renditions, ...added].slice(
        0,
        MAX_RENDITIONS,
      );
    }
  } else if (topThumbs.length > 0) {
    const made = mediaOf([], topThumbs, top);
    if (made) media.push(made);
  }
  for (const enclosure of enclosures) {
    media.push(
      compact({
        kind: mediaKind(undefined, enclosure.type),
        href: enclosure.href,
        mimeType: enclosure.type,
        size: byteCount(enclosure.length),
        renditions: [],
      }),
    );
  }
  return mergeMedia(media);
}
