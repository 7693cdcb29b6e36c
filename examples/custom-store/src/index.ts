export * from './map-store.js';
