import { createHash, randomBytes } from 'node:crypto';
import type { RedisClient } from '@wirefeed/core';
import { isWirefeedError, WirefeedError } from '@wirefeed/core';
import type { Role } from './auth.ts';
import { Role as Roles } from './auth.ts';

/** A session lasts this long; logging in again starts a new one. */
export const SESSION_TTL_MS = 12 * 3_600_000;

/** Dashboard sessions kept on the server: logging out ends one at once, wherever its cookie went. */
export interface Sessions {
  /** A new session for `role`; its id goes in the (signed) cookie. */
  create(role: Role): Promise<string>;
  /** The role of a live session, or undefined. */
  role(id: string): Promise<Role | undefined>;
  revoke(id: string): Promise<void>;
}

const keyOf = (prefix: string, id: string) =>
  // Hashed: whoever can read Redis still cannot use what is stored there as a cookie.
  `${prefix}:dashboard:session:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;

async function redisOp<T>(what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (isWirefeedError(err)) throw err;
    throw new WirefeedError('WF_E_REDIS', `dashboard sessions: ${what} failed`, { cause: err });
  }
}

/**
 * Sessions in Redis, `{p}:dashboard:session:<sha256(id)>` → role, expiring after `ttlMs`. Ids are 256
 * random bits; nothing about a session is in its cookie but its id.
 */
export function createSessions(options: { redis: RedisClient; prefix: string; ttlMs?: number }): Sessions {
  const { redis, prefix } = options;
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  return {
    async create(role) {
      const id = randomBytes(32).toString('base64url');
      await redisOp('create', () => redis.set(keyOf(prefix, id), role, 'PX', ttlMs));
      return id;
    },
    async role(id) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
      const role = await redisOp('read', () => redis.get(keyOf(prefix, id)));
      return role === Roles.admin || role === Roles.viewer ? role : undefined;
    },
    async revoke(id) {
      await redisOp('revoke', () => redis.del(keyOf(prefix, id)));
    },
  };
}
