import { shortHash } from '@wirefeed/core';

/**
 * The feed id a URL or path gets when none is given. Derived from the text exactly as written, so the
 * ids feeds.yaml gave before subscriptions existed stay the same (story ids are derived from them).
 */
export function feedIdFor(url: string): string {
  return shortHash('feed', url).slice(0, 16);
}
