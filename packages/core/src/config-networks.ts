import { isIP } from 'node:net';

/**
 * Checks for the address lists of the environment, so a typo stops start-up naming the variable
 * instead of failing later: an allow-list entry the fetcher would refuse at every poll, or a proxy
 * fastify throws on once the dashboard builds its app (while the other services keep running).
 * Each returns what is wrong with one entry, or undefined when it is fine.
 */

function cidrBitsFit(ip: string, bits: string): boolean {
  const family = isIP(ip);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * WIREFEED_ALLOW_PRIVATE_NETWORKS: a host name, an IP address, `host:port`, `[v6]:port` or a CIDR.
 * The same forms (and refusals) as the guard's own parser in @wirefeed/http (`network-guard.ts`),
 * which parses the list again for every request.
 */
export function allowEntryProblem(entry: string): string | undefined {
  if (entry.includes('/')) {
    const cidr = /^\[?([^\]/]*)\]?\/(\d{1,3})$/.exec(entry);
    return cidr && cidrBitsFit(cidr[1] ?? '', cidr[2] ?? '')
      ? undefined
      : 'expected a CIDR such as 10.0.0.0/8 or fd00::/8';
  }
  if (isIP(entry) === 6) return undefined;
  const split = /^(\[[^\]]*\]|[^:]*)(?::([^:]*))?$/.exec(entry);
  const hostText = split?.[1];
  if (!hostText) return 'expected a hostname, an IP address or a CIDR';
  const port = split[2];
  if (port !== undefined && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return 'expected a port from 1 to 65535';
  }
  const host = URL.parse(`http://${hostText}/`)?.hostname;
  if (!host) return 'expected a hostname, an IP address or a CIDR';
  if (host.includes('*')) return 'wildcards are not supported; list each host, or a CIDR';
  return undefined;
}

/** Names proxy-addr (fastify's trustProxy) takes for whole ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** WIREFEED_TRUSTED_PROXIES: an IP address or a CIDR (or one of proxy-addr's range names). */
export function proxyEntryProblem(entry: string): string | undefined {
  if (PROXY_RANGE_NAMES.has(entry) || isIP(entry) !== 0) return undefined;
  const [ip = '', mask = '', ...rest] = entry.split('/');
  // proxy-addr also takes an IPv4 netmask: 10.0.0.0/255.0.0.0.
  const fits = /^\d{1,3}$/.test(mask) ? cidrBitsFit(ip, mask) : isIP(ip) === 4 && isIP(mask) === 4;
  return rest.length === 0 && fits
    ? undefined
    : 'expected an IP address or a CIDR, such as 10.0.0.1 or 10.0.0.0/8';
}
