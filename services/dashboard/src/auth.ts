import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const Role = { admin: 'admin', viewer: 'viewer' } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Who a request is: the role, and whether a bearer token or a session cookie said so. */
export interface Auth {
  role: Role;
  via: 'bearer' | 'session';
}

export const SESSION_COOKIE = 'wf_session';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares through fixed-length digests, so neither content nor length leaks through timing. */
function same(given: string, want: string): boolean {
  return timingSafeEqual(digest(given), digest(want));
}

export interface Tokens {
  admin: string;
  viewer?: string;
}

/** The role a token grants, if any. */
export function roleForToken(tokens: Tokens, given: string | undefined): Role | undefined {
  if (!given) return undefined;
  // Both compared every time: how long it takes does not tell which one matched.
  const admin = same(given, tokens.admin);
  const viewer = tokens.viewer !== undefined && same(given, tokens.viewer);
  if (admin) return Role.admin;
  return viewer ? Role.viewer : undefined;
}

/**
 * The key sessions and CSRF secrets are signed with, derived from the tokens: a new token (a restart
 * that generated one, a rotated one) ends every session made with the old.
 */
export function signingKey(tokens: Tokens): string {
  return createHmac('sha256', tokens.admin)
    .update(`wirefeed-dashboard-session\n${tokens.viewer ?? ''}`)
    .digest('base64url');
}

/** The bearer token of an Authorization header. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
