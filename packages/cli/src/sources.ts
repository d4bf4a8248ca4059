import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '@wirefeed/core';
import { hasControlCharacter } from '@wirefeed/feeds/subscriptions';
import { checkUrl } from '@wirefeed/http';
import type { CommandName } from './help.ts';
import { UsageError } from './usage-error.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A feed given on the command line (`process SOURCE…`, `feeds add`): an http(s) URL, checked as the
 * fetcher's guard would check it, or a feed file, made absolute (the fetcher's cwd may differ). Any
 * other scheme, a missing file or a refused URL is a usage error: the same mistake gets the same
 * message and exit code (2) from every command.
 */
export async function resolveSource(
  arg: string,
  command: CommandName,
  config: Pick<Config, 'WIREFEED_ALLOW_PRIVATE_NETWORKS' | 'WIREFEED_ALLOWED_PORTS'>,
): Promise<string> {
  // The URL parser drops a tab or a newline, so the check below would pass a URL other than the one
  // typed, and the fetcher would fetch it: refused here as everywhere a feed URL comes in.
  if (hasControlCharacter(arg))
    throw new UsageError(
      `not a usable feed URL: it holds a control character (${JSON.stringify(arg)})`,
      command,
    );
  if (SCHEME.test(arg) && !/^file:\/\//i.test(arg)) {
    const refusal = await checkUrl(arg, {
      allowPrivate: config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: config.WIREFEED_ALLOWED_PORTS,
    });
    if (refusal) throw new UsageError(refusal.message, command);
    return arg;
  }
  const path = resolve(arg.replace(/^file:\/\//i, ''));
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`no such file: ${arg} (give an http(s) URL or the path of a feed file)`, command);
  }
  if (!isFile) throw new UsageError(`not a feed file: ${arg} is a directory or a device`, command);
  return path;
}
