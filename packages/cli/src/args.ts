import type { ParseArgsOptionsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { CommandName } from './help.ts';
import { UsageError } from './usage-error.ts';

/** node:util's own messages, reworded as one short line. */
function reword(err: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? err.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(err.message)
        ? `${option ?? 'an option'} needs a value`
        : `${option ?? 'an option'} takes no value`;
    default:
      return err.message.split('\n')[0] ?? err.message;
  }
}

/**
 * parseArgs for one command: an unknown option or a missing value is a UsageError naming the option
 * and the command, so the command's own usage is printed with it.
 */
export function parseCommand<O extends ParseArgsOptionsConfig>(
  command: CommandName,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as Error & { code?: string };
    if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(reword(e), command);
    throw err;
  }
}

/** The positionals a command takes, at most `max`: more is a usage error naming the first extra one. */
export function atMost(command: CommandName, positionals: string[], max: number, what: string): void {
  if (positionals.length > max) {
    const extra = positionals[max] ?? '';
    throw new UsageError(
      max === 0
        ? `${command} takes no arguments, got "${extra}"`
        : `${command} takes ${what}, got an extra "${extra}"`,
      command,
    );
  }
}
