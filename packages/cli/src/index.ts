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
export * from './progress.js';
export * from './command-registration.js';
export * from './read-events.js';
export * from './timeline.js';
export * from './diff.js';
export * from './explain.js';
export * from './report.js';
export * from './ingest.js';
export * from './main.js';
export * from './store-migrate.js';
