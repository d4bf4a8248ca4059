import { isIP } from 'node:net';
import { WirefeedError } from '@wirefeed/core';
import type { NetworkGuardOptions, Resolver } from './network-guard.ts';
import { checkDestination, compileNetworkPolicy, systemResolver } from './network-guard.ts';

/**
 * Check a URL before it is saved or queued (`wirefeed feeds add`, `wirefeed process`): http or https,
 * and, where its host is an IP literal or resolves within `timeoutMs`, not a destination the guard
 * would refuse. A name that does not resolve now is let through: the guard at connect time, on every
 * hop, stays the one that decides. Resolves to the refusal (WF_E_FETCH_BLOCKED) or undefined.
 */
export async function checkUrl(
  text: string,
  options: NetworkGuardOptions & { resolve?: Resolver; timeoutMs?: number } = {},
): Promise<WirefeedError | undefined> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return new WirefeedError('WF_E_FETCH_BLOCKED', `${text} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new WirefeedError(
      'WF_E_FETCH_BLOCKED',
      `scheme ${url.protocol} is not supported: http and https only`,
    );
  }
  const policy = compileNetworkPolicy(options);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (isIP(host) !== 0) return checkDestination(policy, { host: url.hostname, address: host, port });
  const resolve = options.resolve ?? systemResolver;
  let timer: NodeJS.Timeout | undefined;
  const addresses = await Promise.race([
    resolve(host, { all: true }).catch(() => []),
    new Promise<[]>((r) => {
      timer = setTimeout(() => r([]), options.timeoutMs ?? 2_000);
    }),
  ]).finally(() => clearTimeout(timer));
  for (const { address } of addresses) {
    const refusal = checkDestination(policy, { host: url.hostname, address, port });
    if (refusal) return refusal;
  }
  return undefined;
}
