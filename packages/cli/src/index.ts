export type { ProcessOptions } from './commands/process.ts';
export { formatSummary, processCommand, resolveSource } from './commands/process.ts';
export { main, USAGE } from './main.ts';
export { PIPELINE_SERVICES, SERVICE_NAMES, SERVICES } from './service-registry.ts';
