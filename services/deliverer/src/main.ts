// The deliverer service on its own (one container, one replica): the only file here with side effects.
import { loadConfig, runMain, runServices } from '@wirefeed/core';
import { createDeliverer } from './deliverer.ts';

await runMain(async () => {
  const config = loadConfig();
  await runServices(config, {
    name: 'deliverer',
    factories: [(deps) => createDeliverer(deps)],
    port: config.WIREFEED_HEALTH_PORT,
    portSetting: 'WIREFEED_HEALTH_PORT',
    host: '0.0.0.0',
  });
});
