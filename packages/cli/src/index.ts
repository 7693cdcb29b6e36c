/**
 * @stancelog/cli: the `stancelog` command, and its commands as functions
 * for embedding (`run(argv, io)` returns an exit code and never exits).
 *
 * The public surface is `run`, the world it runs in, and each command as a
 * function with its options and result. Option parsing, store opening,
 * tables and other wiring are internal (tagged `@internal`).
 *
 * @packageDocumentation
 */
export { run } from './main.js';
export { VERSION } from './version.js';
export type { CliIo, TextSink } from './io.js';
export { EXIT } from './cli-error.js';
export type { CliError } from './cli-error.js';
export { DEFAULT_STORE } from './store-option.js';
export type { AsOfOptions } from './as-of-option.js';
export type { AnalysisListingOptions } from './analysis-listing.js';
export { appendCommand } from './append.js';
export type { AppendCommandOptions, AppendReport } from './append.js';
export { logCommand } from './log.js';
export type { LogCommandOptions, LogListing, LogWithdrawnBy } from './log.js';
export { registryCommand } from './registry-command.js';
export type { RegistryCommandOptions, RegistryListing } from './registry-command.js';
export { positionsCommand } from './positions.js';
export type { PositionsCommandOptions } from './positions.js';
export { contradictionsCommand, CONTRADICTION_TYPES } from './contradictions.js';
export type { ContradictionsCommandOptions } from './contradictions.js';
export { alignmentCommand } from './alignment.js';
export type { AlignmentCommandOptions } from './alignment.js';
export { graphCommand } from './graph.js';
export type { GraphCommandOptions, GraphEdgeTerm, GraphEdgeView } from './graph.js';
export { timelineCommand } from './timeline.js';
export type { TimelineCommandOptions, TimelineEntry, TimelineStatement } from './timeline.js';
export { diffCommand } from './diff.js';
export type { AnalysisDiff, ChangedPosition, DiffCommandOptions, StanceAt } from './diff.js';
export { explainCommand } from './explain.js';
export type { ExplainedStatement, Explanation, ExplainCommandOptions } from './explain.js';
export type { CorrectsRef } from './stance-label.js';
export { reportCommand } from './report.js';
export type { ReportCommandOptions, ReportSummary } from './report.js';
export { ingestCommand } from './ingest.js';
export type { IngestCommandOptions, IngestedStatement, IngestSummary } from './ingest.js';
export { withdrawCommand } from './withdraw.js';
export type { WithdrawCommandOptions, Withdrawn } from './withdraw.js';
export { correctCommand } from './correct.js';
export type { Correction, CorrectCommandOptions, FieldChange } from './correct.js';
export { copyCommand } from './copy.js';
export type { Copied, CopyCommandOptions } from './copy.js';
export { storeMigrateCommand } from './store-migrate.js';
export type { MigrationOutcome } from './store-migrate.js';
export { storeStatusCommand } from './store-status.js';
export type { LockState, LoggedAt, SnapshotStatus, StoreStatus, StoreStatusOptions } from './store-status.js';
