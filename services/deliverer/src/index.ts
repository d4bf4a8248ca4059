export type { DeliverHandlerDeps } from './deliverer.ts';
export { createDeliverer, createDeliverHandler, embargoDelay, unroutedCountKey } from './deliverer.ts';
export type { SinkWorkerDeps } from './sink-worker.ts';
export { createSinkWorker, olderVersionPending } from './sink-worker.ts';
