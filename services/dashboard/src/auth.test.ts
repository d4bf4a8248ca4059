import { describe, expect, it } from 'vitest';
import { bearerToken, roleForToken, signingKey } from './auth.ts';

const tokens = { admin: 'a'.repeat(24), viewer: 'v'.repeat(24) };

describe('auth', () => {
  it('grants admin and viewer by token, nothing otherwise', () => {
    expect(roleForToken(tokens, 'a'.repeat(24))).toBe('admin');
    expect(roleForToken(tokens, 'v'.repeat(24))).toBe('viewer');
    expect(roleForToken(tokens, 'a'.repeat(23))).toBeUndefined();
    expect(roleForToken(tokens, '')).toBeUndefined();
    expect(roleForToken({ admin: tokens.admin }, 'v'.repeat(24))).toBeUndefined();
  });

  it('derives a different signing key when a token changes', () => {
    expect(signingKey(tokens)).not.toBe(signingKey({ ...tokens, admin: 'b'.repeat(24) }));
    expect(signingKey(tokens)).not.toBe(signingKey({ admin: tokens.admin }));
  });

  it('takes the token of a Bearer header only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
