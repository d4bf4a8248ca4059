import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { WirefeedError } from '@wirefeed/core';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** What a caller passes through from config (WIREFEED_ALLOW_PRIVATE_NETWORKS, WIREFEED_ALLOWED_PORTS). */
export interface NetworkGuardOptions {
  /**
   * Destinations reachable despite the guard, on any port: hostnames (`feeds.internal`), IPs
   * (`127.0.0.1`, `::1`, `[::1]`), CIDRs (`10.0.0.0/8`, `fd00::/8`); `host:port` (`[::1]:8080`)
   * narrows an entry to one port.
   */
  allowPrivate?: readonly string[];
  /** Ports any other destination may use. Default 80 and 443. */
  allowedPorts?: readonly number[];
}

/** How one address classifies: `blocked` unless it is public unicast. */
export interface AddressClass {
  /**
   * The ipaddr.js range ('unicast' when public); for an IPv6 address carrying an IPv4 one, the range
   * of that IPv4 address. 'invalid' for anything that does not parse as an IP address.
   */
  range: string;
  blocked: boolean;
  /** The IPv6 form that carried the IPv4 address (`ipv4Mapped`, `6to4`, …), with that address. */
  via?: { form: string; ipv4: string };
}

type AllowRule =
  | { kind: 'host'; entry: string; host: string; port: number | undefined }
  | { kind: 'net'; entry: string; net: [Address, number]; port: number | undefined };

/** The guard's options, parsed once: see `compileNetworkPolicy`. */
export interface NetworkPolicy {
  readonly rules: readonly AllowRule[];
  readonly allowedPorts: readonly number[];
}

/** One connection about to be made: the URL's host, the address it resolved to, the port. */
export interface Destination {
  host: string;
  address: string;
  port: number;
}

/** Resolves a hostname to every address it has, as `dns.lookup` with `all: true` does. */
export type Resolver = (hostname: string, options: LookupOptions) => Promise<readonly LookupAddress[]>;

export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443];

const ALLOW_ENV = 'WIREFEED_ALLOW_PRIVATE_NETWORKS';
const PORTS_ENV = 'WIREFEED_ALLOWED_PORTS';

// IPv6 forms that carry an IPv4 address a host or gateway will end up talking to; the IPv4 address
// decides. Offsets are the 16-bit parts holding it.
const CARRIERS: Readonly<Record<string, number>> = { ipv4Mapped: 6, rfc6145: 6, rfc6052: 6, '6to4': 1 };

function ipv4At(parts: readonly number[], at: number): ipaddr.IPv4 {
  const high = parts[at] ?? 0;
  const low = parts[at + 1] ?? 0;
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function classifyIPv6(ip: ipaddr.IPv6): AddressClass {
  const range = ip.range();
  const { parts } = ip;
  const carrierAt = CARRIERS[range];
  // 64:ff9b:1::/48 is the local-use NAT64 prefix (RFC 8215): translated inside one network only.
  const localNat64 = range === 'rfc6052' && parts[1] === 0xff9b && parts[2] === 1;
  if (carrierAt !== undefined && !localNat64) {
    const ipv4 = ipv4At(parts, carrierAt);
    const inner = ipv4.range();
    return { range: inner, blocked: inner !== 'unicast', via: { form: range, ipv4: ipv4.toString() } };
  }
  if (range !== 'unicast') return { range, blocked: true };
  // ipaddr.js leaves most of ::/8 as unicast, including the deprecated IPv4-compatible ::a.b.c.d
  // (RFC 4291) that older stacks tunnelled to the IPv4 address; nothing public lives there.
  if ((parts[0] ?? 0) < 0x100) {
    const compatible = parts.slice(0, 6).every((p) => p === 0);
    return compatible
      ? {
          range: 'ipv4Compatible',
          blocked: true,
          via: { form: 'ipv4Compatible', ipv4: ipv4At(parts, 6).toString() },
        }
      : { range: 'reserved', blocked: true };
  }
  return { range, blocked: false };
}

/**
 * Parse an IP address as the socket layer reads it. IPv6 goes through the URL parser's canonical
 * form first: ipaddr.js reads the dotted "::a.b.c.d" (which resolvers print for IPv4-compatible
 * addresses) as IPv4-mapped, a different address from the one a socket would connect to.
 */
function parseIP(text: string): Address | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  // net.isIP first: ipaddr.js also reads shorthand like "127.1", which no resolver hands back.
  const family = isIP(bare);
  if (family === 4) return ipaddr.IPv4.parse(bare);
  if (family !== 6) return undefined;
  // A zone index (fe80::1%eth0) picks an interface, not an address.
  const canonical = URL.parse(`http://[${bare.replace(/%.*$/, '')}]/`)?.hostname.slice(1, -1);
  return canonical === undefined ? undefined : ipaddr.IPv6.parse(canonical);
}

/**
 * Classify an IP address (as a resolver or a canonical URL gives it; brackets allowed). Anything but
 * public unicast is blocked: loopback, private, link-local, carrier-grade NAT, unique-local,
 * unspecified, broadcast, multicast, reserved, benchmarking, and IPv6 forms that embed a blocked IPv4
 * address (mapped, SIIT, NAT64, 6to4) or cannot be checked (IPv4-compatible, Teredo, local NAT64).
 * A string that is not an IP address is blocked as 'invalid'.
 */
export function classifyAddress(address: string): AddressClass {
  const ip = parseIP(address);
  if (!ip) return { range: 'invalid', blocked: true };
  if (ip.kind() === 'ipv6') return classifyIPv6(ip as ipaddr.IPv6);
  const range = (ip as ipaddr.IPv4).range();
  return { range, blocked: range !== 'unicast' };
}

function configError(entry: string, why: string): WirefeedError {
  return new WirefeedError('WF_E_CONFIG', `${ALLOW_ENV}: ${why} (got ${JSON.stringify(entry)})`, {
    details: { variables: [ALLOW_ENV], entry },
  });
}

// A rule for ::ffff:a.b.c.d/n must match the IPv4 address it names, which is how addresses are compared.
function normalizeNet([ip, bits]: [Address, number]): [Address, number] {
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(ip as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [ip, bits];
}

function parsePort(entry: string, text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw configError(entry, 'expected a port from 1 to 65535');
  }
  return port;
}

function parseRule(entry: string): AllowRule {
  const text = entry.trim();
  if (text.includes('/')) {
    const cidr = /^\[?([^\]/]*)\]?\/(\d{1,3})$/.exec(text);
    const ip = cidr?.[1] ?? '';
    const bits = Number(cidr?.[2]);
    // parseIP, not ipaddr.parseCIDR: that would read "10/8" as 0.0.0.10/8.
    const net = parseIP(ip);
    if (!net || bits > (net.kind() === 'ipv4' ? 32 : 128)) {
      throw configError(entry, 'expected a CIDR such as 10.0.0.0/8 or fd00::/8');
    }
    return { kind: 'net', entry, net: normalizeNet([net, bits]), port: undefined };
  }
  const v6 = isIP(text) === 6 ? parseIP(text) : undefined;
  if (v6) return { kind: 'net', entry, net: normalizeNet([v6, 128]), port: undefined };
  // "host", "host:port", "[v6]" or "[v6]:port"
  const split = /^(\[[^\]]*\]|[^:]*)(?::([^:]*))?$/.exec(text);
  const hostText = split?.[1];
  if (!hostText) throw configError(entry, 'expected a hostname, an IP address or a CIDR');
  const port = split[2] === undefined ? undefined : parsePort(entry, split[2]);
  // The URL parser canonicalizes the host the same way it canonicalizes request URLs (case, IDN,
  // IPv4 shorthand), so an entry matches however the URL spelled it.
  const host = URL.parse(`http://${hostText}/`)?.hostname;
  if (!host) throw configError(entry, 'expected a hostname, an IP address or a CIDR');
  if (host.includes('*')) throw configError(entry, 'wildcards are not supported; list each host, or a CIDR');
  const ip = parseIP(host);
  if (ip) return { kind: 'net', entry, net: normalizeNet([ip, ip.kind() === 'ipv4' ? 32 : 128]), port };
  return { kind: 'host', entry, host: withoutTrailingDot(host), port };
}

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * Parse the guard's options once. Rejects a malformed allow-list entry with WF_E_CONFIG naming it,
 * so a typo fails loudly instead of silently leaving a host blocked.
 */
export function compileNetworkPolicy(options: NetworkGuardOptions = {}): NetworkPolicy {
  const allowedPorts = options.allowedPorts ?? DEFAULT_ALLOWED_PORTS;
  for (const port of allowedPorts) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new WirefeedError('WF_E_CONFIG', `${PORTS_ENV}: expected ports from 1 to 65535 (got ${port})`, {
        details: { variables: [PORTS_ENV] },
      });
    }
  }
  const rules = (options.allowPrivate ?? []).filter((e) => e.trim() !== '').map(parseRule);
  return { rules, allowedPorts };
}

function toComparable(address: string): Address | undefined {
  const ip = parseIP(address);
  // An IPv4-mapped address connects to the IPv4 address, so it is compared as one.
  return ip?.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

/** The allow-list entry that covers this destination, if any. */
function allowedBy(policy: NetworkPolicy, dest: Destination): string | undefined {
  const host = withoutTrailingDot(dest.host.toLowerCase());
  const ip = toComparable(dest.address);
  for (const rule of policy.rules) {
    if (rule.port !== undefined && rule.port !== dest.port) continue;
    if (rule.kind === 'host' ? rule.host === host : ip?.kind() === rule.net[0].kind() && ip.match(rule.net)) {
      return rule.entry;
    }
  }
  return undefined;
}

function describeRange(c: AddressClass): string {
  return c.via ? `${c.range}, ${c.via.form} of ${c.via.ipv4}` : c.range;
}

/**
 * The refusal for a connection to `dest.address`, or `undefined` when it may go ahead: an allow-list
 * entry covers it (any port), or the address is public unicast on an allowed port.
 */
export function checkDestination(policy: NetworkPolicy, dest: Destination): WirefeedError | undefined {
  if (allowedBy(policy, dest) !== undefined) return undefined;
  const verdict = classifyAddress(dest.address);
  const bare = dest.host.startsWith('[') ? dest.host.slice(1, -1) : dest.host;
  const who = bare === dest.address ? dest.host : `${dest.host} at ${dest.address}`;
  const details = { host: dest.host, address: dest.address, port: dest.port, range: verdict.range };
  if (verdict.blocked) {
    return new WirefeedError(
      'WF_E_FETCH_BLOCKED',
      `refused ${who} (${describeRange(verdict)}): private network; allow it with ${ALLOW_ENV}`,
      { details },
    );
  }
  if (!policy.allowedPorts.includes(dest.port)) {
    return new WirefeedError(
      'WF_E_FETCH_BLOCKED',
      `refused ${who} port ${dest.port}: not among the allowed ports (${policy.allowedPorts.join(', ') || 'none'}); allow it with ${PORTS_ENV} or ${ALLOW_ENV}`,
      { details },
    );
  }
  return undefined;
}

/** `dns.lookup` with `all: true`, the resolver Node itself would use. */
export const systemResolver: Resolver = (hostname, options) => dnsLookup(hostname, { ...options, all: true });

/**
 * A `lookup` for `http.request`: resolves every address of the host, refuses the connection if any
 * one is refused (a name that answers with one public and one private address could be steered to
 * either), and hands back exactly the addresses it checked, so the address connected to is an
 * address that was checked: no second resolution for DNS rebinding to slip into.
 */
export function guardedLookup(
  policy: NetworkPolicy,
  port: number,
  resolve: Resolver = systemResolver,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options).then(
      (addresses) => {
        const first = addresses[0];
        if (!first) {
          callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }), '');
          return;
        }
        for (const { address } of addresses) {
          const refusal = checkDestination(policy, { host: hostname, address, port });
          if (refusal) {
            callback(refusal, '');
            return;
          }
        }
        if (options.all) callback(null, [...addresses]);
        else callback(null, first.address, first.family);
      },
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), ''),
    );
  };
}
