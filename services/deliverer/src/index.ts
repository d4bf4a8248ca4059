export { createDeliverer, createDeliverHandler, createSinkHandler } from './deliverer.ts';
