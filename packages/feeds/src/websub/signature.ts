import { createHmac, timingSafeEqual } from 'node:crypto';

/** The HMAC algorithms WebSub names for `X-Hub-Signature: <method>=<hex>`. */
export const SignatureAlgorithm = {
  sha1: 'sha1',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
} as const;
export type SignatureAlgorithm = (typeof SignatureAlgorithm)[keyof typeof SignatureAlgorithm];

const DIGEST_BYTES: Record<SignatureAlgorithm, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

export type SignatureCheck =
  | { ok: true; algorithm: SignatureAlgorithm | undefined }
  | { ok: false; reason: 'missing' | 'malformed' | 'unknown-algorithm' | 'mismatch' };

function isAlgorithm(name: string): name is SignatureAlgorithm {
  return Object.hasOwn(DIGEST_BYTES, name);
}

/** `X-Hub-Signature` value for a body: what a hub sends (used by tests and any hub we write). */
export function signBody(
  body: Uint8Array | string,
  secret: string,
  algorithm: SignatureAlgorithm = 'sha256',
): string {
  return `${algorithm}=${createHmac(algorithm, secret).update(body).digest('hex')}`;
}

/**
 * Checks a content distribution's `X-Hub-Signature` against the subscription's secret, in constant
 * time. With a secret set, a missing header, an unknown method or a wrong digest fails; without one
 * there is nothing to check (ok, algorithm undefined). Pure.
 */
export function checkSignature(
  body: Uint8Array | string,
  header: string | undefined,
  secret: string | undefined,
): SignatureCheck {
  if (secret === undefined) return { ok: true, algorithm: undefined };
  if (header === undefined || header.trim() === '') return { ok: false, reason: 'missing' };
  const m = /^\s*([A-Za-z0-9-]+)=([0-9A-Fa-f]+)\s*$/.exec(header);
  if (!m?.[1] || !m[2]) return { ok: false, reason: 'malformed' };
  const algorithm = m[1].toLowerCase();
  if (!isAlgorithm(algorithm)) return { ok: false, reason: 'unknown-algorithm' };
  const given = Buffer.from(m[2], 'hex');
  // Checked before timingSafeEqual, which throws on unequal lengths; the length is no secret.
  if (given.length !== DIGEST_BYTES[algorithm] || m[2].length % 2 !== 0)
    return { ok: false, reason: 'malformed' };
  const want = createHmac(algorithm, secret).update(body).digest();
  return timingSafeEqual(given, want) ? { ok: true, algorithm } : { ok: false, reason: 'mismatch' };
}

/** True when the signature is valid for the secret (or there is no secret). See `checkSignature`. */
export function verifySignature(
  body: Uint8Array | string,
  header: string | undefined,
  secret: string | undefined,
): boolean {
  return checkSignature(body, header, secret).ok;
}
