import { parseArgs } from 'node:util';
import { isWirefeedError, loadConfig, parseDuration, runServices } from '@wirefeed/core';
import type { StageServiceName } from './service-loaders.ts';
import { loadService, SERVICE_LOADERS } from './service-loaders.ts';
import { UsageError } from './usage-error.ts';

// Commands and services are imported when used, so `wirefeed service fetcher` does not load the
// enricher's gazetteer or the dashboard's web stack.
type ServiceName = StageServiceName | 'dashboard';
const SERVICE_NAMES = [...Object.keys(SERVICE_LOADERS), 'dashboard'] as ServiceName[];
const dashboard = () => import('@wirefeed/service-dashboard');

export const USAGE = `Usage: wirefeed <command> [options]

Commands:
  start                       every service and the dashboard API in one process
  service NAME                one service (${SERVICE_NAMES.join(', ')})
  process [options] SOURCE…   run feed files or URLs through the pipeline once, print the stories
      --out PATH                write NDJSON to PATH instead of stdout
      --format story|ninjs      document format (default story)
      --duplicates drop|mark    drop duplicates (default) or deliver them marked
      --timeout DURATION        give up after this long (default 10m)
  feeds add URL [options]     subscribe to a feed (an http(s) URL or a feed file)
      --id ID --title T         its id (default: derived from the URL) and title
      --tag T                   a tag; repeat it or give a comma list
      --interval 5m             poll interval (default WIREFEED_POLL_INTERVAL; at least 10s)
      --max-interval 24h        the longest the fetcher may back off to
  feeds list [--json]         subscriptions: status, interval, last fetch, items, last error
  feeds remove|resume ID      unsubscribe; resume polling
  feeds pause ID [--reason R] stop polling, keeping the subscription and its state
  feeds import FILE.opml      add every feed of an OPML file (already subscribed ones are skipped)
  feeds export                every subscription as OPML on stdout
  queues                      job counts per stage and state
  dead-letters [SINK]         stories a sink gave up on (its failed set), per sink
  dead-letters retry [SINK] --all | JOB_ID…
                              send them to the sink again, with fresh attempts
  replay STORY_ID             run a story through the pipeline again from its kept raw item
  help                        this text

Configuration comes from the environment (REDIS_URL, WIREFEED_*, LOG_LEVEL); see README.md.
`;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

async function dispatch(argv: string[]): Promise<number | 'running'> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'start': {
      const names = Object.keys(SERVICE_LOADERS) as StageServiceName[];
      const factories = await Promise.all(names.map(loadService));
      await (await dashboard()).runDashboard(config, 'start', factories);
      return 'running';
    }
    case 'service': {
      const name = rest[0] as ServiceName | undefined;
      if (!name || !SERVICE_NAMES.includes(name))
        throw new UsageError(`service NAME: one of ${SERVICE_NAMES.join(', ')}`);
      if (name === 'dashboard') await (await dashboard()).runDashboard(config, name, []);
      else {
        await runServices(config, {
          name,
          factories: [await loadService(name)],
          port: config.WIREFEED_HEALTH_PORT,
          host: '0.0.0.0',
        });
      }
      return 'running';
    }
    case 'process': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          format: { type: 'string' },
          duplicates: { type: 'string' },
          timeout: { type: 'string' },
        },
      });
      if (positionals.length === 0)
        throw new UsageError('process needs at least one SOURCE (a feed file or URL)');
      const { processCommand } = await import('./commands/process.ts');
      return processCommand(config, {
        sources: positionals,
        ...(values.out ? { out: values.out } : {}),
        format: oneOf(values.format, ['story', 'ninjs'], '--format', 'story'),
        duplicates: oneOf(values.duplicates, ['drop', 'mark'], '--duplicates', 'drop'),
        timeoutMs: parseDuration(values.timeout ?? '10m'),
      });
    }
    case 'feeds':
      return (await import('./commands/feeds.ts')).feedsCommand(config, rest);
    case 'queues':
      return (await import('./commands/queues.ts')).queuesCommand(config);
    case 'replay':
      return (await import('./commands/replay.ts')).replayCommand(config, rest);
    case 'dead-letters':
      return (await import('./commands/dead-letters.ts')).deadLettersCommand(config, rest);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Run the CLI; resolves to the exit code, or never for long-running commands (signals end them). */
export async function main(argv: string[]): Promise<void> {
  try {
    const code = await dispatch(argv);
    if (code !== 'running') {
      process.exitCode = code;
      // A one-shot command is done: leave even if a connection lingers (on a Redis Cluster, BullMQ
      // worker connections are not always closed by worker.close()), once output had a moment to drain.
      setTimeout(() => process.exit(code), 1_000).unref();
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`wirefeed: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (isWirefeedError(err)) {
      process.stderr.write(`wirefeed: ${err.message}\n`);
      process.exitCode = 1;
    } else throw err;
  }
}
