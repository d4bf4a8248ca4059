import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { runServices } from './service-main.ts';

// The listen check comes before Redis: these runs end there, with no Redis to reach.
const config = loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: 'redis://127.0.0.1:1' });
const settings = { portSetting: 'WIREFEED_DASHBOARD_PORT', hostSetting: 'WIREFEED_DASHBOARD_HOST' };

describe('runServices: an address it cannot listen on', () => {
  it('says to pick another port when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(
        runServices(config, { name: 't', factories: [], port, host: '127.0.0.1', ...settings }),
      ).rejects.toThrow(/EADDRINUSE.*; set WIREFEED_DASHBOARD_PORT to a free port$/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('names the host setting, not the port, when the address is not this machine’s', async () => {
    // 192.0.2.1 (TEST-NET-1) is never a local address: EADDRNOTAVAIL, no DNS involved.
    const run = runServices(config, { name: 't', factories: [], port: 3999, host: '192.0.2.1', ...settings });
    await expect(run).rejects.toThrow(
      /^cannot listen on 192\.0\.2\.1:3999 \(.*\); set WIREFEED_DASHBOARD_HOST to an address of this machine$/,
    );
  });
});
