// NITF 3.x (the IPTC's News Industry Text Format): a whole document alone, or the body of a NewsML-G2
// text item (`inlineXML contenttype="application/nitf+xml"`). Read by local name, so NITF 3.0–3.6 and
// any prefix or namespace give the same fields.
import type { Media, ProviderSubject, RawItem } from '@wirefeed/core';
import { bylineName } from './g2-byline.ts';
import { placeOf } from './g2-meta.ts';
import { resolveUrl } from './relative-urls.ts';
import { innerHtml } from './xml-markup.ts';
import type { XmlElement } from './xml-tree.ts';
import { attribute, element, elements, path, textOf } from './xml-tree.ts';

/** NITF's parts that the story takes; `media` are the pictures its body holds. */
export type NitfFields = Omit<RawItem, 'categories'> & { categories: string[]; media: Media[] };

// NITF dates are ISO 8601 basic ("20240309T141500+0100"); the pipeline reads the extended form.
export function nitfDate(value: string | undefined): string | undefined {
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value?.trim() ?? '',
  );
  if (!basic) return value?.trim() || undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = basic;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}

const positive = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

// The IPTC Subject Reference Number of `tobject.subject`, as a subj: qcode.
function subjectsOf(head: XmlElement | undefined): ProviderSubject[] {
  const out: ProviderSubject[] = [];
  for (const subject of elements(element(head, 'tobject'), 'tobject.subject')) {
    const refnum = attribute(subject, 'tobject.subject.refnum');
    const name =
      attribute(subject, 'tobject.subject.detail') ??
      attribute(subject, 'tobject.subject.matter') ??
      attribute(subject, 'tobject.subject.type');
    const code = refnum && /^\d{8}$/.test(refnum) ? `subj:${refnum}` : refnum;
    if (!code && !name) continue;
    out.push({
      ...(code ? { code } : {}),
      ...(name ? { name } : {}),
      ...(code?.startsWith('subj:')
        ? { uri: `http://cv.iptc.org/newscodes/subjectcode/${refnum}`, scheme: 'subj' }
        : {}),
    });
  }
  return out;
}

function pictureOf(media: XmlElement, base: string | undefined): Media | undefined {
  const type = (attribute(media, 'media-type') ?? '').toLowerCase();
  const kind =
    type === 'video' ? 'video' : type === 'audio' ? 'audio' : type === 'image' ? 'picture' : 'file';
  const renditions: Media['renditions'] = [];
  for (const reference of elements(media, 'media-reference')) {
    const href = resolveUrl(attribute(reference, 'source') ?? attribute(reference, 'data-location'), base);
    if (!href) continue;
    const width = positive(attribute(reference, 'width'));
    const height = positive(attribute(reference, 'height'));
    const mimeType = attribute(reference, 'mime-type');
    const name = attribute(reference, 'name');
    renditions.push({
      href,
      ...(name ? { name } : {}),
      ...(mimeType ? { mimeType } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    });
  }
  if (renditions.length === 0) return undefined;
  const caption = textOf(element(media, 'media-caption'));
  const credit = textOf(element(media, 'media-producer'));
  const main = renditions[0];
  return {
    kind,
    ...(main ? { href: main.href } : {}),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    renditions,
  };
}

/** The `dateline` of a NITF body.head: its text, and the place, region and country it marks up. */
function datelineOf(head: XmlElement | undefined): RawItem['dateline'] {
  const dateline = element(head, 'dateline');
  if (!dateline) return undefined;
  const raw = textOf(dateline);
  const location = element(dateline, 'location') ?? dateline;
  const city = textOf(element(location, 'city'));
  const region = textOf(element(location, 'state')) ?? textOf(element(location, 'region'));
  const countryElement = element(location, 'country');
  const country = textOf(countryElement);
  const countryCode = attribute(countryElement, 'iso-cc');
  const place = city ?? placeOf(textOf(dateline, new Set(['story.date'])));
  const out = {
    ...(raw ? { raw } : {}),
    ...(place ? { place } : {}),
    ...(region ? { region } : {}),
    ...(country ? { country } : {}),
    ...(countryCode ? { countryCode: countryCode.toUpperCase() } : {}),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The rights a NITF document states: `doc.copyright` and `doc.rights`. */
function rightsOf(docdata: XmlElement | undefined): RawItem['rights'] {
  const copyright = element(docdata, 'doc.copyright');
  const rights = element(docdata, 'doc.rights');
  const holder = attribute(copyright, 'holder') ?? attribute(rights, 'owner');
  const year = attribute(copyright, 'year');
  const usageTerms = attribute(rights, 'limitations');
  const notice = holder ? `Copyright ${year ? `${year} ` : ''}${holder}` : undefined;
  const out = {
    ...(holder ? { holder } : {}),
    ...(notice ? { notice } : {}),
    ...(usageTerms ? { usageTerms } : {}),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

const BYLINE_SKIP = new Set(['byttl']);
const BODY_DROP = new Set(['media', 'body.head', 'body.end']);

/**
 * What a NITF document says, as RawItem fields. `agencies` are names to take off the end of a byline
 * ("Von Anna Schmidt, dpa"); `base` resolves relative media addresses.
 */
export function nitfFields(
  nitf: XmlElement,
  agencies: readonly string[],
  base: string | undefined,
): NitfFields {
  const head = element(nitf, 'head');
  const docdata = element(head, 'docdata');
  const bodyHead = path(nitf, 'body', 'body.head');
  const content = path(nitf, 'body', 'body.content');
  const hedline = element(bodyHead, 'hedline');
  const distributor = textOf(element(bodyHead, 'distributor'));
  const byline = element(bodyHead, 'byline');
  const author = bylineName(textOf(byline, BYLINE_SKIP), [
    ...agencies,
    ...(distributor ? [distributor] : []),
  ]);
  const issued = nitfDate(attribute(element(docdata, 'date.issue'), 'norm'));
  const released = nitfDate(attribute(element(docdata, 'date.release'), 'norm'));
  // date.release is an embargo only when it lies after the issue: many write the same time in both.
  const embargo = released && (!issued || Date.parse(released) > Date.parse(issued)) ? released : undefined;
  const urgency = positive(attribute(element(docdata, 'urgency'), 'ed-urg'));
  const status = attribute(docdata, 'management-status')?.toLowerCase();
  const tagline = innerHtml(path(nitf, 'body', 'body.end', 'tagline'), { nitf: true });
  const body = innerHtml(content, { nitf: true, drop: BODY_DROP });
  const abstract = textOf(element(bodyHead, 'abstract'));
  const media = [...elements(content, 'media'), ...elements(element(content, 'block'), 'media')]
    .map((m) => pictureOf(m, base))
    .filter((m): m is Media => m !== undefined);
  const keywords = elements(element(docdata, 'key-list'), 'keyword')
    .map((k) => attribute(k, 'key'))
    .filter((k): k is string => k !== undefined);
  const guid = attribute(element(docdata, 'doc-id'), 'id-string');
  const version = positive(attribute(element(docdata, 'du-key'), 'version'));
  const title = textOf(element(hedline, 'hl1')) ?? textOf(element(head, 'title'));
  const subheadline = textOf(element(hedline, 'hl2'));
  const dateline = datelineOf(bodyHead);
  const rights = rightsOf(docdata);
  const subjects = subjectsOf(head);
  const language =
    attribute(nitf, 'xml:lang') ??
    attribute(nitf, 'baselang') ??
    attribute(element(nitf, 'body'), 'xml:lang');
  return {
    ...(guid ? { guid } : {}),
    ...(title ? { title } : {}),
    ...(subheadline ? { subheadline } : {}),
    ...(body || tagline
      ? { contentHtml: [body, tagline && `<p>${tagline}</p>`].filter(Boolean).join('\n') }
      : {}),
    ...(abstract ? { summary: abstract } : {}),
    ...(author ? { author } : {}),
    ...(distributor ? { credit: distributor } : {}),
    ...(issued ? { published: issued } : {}),
    ...(language ? { language } : {}),
    ...(dateline ? { dateline } : {}),
    ...(rights ? { rights } : {}),
    ...(subjects.length > 0 ? { providerSubjects: subjects } : {}),
    ...(version ? { itemVersion: version } : {}),
    ...(embargo ? { embargoedUntil: embargo } : {}),
    ...(urgency || status === 'canceled'
      ? {
          signals: {
            ...(urgency && urgency <= 9 ? { urgency } : {}),
            ...(status === 'canceled' ? { canceled: true } : {}),
          },
        }
      : {}),
    categories: keywords,
    media,
  };
}
