import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, signBody, startSignatureCheck, verifySignature } from './signature.ts';

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

describe('startSignatureCheck', () => {
  it('verifies a body fed in chunks as it arrives, as one whole body would be', () => {
    const start = startSignatureCheck(signBody(body, secret, 'sha512'), secret);
    if (!start.ok) throw new Error(start.reason);
    for (let i = 0; i < body.length; i += 3) start.stream.update(body.subarray(i, i + 3));
    expect(start.stream.finish()).toEqual({ ok: true, algorithm: 'sha512' });
    // Asked again, it repeats the verdict rather than throwing on a finished HMAC.
    expect(start.stream.finish()).toEqual({ ok: true, algorithm: 'sha512' });
  });

  it('reports a chunked body that differs from the signed one as a mismatch', () => {
    const start = startSignatureCheck(signBody(body, secret), secret);
    if (!start.ok) throw new Error(start.reason);
    start.stream.update(body.subarray(0, 5));
    start.stream.update('tampered');
    expect(start.stream.finish()).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('fails before any body is read when the header alone cannot match', () => {
    expect(startSignatureCheck(undefined, secret)).toEqual({ ok: false, reason: 'missing' });
    expect(startSignatureCheck('sha256=abc', secret)).toEqual({ ok: false, reason: 'malformed' });
    expect(startSignatureCheck('md5=00', secret)).toEqual({ ok: false, reason: 'unknown-algorithm' });
  });
});
