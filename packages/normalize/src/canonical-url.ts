// Parameters that say how a reader arrived, never which page they read.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'icid',
  'smid',
  'ref_src',
  'sr_share',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'at_medium',
  'at_campaign',
  // AT Internet (French publishers' feeds carry xtor=RSS-…), the Guardian, BBC and Adobe campaign tags.
  'xtor',
  'ito',
  'cmp',
  's_cid',
  'wt.mc_id',
]);
// ns_ is comScore's (BBC feeds: ns_campaign, ns_mchannel, ns_source, ns_linkname, ns_fee).
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'ns_'];

/** Parse `value` as a URL, relative to `base` when it is not absolute; undefined when neither works. */
export function resolveUrl(value: string | undefined, base?: string): URL | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // One parse each (`URL.parse`), not a `canParse` and then the same parse again.
  return URL.parse(trimmed) ?? (base === undefined ? undefined : (URL.parse(trimmed, base) ?? undefined));
}

/** The absolute http(s) form of a possibly relative link; undefined for anything else. */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  const url = resolveUrl(value, base);
  return url && isHttp(url) ? url.href : undefined;
}

/**
 * The canonical form of an http(s) URL, for identity and dedup: scheme and host lower-cased, default
 * port, fragment, credentials and tracking parameters (utm_*, fbclid, gclid, …) dropped, remaining
 * parameters sorted. Undefined when the value is not an http(s) URL.
 */
export function canonicalUrl(value: string | undefined, base?: string): string | undefined {
  const url = resolveUrl(value, base);
  if (!url || !isHttp(url)) return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => compare(a, b) || compare(av, bv));
  url.search = kept.length > 0 ? new URLSearchParams(kept).toString() : '';
  return url.href;
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
