export { createDeliverer } from './deliverer.ts';
