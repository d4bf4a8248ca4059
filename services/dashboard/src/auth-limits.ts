import type { Logger } from '@wirefeed/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Failed logins and bearer tokens allowed per client address in a window; past it, 429. */
export const AUTH_FAILURES_ALLOWED = 10;
export const AUTH_FAILURE_WINDOW_MS = 60_000;

export type AuthVia = 'login' | 'bearer';

/** What to answer a request that presented credentials. */
export interface AuthLimits {
  /** True while the client has failed too often: answer 429 without looking at its credential. */
  blocked(req: FastifyRequest): Promise<boolean>;
  /** Count and log one failure; true when that one went past the limit (answer 429, not 401). */
  failed(req: FastifyRequest, via: AuthVia): Promise<boolean>;
}

/**
 * Failed logins and bearer tokens counted per client address (`req.ip`: behind a trusted proxy, the
 * forwarded one) with @fastify/rate-limit's counter (in Redis, shared by dashboard replicas), and
 * logged. Only failures count; once past the limit every attempt from that address is refused until
 * the window ends, a correct token too, so guessing gains nothing from being fast.
 */
export function createAuthLimits(
  app: FastifyInstance,
  log: Logger,
  options: { max?: number; windowMs?: number } = {},
): AuthLimits {
  let counter: ReturnType<FastifyInstance['createRateLimit']> | undefined;
  // Created at first use: `createRateLimit` exists once the plugin has loaded.
  const count = () => {
    counter ??= app.createRateLimit({
      max: options.max ?? AUTH_FAILURES_ALLOWED,
      timeWindow: options.windowMs ?? AUTH_FAILURE_WINDOW_MS,
      keyGenerator: (req) => `auth-failures:${req.ip}`,
    });
    return counter;
  };
  return {
    async blocked(req) {
      const state = await count()(req, { increment: false });
      return !state.isAllowed && state.isExceeded;
    },
    async failed(req, via) {
      const state = await count()(req);
      if (state.isAllowed) return false;
      log.warn(
        { ip: req.ip, via, attemptsLeft: state.remaining, limit: state.max },
        'dashboard authentication failed',
      );
      if (!state.isExceeded) return false;
      log.warn({ ip: req.ip, via, retryAfterS: state.ttlInSeconds }, 'dashboard authentication rate limited');
      return true;
    },
  };
}
