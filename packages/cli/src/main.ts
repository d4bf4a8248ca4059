import type { Config, WorkerServiceName } from '@wirefeed/core';
import { isServiceName, SERVICE_NAMES } from '@wirefeed/core/services';
import { atMost, parseCommand } from './args.ts';
import type { CommandName } from './help.ts';
import { commandHelp, isCommand, mainHelp, shortUsage, version } from './help.ts';
import { UsageError } from './usage-error.ts';

// Commands and services are imported when used, so `wirefeed service fetcher` does not load the
// enricher's gazetteer or the dashboard's web stack, and help and usage errors load nothing at all.
const dashboard = () => import('@wirefeed/service-dashboard');
const core = () => import('@wirefeed/core');
const loaders = () => import('./service-loaders.ts');

/** The whole usage, as `wirefeed --help` prints it. */
export const USAGE = mainHelp();

function oneOf<T extends string>(
  command: CommandName,
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`, command);
  return value as T;
}

const SUBCOMMANDS: Partial<Record<CommandName, readonly string[]>> = {
  feeds: ['add', 'list', 'remove', 'pause', 'resume', 'import', 'export'],
  'dead-letters': ['retry'],
};

/** Which command a command line names, and the arguments left for it. */
function resolveCommand(argv: readonly string[]): { command: CommandName; args: string[] } {
  const [first = '', ...rest] = argv;
  if (!isCommand(first) || first.includes(' ')) throw new UsageError(`unknown command "${first}"`);
  const subs = SUBCOMMANDS[first];
  const sub = rest[0];
  if (subs && sub !== undefined && subs.includes(sub)) {
    return { command: `${first} ${sub}` as CommandName, args: rest.slice(1) };
  }
  if (first === 'feeds' && !wantsHelp(rest)) {
    throw new UsageError(
      sub === undefined ? `feeds needs a command: ${subs?.join(', ')}` : `unknown feeds command "${sub}"`,
      'feeds',
    );
  }
  return { command: first, args: rest };
}

/** -h or --help anywhere before `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

function helpCommand(args: string[]): number {
  const named = args.filter((a) => a !== '-h' && a !== '--help');
  if (named.length === 0) {
    process.stdout.write(args.length === 0 ? mainHelp() : commandHelp('help'));
    return 0;
  }
  const { command } = resolveCommand([...named, '--help']);
  process.stdout.write(commandHelp(command));
  return 0;
}

async function dispatch(argv: string[]): Promise<number | 'running'> {
  const [first] = argv;
  if (first === undefined) {
    process.stderr.write(mainHelp());
    return 2;
  }
  if (first === '-h' || first === '--help') {
    process.stdout.write(mainHelp());
    return 0;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    process.stdout.write(`wirefeed ${version()}\n`);
    return 0;
  }
  const { command, args } = resolveCommand(argv);
  if (command === 'help') return helpCommand(args);
  // Help has no side effects: nothing below (configuration, Redis, ./data) runs for it.
  if (wantsHelp(args)) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  // Arguments are checked before anything starts; configuration is read once they are known good.
  const { loadConfig, parseDuration, runServices } = await core();
  let config: Config | undefined;
  const configured = () => {
    config ??= loadConfig();
    return config;
  };
  switch (command) {
    case 'start': {
      atMost(command, parseCommand(command, args, {}).positionals, 0, '');
      const c = configured();
      const factories = await (await loaders()).loadWorkerServices();
      await (await dashboard()).runDashboard(c, 'start', factories);
      return 'running';
    }
    case 'service': {
      const { positionals: names } = parseCommand(command, args, {});
      if (names.length === 0)
        throw new UsageError(`service needs a NAME: ${SERVICE_NAMES.join(', ')}`, command);
      for (const name of names) {
        if (!isServiceName(name))
          throw new UsageError(`unknown service "${name}" (one of ${SERVICE_NAMES.join(', ')})`, command);
      }
      if (new Set(names).size !== names.length) throw new UsageError('a service named twice', command);
      const c = configured();
      if (names.includes('dashboard')) {
        atMost(command, names, 1, 'the dashboard alone');
        await (await dashboard()).runDashboard(c, 'dashboard', []);
      } else {
        // Several names run in one process, sharing its connections and threads: the story stages
        // among them cross as one job (ADR 0021).
        const workerNames = names as WorkerServiceName[];
        await runServices(c, {
          name: workerNames.join('+'),
          factories: await (await loaders()).loadServices(workerNames),
          port: c.WIREFEED_HEALTH_PORT,
          portSetting: 'WIREFEED_HEALTH_PORT',
          host: '0.0.0.0',
        });
      }
      return 'running';
    }
    case 'process': {
      const { values, positionals } = parseCommand(command, args, {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        duplicates: { type: 'string' },
        timeout: { type: 'string' },
        sinks: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
      });
      if (positionals.length === 0)
        throw new UsageError('process needs at least one SOURCE (a feed file or an http(s) URL)', command);
      if (values.sinks && values.out !== undefined)
        throw new UsageError(
          '--out and --sinks do not go together: --sinks writes to the configured sinks',
          command,
        );
      if (values.quiet && values.verbose)
        throw new UsageError('--quiet and --verbose do not go together', command);
      let timeoutMs: number;
      try {
        timeoutMs = parseDuration(values.timeout ?? '10m');
      } catch {
        throw new UsageError(
          `--timeout: expected a duration such as 90s, 10m or 1h, got "${values.timeout}"`,
          command,
        );
      }
      const format = oneOf(command, values.format, ['story', 'ninjs'], '--format', 'story');
      const duplicates = oneOf(command, values.duplicates, ['drop', 'mark'], '--duplicates', 'drop');
      const c = configured();
      // Checked before the pipeline's code is even loaded: a mistake is answered at once.
      const { resolveSource } = await import('./sources.ts');
      const sources: string[] = [];
      for (const source of positionals) sources.push(await resolveSource(source, command, c));
      const { processCommand } = await import('./commands/process.ts');
      return processCommand(c, {
        sources,
        ...(values.out ? { out: values.out } : {}),
        format,
        duplicates,
        timeoutMs,
        ...(values.sinks ? { sinks: true } : {}),
        ...(values.quiet ? { progress: 'off' as const } : {}),
        ...(values.verbose ? { verbose: true } : {}),
      });
    }
    case 'feeds':
      // Only reached with --help (handled above) or a known subcommand.
      throw new UsageError('feeds needs a command', command);
    case 'feeds add':
    case 'feeds list':
    case 'feeds remove':
    case 'feeds pause':
    case 'feeds resume':
    case 'feeds import':
    case 'feeds export':
      return (await import('./commands/feeds.ts')).feedsCommand(command, args, configured);
    case 'queues':
      atMost(command, parseCommand(command, args, {}).positionals, 0, '');
      return (await import('./commands/queues.ts')).queuesCommand(configured());
    case 'replay':
      return (await import('./commands/replay.ts')).replayCommand(args, configured);
    case 'dead-letters':
    case 'dead-letters retry':
      return (await import('./commands/dead-letters.ts')).deadLettersCommand(
        command === 'dead-letters retry',
        args,
        configured,
      );
  }
}

function hint(command: CommandName | undefined): string {
  return command
    ? `Run 'wirefeed ${command} --help' for more.\n`
    : "Run 'wirefeed --help' for every command.\n";
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
    if (err instanceof UsageError) {
      process.stderr.write(`wirefeed: ${err.message}\n${shortUsage(err.command)}${hint(err.command)}`);
      process.exitCode = 2;
    } else if ((await core()).isWirefeedError(err)) {
      process.stderr.write(`wirefeed: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      // Not one of ours: one line still, and the stack only when the log is asked for.
      const e = err instanceof Error ? err : new Error(String(err));
      process.stderr.write(`wirefeed: unexpected error: ${e.message}\n`);
      if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '')) process.stderr.write(`${e.stack}\n`);
      else process.stderr.write('(LOG_LEVEL=debug shows where it came from)\n');
      process.exitCode = 1;
    }
  }
}
