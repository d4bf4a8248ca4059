// What the subscription store checks before it writes, and how a record reads back: kept apart from the
// Redis side so the rules (URL uniqueness, tags, interval bounds) read in one place.
import { normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import type { z } from 'zod';
import type {
  Subscription,
  SubscriptionConfig,
  SubscriptionOrigin,
  SubscriptionState,
} from './subscription.ts';
import { SubscriptionConfigSchema, SubscriptionStateSchema } from './subscription.ts';

/**
 * Why the store refused something; in `details.reason` of the WirefeedError (WF_E_CONFIG) it throws,
 * so a caller (the dashboard API) can answer 404 or 409 without parsing messages.
 */
export const SubscriptionProblem = {
  notFound: 'not-found',
  duplicateId: 'duplicate-id',
  duplicateUrl: 'duplicate-url',
  invalid: 'invalid',
  conflict: 'conflict',
} as const;
export type SubscriptionProblem = (typeof SubscriptionProblem)[keyof typeof SubscriptionProblem];

export function problem(
  reason: SubscriptionProblem,
  message: string,
  details: Record<string, unknown> = {},
): WirefeedError {
  return new WirefeedError('WF_E_CONFIG', message, { details: { reason, ...details } });
}

function schemeOf(url: string): string | undefined {
  // Two characters at least, so a Windows drive ("C:\\feeds\\a.xml") still reads as a path.
  return /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();
}

/**
 * The URL as the uniqueness index knows it: http(s) URLs in WHATWG form (so `HTTP://Example.com/a`
 * and `http://example.com/a` are one feed), file URLs and paths as a normalized path. Throws on a URL
 * that cannot be subscribed.
 */
export function subscriptionUrlKey(url: string): string {
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') {
    const parsed = URL.parse(url);
    if (!parsed?.hostname) throw problem(SubscriptionProblem.invalid, `not a valid URL: ${url}`);
    return parsed.href;
  }
  if (scheme === 'file') {
    try {
      return normalize(fileURLToPath(url));
    } catch {
      throw problem(SubscriptionProblem.invalid, `not a local file URL: ${url}`);
    }
  }
  if (scheme && url.includes('://'))
    throw problem(
      SubscriptionProblem.invalid,
      `scheme ${scheme}: is not supported (http, https, or a local file): ${url}`,
    );
  return normalize(resolve(url));
}

/**
 * Whether a URL holds a C0 control character or DEL: the URL parser drops tabs and newlines and trims
 * the rest, so `ht\ttp://x/..` or `\u0001http://..` pass a check made on the parsed URL while the raw
 * text reads as a relative path.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Who may subscribe to a local file: the operator, at the CLI or in feeds.yaml; never OPML or the API. */
export function mayReadLocalFiles(origin: SubscriptionOrigin): boolean {
  return origin === 'cli' || origin === 'yaml';
}

/**
 * The one parse of a feed URL, and what a subscription stores: the WHATWG href of an http(s) URL, or
 * the absolute, normalized path of a local file (`mayReadLocalFiles` origins only). What is checked is
 * what is stored and what is polled. Control characters are refused, whatever the scheme. The refusal
 * of a local path never depends on the file: nothing is read or looked up.
 */
export function storedFeedUrl(raw: string, origin: SubscriptionOrigin): string {
  const url = raw.trim();
  if (hasControlCharacter(url))
    throw problem(
      SubscriptionProblem.invalid,
      `not a usable feed URL: it holds a control character (${JSON.stringify(url)})`,
    );
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') {
    const parsed = URL.parse(url);
    if (!parsed?.hostname) throw problem(SubscriptionProblem.invalid, `not a valid URL: ${url}`);
    return parsed.href;
  }
  if (!mayReadLocalFiles(origin))
    throw problem(
      SubscriptionProblem.invalid,
      'only http and https feed URLs can be subscribed here (local feed files: the CLI or feeds.yaml)',
    );
  if (scheme === 'file') {
    try {
      return normalize(fileURLToPath(url));
    } catch {
      throw problem(SubscriptionProblem.invalid, `not a local file URL: ${url}`);
    }
  }
  if (scheme && url.includes('://'))
    throw problem(
      SubscriptionProblem.invalid,
      `scheme ${scheme}: is not supported (http, https, or a local file): ${url}`,
    );
  return normalize(resolve(url));
}

/** Whether two URLs name one feed, as the uniqueness index sees it; a URL it refuses matches only itself. */
export function sameFeedUrl(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return subscriptionUrlKey(a.trim()) === subscriptionUrlKey(b.trim());
  } catch {
    return false;
  }
}

function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    // OPML's category attribute is a comma list: a comma inside a tag would split it on export.
    if (tag.includes(','))
      throw problem(SubscriptionProblem.invalid, `a tag may not contain a comma: "${tag}"`);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'subscription'}: ${i.message}`).join('; ');
}

/** Validate and tidy a config before it is written; errors are `invalid` problems naming the field. */
export function checkedConfig(input: Record<string, unknown>): SubscriptionConfig {
  const url = typeof input.url === 'string' ? input.url.trim() : input.url;
  const title = typeof input.title === 'string' ? input.title.trim() || undefined : input.title;
  const tags = Array.isArray(input.tags) ? cleanTags(input.tags.map(String)) : input.tags;
  const parsed = SubscriptionConfigSchema.safeParse({ ...input, url, title, tags });
  if (!parsed.success)
    throw problem(SubscriptionProblem.invalid, `invalid subscription: ${describeIssues(parsed.error)}`);
  const config = parsed.data;
  config.url = storedFeedUrl(config.url, config.origin);
  if (config.minIntervalMs > config.maxIntervalMs)
    throw problem(
      SubscriptionProblem.invalid,
      `invalid subscription: minIntervalMs (${config.minIntervalMs}) is above maxIntervalMs (${config.maxIntervalMs})`,
    );
  subscriptionUrlKey(config.url);
  if (!config.paused) delete config.pausedReason;
  return config;
}

export function checkedState(state: unknown): SubscriptionState {
  const parsed = SubscriptionStateSchema.safeParse(state);
  if (!parsed.success)
    throw problem(SubscriptionProblem.invalid, `invalid subscription state: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** A stored record (its two JSON fields) as a Subscription; undefined when absent or unreadable. */
export function decodeRecord(
  id: string,
  config: string | null,
  state: string | null,
  log?: Logger,
): Subscription | undefined {
  if (config === null) return undefined;
  try {
    const c = SubscriptionConfigSchema.parse(JSON.parse(config));
    const s = SubscriptionStateSchema.parse(state === null ? {} : JSON.parse(state));
    return { ...c, state: s };
  } catch (err) {
    // One damaged record must not hide every other subscription from the scheduler.
    log?.error({ err, feedId: id }, 'unreadable subscription record skipped');
    return undefined;
  }
}
