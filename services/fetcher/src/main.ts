// The fetcher service on its own (one container, one replica): the only file here with side effects.
import { loadConfig, runMain, runServices } from '@wirefeed/core';
import { createFetcher } from './fetcher.ts';

await runMain(async () => {
  const config = loadConfig();
  await runServices(config, {
    name: 'fetcher',
    factories: [(deps) => createFetcher(deps)],
    port: config.WIREFEED_HEALTH_PORT,
    portSetting: 'WIREFEED_HEALTH_PORT',
    host: '0.0.0.0',
  });
});
