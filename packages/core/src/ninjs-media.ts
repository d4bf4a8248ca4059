import { toUri } from './ninjs-uri.ts';
import type { NinjsText } from './ninjs-values.ts';
import { present } from './ninjs-values.ts';
import type { Media, Rendition } from './story.ts';

interface NinjsRendition {
  name: string;
  href?: string;
  contentType?: string;
  width?: number;
  height?: number;
  sizeInBytes?: number;
  duration?: number;
}

/** A picture, video or other media object that goes with the story, with its files as renditions. */
export interface NinjsMediaAssociation {
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

const ASSOCIATION_TYPE = {
  picture: 'picture',
  graphic: 'graphic',
  video: 'video',
  audio: 'audio',
  file: 'component',
  text: 'text',
} as const;

export function renderMedia(storyId: string, media: Media, n: number): NinjsMediaAssociation | undefined {
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
