/**
 * @stancelog/cli: the `stancelog` command, and its commands as functions
 * for embedding (`run(argv, io)` returns an exit code and never exits).
 *
 * @packageDocumentation
 */
export * from './io.js';
export * from './cli-error.js';
export * from './table.js';
export * from './store-option.js';
export * from './as-of-option.js';
export * from './statement-file.js';
export * from './analyse.js';
export * from './append.js';
export * from './log.js';
export * from './positions.js';
export * from './contradictions.js';
export * from './main.js';
