export type { ProcessOptions } from './commands/process.ts';
export { formatSummary, processCommand } from './commands/process.ts';
export { COMMANDS, commandHelp, mainHelp, shortUsage } from './help.ts';
export { main, USAGE } from './main.ts';
export { failureLine, formatElapsed, progressLine, reasonInWords } from './progress.ts';
export { PIPELINE_SERVICES, SERVICE_NAMES, SERVICES } from './service-registry.ts';
export { resolveSource } from './sources.ts';
