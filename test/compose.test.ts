import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SERVICE_NAMES } from '@wirefeed/core/services';
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

  it('pins the images it pulls to exact versions', () => {
    for (const name of INFRASTRUCTURE) {
      expect(compose.services[name]?.image, name).toMatch(
        /^[a-z]+:\d+\.\d+(\.\d+)?-alpine(@sha256:[0-9a-f]{64})?$/,
      );
    }
  });

  it('mounts feeds.yaml into the scheduler', () => {
    const scheduler = compose.services.scheduler as { volumes?: string[] };
    expect(scheduler.volumes).toContain('./feeds.yaml:/config/feeds.yaml:ro');
    expect(compose.services.scheduler?.environment?.WIREFEED_FEEDS_FILE).toBe('/config/feeds.yaml');
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

describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));
  const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
  const ignored = readFileSync(new URL('.dockerignore', root), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const workspaces = ['packages', 'services']
    .flatMap((dir) => readdirSync(new URL(`${dir}/`, root)).map((name) => `${dir}/${name}`))
    .filter((ws) => !ignored.includes(ws));

  it('pins its base image to an exact version (or a digest)', () => {
    const base = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1] ?? '';
    expect(base).toMatch(/^node:\d+\.\d+\.\d+-[a-z]+-slim(@sha256:[0-9a-f]{64})?$/);
    // The Node the repository itself runs on.
    const node = (
      JSON.parse(readFileSync(new URL('node_modules/node/package.json', root), 'utf8')) as { version: string }
    ).version;
    expect(base).toContain(`node:${node}-`);
  });

  it('copies every manifest, runs npm ci, then copies the sources: an edit keeps the dependency layer', () => {
    const npmCi = at(/^RUN npm ci --omit=dev/);
    expect(npmCi).toBeGreaterThan(0);
    expect(at(/^COPY package\.json package-lock\.json/)).toBeLessThan(npmCi);
    for (const ws of workspaces) {
      const copy = at(new RegExp(`^COPY ${ws}/package\\.json ${ws}/$`));
      expect({ ws, before: copy !== -1 && copy < npmCi }).toEqual({ ws, before: true });
    }
    for (const src of ['packages', 'services'])
      expect(at(new RegExp(`^COPY ${src} \\./${src}$`))).toBeGreaterThan(npmCi);
  });

  it('checks readiness on /readyz', () => {
    expect(dockerfile).toMatch(/^HEALTHCHECK [^\n]*\\\n\s+CMD .*\/readyz/m);
  });

  it('contains the sample feed that feeds.yaml subscribes to, so a first run delivers stories', () => {
    const feeds = (parse(readFileSync(new URL('feeds.yaml', root), 'utf8')) as { feeds: { url: string }[] })
      .feeds;
    const local = feeds.map((f) => f.url).filter((u) => !/^https?:/.test(u));
    expect(local.length).toBeGreaterThan(0);
    for (const path of local) {
      const rel = path.replace(/^\.\//, '');
      expect(existsSync(new URL(rel, root)), path).toBe(true);
      const top = rel.split('/')[0] ?? '';
      // Copied into the image's working directory, and not left out by .dockerignore.
      expect(at(new RegExp(`^COPY ${top} \\./${top}$`)), path).toBeGreaterThan(0);
      expect(
        ignored.some((p) => p === top || p === rel),
        path,
      ).toBe(false);
    }
    expect(at(/^WORKDIR \/app$/)).toBeGreaterThan(0);
  });

  it('leaves what the image does not need out of the build context', () => {
    for (const p of ['node_modules', '**/node_modules', 'test', 'bench', '**/*.test.ts', '.git'])
      expect(ignored).toContain(p);
  });

  it('leaves the test fixtures out: not in the context, no manifest copied, a devDependency only', () => {
    expect(ignored).toContain('packages/testing');
    expect(at(/^COPY packages\/testing\//)).toBe(-1);
    for (const dir of ['packages', 'services']) {
      for (const name of readdirSync(new URL(`${dir}/`, root))) {
        const manifest = JSON.parse(readFileSync(new URL(`${dir}/${name}/package.json`, root), 'utf8')) as {
          dependencies?: Record<string, string>;
        };
        expect({ ws: `${dir}/${name}`, dep: manifest.dependencies?.['@wirefeed/testing'] }).toEqual({
          ws: `${dir}/${name}`,
          dep: undefined,
        });
      }
    }
  });
});
