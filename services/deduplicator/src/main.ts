// The deduplicator service on its own (one container, one replica): the only file here with side effects.
import { loadConfig, runMain, runServices } from '@wirefeed/core';
import { createDeduplicator } from './deduplicator.ts';

await runMain(async () => {
  const config = loadConfig();
  await runServices(config, {
    name: 'deduplicator',
    factories: [(deps) => createDeduplicator(deps)],
    port: config.WIREFEED_HEALTH_PORT,
    portSetting: 'WIREFEED_HEALTH_PORT',
    host: '0.0.0.0',
  });
});
