import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, signBody, verifySignature } from './signature.ts';

const body = Buffer.from('<feed>pushed</feed>');
const secret = 'a'.repeat(64);

describe('verifySignature', () => {
  it.each(['sha1', 'sha256', 'sha384', 'sha512'] as const)('accepts a valid %s signature', (algorithm) => {
    const header = `${algorithm}=${createHmac(algorithm, secret).update(body).digest('hex')}`;
    expect(checkSignature(body, header, secret)).toEqual({ ok: true, algorithm });
  });

  it('accepts upper-case method and hex, and a string body', () => {
    expect(verifySignature(body, signBody(body, secret).toUpperCase(), secret)).toBe(true);
    expect(verifySignature(body.toString(), signBody(body, secret), secret)).toBe(true);
  });

  it('rejects a signature made with another secret or over another body', () => {
    expect(checkSignature(body, signBody(body, 'other'), secret)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature(Buffer.from('<feed>changed</feed>'), signBody(body, secret), secret)).toBe(false);
  });

  it('rejects missing, malformed and unknown signatures when a secret is set', () => {
    expect(checkSignature(body, undefined, secret)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(body, '  ', secret)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(body, 'sha256', secret)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(body, 'sha256=abc', secret)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(body, 'sha256=zz', secret)).toEqual({ ok: false, reason: 'malformed' });
    const md5 = `md5=${createHmac('md5', secret).update(body).digest('hex')}`;
    expect(checkSignature(body, md5, secret)).toEqual({ ok: false, reason: 'unknown-algorithm' });
    // A sha1-length digest labelled sha256 must not reach timingSafeEqual with unequal lengths.
    const short = `sha256=${createHmac('sha1', secret).update(body).digest('hex')}`;
    expect(checkSignature(body, short, secret)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(body, 'constructor=00', secret)).toEqual({
      ok: false,
      reason: 'unknown-algorithm',
    });
  });

  it('has nothing to check without a secret', () => {
    expect(checkSignature(body, undefined, undefined)).toEqual({ ok: true, algorithm: undefined });
  });
});
