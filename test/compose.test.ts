import { existsSync, readFileSync } from 'node:fs';
import { SERVICE_NAMES } from '@wirefeed/cli';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
// Compose files use YAML merge keys (<<), which the yaml package applies only when asked.
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    { command?: string[]; build?: string; image?: string; environment?: Record<string, string> }
  >;
};

// What Wirefeed runs on rather than what it is: official images, not built from the repo.
const INFRASTRUCTURE = new Set(['redis', 'postgres']);

describe('docker-compose.yml', () => {
  const services = Object.entries(compose.services);

  it('runs only services that `wirefeed service` knows', () => {
    const named = services.flatMap(([, s]) => (s.command?.[0] === 'service' ? [s.command[1]] : []));
    expect(named.length).toBeGreaterThanOrEqual(7);
    for (const name of named) expect(SERVICE_NAMES).toContain(name);
  });

  it('has one container for every service, so each stage can be scaled', () => {
    const named = new Set(services.flatMap(([, s]) => (s.command?.[0] === 'service' ? [s.command[1]] : [])));
    for (const name of SERVICE_NAMES) expect(named).toContain(name);
  });

  it('builds every service from the one Dockerfile in the repo', () => {
    expect(existsSync(new URL('Dockerfile', root))).toBe(true);
    for (const [, s] of services.filter(([n]) => !INFRASTRUCTURE.has(n))) expect(s.build).toBe('.');
  });

  it('runs Redis with AOF persistence and noeviction', () => {
    const cmd = compose.services.redis?.command?.join(' ') ?? '';
    expect(cmd).toMatch(/--appendonly yes/);
    expect(cmd).toMatch(/--maxmemory-policy noeviction/);
  });

  it('points every service at the compose Redis', () => {
    for (const [name, s] of services.filter(([n]) => !INFRASTRUCTURE.has(n))) {
      expect(s.environment?.REDIS_URL, name).toBe('redis://redis:6379');
    }
  });

  it('runs PostgreSQL for the default archive sink, and the deliverer waits for it', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:15/);
    const sinks = compose.services.deliverer?.environment?.WIREFEED_SINKS ?? '';
    expect(sinks).toContain('postgres://wirefeed:wirefeed@postgres:5432/wirefeed');
    expect(Object.keys((compose.services.deliverer as { depends_on?: object }).depends_on ?? {})).toEqual([
      'redis',
      'postgres',
    ]);
  });
});
