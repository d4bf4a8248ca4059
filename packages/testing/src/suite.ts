import { afterAll, beforeAll } from 'vitest';

/**
 * A resource for every test of the enclosing `describe`: created in `beforeAll`, disposed in
 * `afterAll`. Returns a getter (`const redis = inSuite(() => testRedis('x'))`, then `redis().a`).
 * In a single test, `await using r = await testRedis('x')` does the same without hooks.
 */
export function inSuite<T extends AsyncDisposable>(create: () => Promise<T>, timeoutMs?: number): () => T {
  let resource: T | undefined;
  beforeAll(async () => {
    resource = await create();
  }, timeoutMs);
  afterAll(async () => {
    await resource?.[Symbol.asyncDispose]();
  }, timeoutMs);
  return () => {
    if (!resource) throw new Error('suite resource used before beforeAll ran');
    return resource;
  };
}
