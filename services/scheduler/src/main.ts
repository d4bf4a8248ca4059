// The scheduler service on its own (one container, one replica): the only file here with side effects.
import { loadConfig, runMain, runServices } from '@wirefeed/core';
import { createScheduler } from './scheduler.ts';

await runMain(async () => {
  const config = loadConfig();
  await runServices(config, {
    name: 'scheduler',
    factories: [(deps) => createScheduler(deps)],
    port: config.WIREFEED_HEALTH_PORT,
    portSetting: 'WIREFEED_HEALTH_PORT',
    host: '0.0.0.0',
  });
});
