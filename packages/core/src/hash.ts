import { createHash } from 'node:crypto';

/** Hex SHA-256 of the parts joined by a separator that cannot appear in them by accident. */
export function sha256Hex(...parts: readonly string[]): string {
  const h = createHash('sha256');
  parts.forEach((p, i) => {
    if (i > 0) h.update('\u0000');
    h.update(p);
  });
  return h.digest('hex');
}

/** A 24-hex-digit digest: short enough for keys and job ids, 96 bits against collisions. */
export function shortHash(...parts: readonly string[]): string {
  return sha256Hex(...parts).slice(0, 24);
}

/**
 * The stable story id: the same for every version of one item of one feed. The identity is the
 * first of guid, canonical URL, link, or headline+date that the item has (see normalize).
 */
export function storyIdFor(feedId: string, identity: string): string {
  return shortHash('story', feedId, identity);
}
