import { startLocalRedis } from '@wirefeed/core';
import type { TestProject } from 'vitest/node';

import './redis.ts';
import { LOCAL_POSTGRES_URL, postgresAnswers } from './postgres.ts';
import { hasPostgresBinaries, startPostgresProcess } from './postgres-process.ts';

type Stop = () => Promise<void>;

/**
 * One Redis and one PostgreSQL for the whole run, each the same way: the URL from the environment
 * when set (REDIS_URL, WIREFEED_TEST_POSTGRES_URL); else a container when a runtime answers; else a
 * local server (a private redis-server on a free port; the machine's PostgreSQL at 127.0.0.1:5432,
 * or a private one from its binaries). Test files keep apart by key prefix and by schema.
 */
export default async function setup(project: TestProject): Promise<Stop> {
  const runtime = await containerRuntimeAnswers();
  const stops: Stop[] = [];
  const redis = await provideRedis(project, runtime);
  stops.push(redis);
  try {
    stops.push(await providePostgres(project, runtime));
  } catch (err) {
    await redis();
    throw err;
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

async function provideRedis(project: TestProject, runtime: boolean): Promise<Stop> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    project.provide('redisSource', 'env');
    return async () => {};
  }
  const container = runtime ? await redisContainer() : undefined;
  if (container) {
    project.provide('redisUrl', container.url);
    project.provide('redisSource', 'container');
    return container.stop;
  }
  const local = await startLocalRedis();
  project.provide('redisUrl', local.url);
  project.provide('redisSource', 'local');
  return local.stop;
}

async function providePostgres(project: TestProject, runtime: boolean): Promise<Stop> {
  const fromEnv = process.env.WIREFEED_TEST_POSTGRES_URL;
  if (fromEnv) {
    project.provide('postgresUrl', fromEnv);
    project.provide('postgresSource', 'env');
    return async () => {};
  }
  const container = runtime ? await postgresContainer() : undefined;
  if (container) {
    project.provide('postgresUrl', container.url);
    project.provide('postgresSource', 'container');
    return container.stop;
  }
  if (await postgresAnswers(LOCAL_POSTGRES_URL)) {
    project.provide('postgresUrl', LOCAL_POSTGRES_URL);
    project.provide('postgresSource', 'local');
    return async () => {};
  }
  if (hasPostgresBinaries()) {
    const pg = await startPostgresProcess();
    project.provide('postgresUrl', pg.url);
    project.provide('postgresSource', 'private');
    return () => pg.close();
  }
  throw new Error(
    `No PostgreSQL for the tests: set WIREFEED_TEST_POSTGRES_URL, run a container runtime, start PostgreSQL at ${LOCAL_POSTGRES_URL}, or install postgresql-15`,
  );
}

async function containerRuntimeAnswers(): Promise<boolean> {
  if (process.env.WIREFEED_TEST_NO_CONTAINERS === '1') return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    // Without a runtime this rejects quickly; the race bounds a runtime that hangs.
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('container runtime timeout')), 5_000).unref(),
      ),
    ]);
    return true;
  } catch {
    return false;
  }
}

async function redisContainer(): Promise<{ url: string; stop: Stop } | undefined> {
  try {
    const { RedisContainer } = await import('@testcontainers/redis');
    const started = await new RedisContainer('redis:7.0.15-alpine').start();
    return { url: started.getConnectionUrl(), stop: async () => void (await started.stop()) };
  } catch {
    return undefined;
  }
}

async function postgresContainer(): Promise<{ url: string; stop: Stop } | undefined> {
  try {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const started = await new PostgreSqlContainer('postgres:15.20-alpine').withDatabase('test').start();
    return { url: started.getConnectionUri(), stop: async () => void (await started.stop()) };
  } catch {
    return undefined;
  }
}
