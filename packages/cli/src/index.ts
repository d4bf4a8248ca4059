export type { ProcessOptions } from './commands/process.ts';
export { formatSummary, processCommand } from './commands/process.ts';
export { COMMANDS, commandHelp, mainHelp, shortUsage } from './help.ts';
export { main, USAGE } from './main.ts';
export { failureLine, formatElapsed, progressLine, reasonInWords } from './progress.ts';
export { loadPipeline, loadService, loadServices, loadWorkerServices } from './service-loaders.ts';
export { resolveSource } from './sources.ts';
