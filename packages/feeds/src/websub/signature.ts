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

/** A signature check fed the body as it arrives, so a push is verified without a second pass over it. */
export interface SignatureStream {
  update(chunk: Uint8Array | string): void;
  /** The verdict over every chunk given; later calls repeat it. */
  finish(): SignatureCheck;
}

export type SignatureStart =
  | { ok: true; stream: SignatureStream }
  | { ok: false; reason: 'missing' | 'malformed' | 'unknown-algorithm' };

type ParsedHeader = { algorithm: SignatureAlgorithm; given: Buffer };

function parseHeader(header: string | undefined): ParsedHeader | Extract<SignatureStart, { ok: false }> {
  if (header === undefined || header.trim() === '') return { ok: false, reason: 'missing' };
  const m = /^\s*([A-Za-z0-9-]+)=([0-9A-Fa-f]+)\s*$/.exec(header);
  if (!m?.[1] || !m[2]) return { ok: false, reason: 'malformed' };
  const algorithm = m[1].toLowerCase();
  if (!isAlgorithm(algorithm)) return { ok: false, reason: 'unknown-algorithm' };
  const given = Buffer.from(m[2], 'hex');
  // Checked before timingSafeEqual, which throws on unequal lengths; the length is no secret.
  if (given.length !== DIGEST_BYTES[algorithm] || m[2].length % 2 !== 0)
    return { ok: false, reason: 'malformed' };
  return { algorithm, given };
}

/**
 * Starts checking a content distribution's `X-Hub-Signature` against the subscription's secret,
 * before its body is read. A header that cannot match (missing, malformed, unknown method) fails at
 * once, so the caller need not keep the body of a push it will ignore; otherwise feed the body to
 * the stream and `finish()` compares in constant time. Without a secret there is nothing to check.
 */
export function startSignatureCheck(header: string | undefined, secret: string | undefined): SignatureStart {
  if (secret === undefined) {
    return { ok: true, stream: { update() {}, finish: () => ({ ok: true, algorithm: undefined }) } };
  }
  const parsed = parseHeader(header);
  if (!('algorithm' in parsed)) return parsed;
  const { algorithm, given } = parsed;
  const hmac = createHmac(algorithm, secret);
  let verdict: SignatureCheck | undefined;
  return {
    ok: true,
    stream: {
      update(chunk) {
        if (verdict === undefined) hmac.update(chunk);
      },
      finish() {
        verdict ??= timingSafeEqual(given, hmac.digest())
          ? { ok: true, algorithm }
          : { ok: false, reason: 'mismatch' };
        return verdict;
      },
    },
  };
}

/**
 * Checks a content distribution's `X-Hub-Signature` over a whole body: see `startSignatureCheck`.
 * With a secret set, a missing header, an unknown method or a wrong digest fails. Pure.
 */
export function checkSignature(
  body: Uint8Array | string,
  header: string | undefined,
  secret: string | undefined,
): SignatureCheck {
  const start = startSignatureCheck(header, secret);
  if (!start.ok) return start;
  start.stream.update(body);
  return start.stream.finish();
}

/** True when the signature is valid for the secret (or there is no secret). See `checkSignature`. */
export function verifySignature(
  body: Uint8Array | string,
  header: string | undefined,
  secret: string | undefined,
): boolean {
  return checkSignature(body, header, secret).ok;
}
