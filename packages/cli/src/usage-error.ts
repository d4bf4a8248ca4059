import type { CommandName } from './help.ts';

/**
 * A command line the CLI cannot run: printed as one line naming the mistake, then the command's own
 * short usage; exit code 2.
 */
export class UsageError extends Error {
  readonly command: CommandName | undefined;
  constructor(message: string, command?: CommandName) {
    super(message);
    this.command = command;
  }
}
