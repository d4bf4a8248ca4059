import { readFileSync } from 'node:fs';
// The registry alone (no Redis, no zod): help and usage errors stay instant.
import { SERVICE_NAMES } from '@wirefeed/core/services';

/** Every command line the CLI knows: `feeds add` is its own entry, with its own usage and help. */
export const COMMANDS = [
  'start',
  'service',
  'process',
  'feeds',
  'feeds add',
  'feeds list',
  'feeds remove',
  'feeds pause',
  'feeds resume',
  'feeds import',
  'feeds export',
  'queues',
  'dead-letters',
  'dead-letters retry',
  'replay',
  'help',
] as const;
export type CommandName = (typeof COMMANDS)[number];

interface CommandHelp {
  /** The short usage, one line per form: what a usage error prints under its one-line message. */
  usage: string[];
  summary: string;
  /** A shorter form for the list of commands, when the usage is long. */
  brief?: string;
  /** Options and notes, shown by --help only. */
  details?: string;
}

const CONFIG_NOTE =
  'Configuration comes from the environment (REDIS_URL, WIREFEED_*, LOG_LEVEL); see README.md.';

const HELP: Record<CommandName, CommandHelp> = {
  start: {
    usage: ['wirefeed start'],
    summary: 'every service and the dashboard in one process; prints the dashboard address and token',
    details: `With no REDIS_URL it starts a private redis-server (data under WIREFEED_DATA_DIR, default ./data).
Polls the feeds of WIREFEED_FEEDS_FILE (default ./feeds.yaml) and the subscriptions of \`wirefeed feeds\`,
and delivers to WIREFEED_SINKS. Ctrl-C stops it cleanly.`,
  },
  service: {
    usage: ['wirefeed service NAME…'],
    summary: 'one service (or a few in one process), for containers and scaling out',
    details: `NAME: ${SERVICE_NAMES.join(', ')}. Several names run in one process (not the dashboard);
normalize, dedup, enrich and deliver sharing a process take a story through as one job.
Serves /healthz, /readyz and /metrics on WIREFEED_HEALTH_PORT (default 8080; the dashboard on its own port).`,
  },
  process: {
    usage: ['wirefeed process [options] SOURCE…'],
    summary: 'run feed files or http(s) URLs through the whole pipeline once',
    details: `Options:
  -o, --out PATH            append NDJSON to PATH instead of stdout
      --format story|ninjs  document format (default story)
      --duplicates drop|mark
                            drop duplicates (default) or deliver them marked
      --sinks               deliver to the configured sinks (WIREFEED_SINKS / WIREFEED_SINKS_FILE) instead
                            of printing; each story lands once per sink, a second run adds nothing
      --timeout DURATION    give up after this long (default 10m)
  -q, --quiet               no progress and no summary on stderr unless something failed
  -v, --verbose             the JSON log on stderr too (level debug; LOG_LEVEL sets another)
Progress goes to stderr: a live line on a terminal, a plain line every few seconds otherwise (and when
the stories themselves print to the terminal).
Exit codes: 0 every item delivered, dropped as a duplicate or unchanged; 1 a feed or item failed,
stdout closed early (\`| head\`) or --timeout passed; 2 usage error; 130 interrupted.`,
  },
  feeds: {
    usage: ['wirefeed feeds add|list|remove|pause|resume|import|export …'],
    summary: 'manage subscriptions (a running `wirefeed start` picks changes up)',
    details: `Commands:
  add URL|FILE [options]   subscribe to a feed
  list [--json]            subscriptions: status, interval, last fetch, items, last error
  remove ID                unsubscribe
  pause ID [--reason R]    stop polling, keeping the subscription and its state
  resume ID                poll again
  import FILE.opml         add every feed of an OPML file
  export                   every subscription as OPML on stdout
Run \`wirefeed feeds COMMAND --help\` for one command's options.`,
  },
  'feeds add': {
    usage: [
      'wirefeed feeds add URL|FILE [--id ID] [--title T] [--tag T]… [--interval 5m] [--max-interval 24h]',
    ],
    brief: 'feeds add URL|FILE [options]',
    summary: 'subscribe to a feed: an http(s) URL or the path of a feed file',
    details: `Options:
  --id ID               its id (default: derived from the URL)
  --title T             its title
  --tag T               a tag; repeat it or give a comma list
  --interval 5m         the shortest poll interval (default WIREFEED_POLL_INTERVAL; at least 10s)
  --max-interval 24h    the longest the fetcher may back off to
The URL is checked before it is saved: http or https only, and not on a private network (loopback,
10.…, 192.168.…) unless WIREFEED_ALLOW_PRIVATE_NETWORKS allows the host. The fetcher checks again at
every poll: give the running \`wirefeed start\` (or fetcher service) the same allowance.`,
  },
  'feeds list': {
    usage: ['wirefeed feeds list [--json]'],
    summary: 'subscriptions with status, interval, last fetch, items seen, last error',
    details: 'Options:\n  --json   every subscription as JSON, with its full state',
  },
  'feeds remove': { usage: ['wirefeed feeds remove ID'], summary: 'unsubscribe from a feed' },
  'feeds pause': {
    usage: ['wirefeed feeds pause ID [--reason R]'],
    summary: 'stop polling a feed, keeping the subscription and its state',
  },
  'feeds resume': { usage: ['wirefeed feeds resume ID'], summary: 'poll a paused feed again' },
  'feeds import': {
    usage: ['wirefeed feeds import FILE.opml'],
    summary: 'add every feed of an OPML file (http and https feeds; subscribed ones are skipped)',
  },
  'feeds export': {
    usage: ['wirefeed feeds export'],
    summary: 'write every subscription as OPML 2.0 to stdout',
  },
  queues: { usage: ['wirefeed queues'], summary: 'job counts per stage and state' },
  'dead-letters': {
    usage: ['wirefeed dead-letters [SINK] [--json]', 'wirefeed dead-letters retry [SINK] --all | JOB_ID…'],
    brief: 'dead-letters [SINK] [--json]',
    summary: 'the stories a sink gave up on, with the reason; `retry` sends them again',
    details: 'Options:\n  --json   one JSON document per dead letter',
  },
  'dead-letters retry': {
    usage: ['wirefeed dead-letters retry [SINK] --all | JOB_ID…'],
    summary: 'send dead letters to their sink again, with fresh attempts, in batches',
  },
  replay: {
    usage: ['wirefeed replay STORY_ID'],
    summary: 'run a story through the pipeline again from its kept raw item',
    details: 'The story index keeps the latest 20,000 stories for 7 days.',
  },
  help: { usage: ['wirefeed help [COMMAND…]'], summary: 'this text, or one command’s help' },
};

export function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** The short usage of a command: printed under a usage error's message. */
export function shortUsage(command: CommandName | undefined): string {
  if (!command) return `usage: wirefeed <command> [options]   (commands: ${topLevel().join(', ')})\n`;
  const [first, ...rest] = HELP[command].usage;
  return `${[`usage: ${first}`, ...rest.map((u) => `       ${u}`)].join('\n')}\n`;
}

function topLevel(): string[] {
  return COMMANDS.filter((c) => !c.includes(' '));
}

/** `wirefeed COMMAND --help`: usage, what it does, options. */
export function commandHelp(command: CommandName): string {
  const h = HELP[command];
  const usage = h.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}${u}`).join('\n');
  return `${usage}\n\n${h.summary}\n${h.details ? `\n${h.details}\n` : ''}`;
}

/** `wirefeed --help`: every command, one line each. */
export function mainHelp(): string {
  const lines = COMMANDS.filter((c) => c !== 'feeds').map((c) => {
    const h = HELP[c];
    const usage = (h.brief ?? h.usage[0] ?? '').replace(/^wirefeed /, '');
    return usage.length > 34
      ? `  ${usage}\n${' '.repeat(38)}${h.summary}`
      : `  ${usage.padEnd(36)}${h.summary}`;
  });
  return `Usage: wirefeed <command> [options]

Commands:
${lines.join('\n')}

Every command takes -h/--help (its own help); wirefeed --version prints the version.
${CONFIG_NOTE}
`;
}

/** The CLI package's version. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
