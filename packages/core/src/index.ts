/**
 * @stancelog/core: the model, codecs, event-store contract and reducers of
 * stancelog. It imports no Node built-ins, so it runs in browsers too.
 *
 * @packageDocumentation
 */
export * from './refine.js';
export * from './time.js';
export * from './ids.js';
export * from './actor.js';
export * from './issue.js';
export * from './statement.js';
export * from './events.js';
export * from './decode-error.js';
export * from './errors.js';
export * from './envelope.js';
export * from './upcast.js';
export * from './event-store.js';
export * from './append-check.js';
export * from './subscription.js';
export * from './memory-store.js';
export * from './reducer.js';
export * from './snapshot.js';
export * from './project.js';
