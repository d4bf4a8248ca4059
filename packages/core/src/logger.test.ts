import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('createLogger', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-logger-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const logTo = (file: string, pretty?: boolean) => {
    const fd = openSync(join(dir, file), 'w');
    const log = createLogger({
      name: 'fetcher',
      destination: fd,
      ...(pretty === undefined ? {} : { pretty }),
    });
    log.child({ feedId: 'world' }).warn({ items: 4 }, 'feed fetched');
    log.flush();
    return new Promise<string>((resolve) =>
      setTimeout(() => {
        closeSync(fd);
        resolve(readFileSync(join(dir, file), 'utf8'));
      }, 50),
    );
  };

  it('writes JSON where the destination is not a terminal (pipes, files, containers)', async () => {
    const line = JSON.parse(await logTo('json.log'));
    expect(line).toMatchObject({
      level: 'warn',
      process: 'fetcher',
      feedId: 'world',
      items: 4,
      msg: 'feed fetched',
    });
  });

  it('writes one human-readable line per entry when pretty', async () => {
    const text = await logTo('pretty.log', true);
    expect(text).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: \(fetcher\) feed fetched \{.*"feedId":"world".*"items":4.*\}\n$/,
    );
    // No colour codes when the destination is not a terminal.
    expect(text).not.toContain('\x1b[');
  });
});
