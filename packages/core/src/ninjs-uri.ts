import { present } from './ninjs-values.ts';

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
export function toUri(value: string | undefined): string | undefined {
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

// Entity identifiers are free strings in a Story; only a real URI may go into ninjs `uri` (format: uri),
// anything else (a Wikidata QID, a gazetteer key) is kept as the `literal` identifier.
export function identify(
  id: string | undefined,
): { uri: string } | { literal: string } | Record<string, never> {
  const uri = toUri(id);
  if (uri !== undefined) return { uri };
  const literal = present(id);
  return literal === undefined ? {} : { literal };
}
