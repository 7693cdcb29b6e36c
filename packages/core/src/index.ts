/**
 * @stancelog/core: the model, codecs, event-store contract and reducers of
 * stancelog. It imports no Node built-ins, so it runs in browsers too.
 * Stores are built from its second entry point, `@stancelog/core/store-kit`.
 *
 * @module @stancelog/core
 */
export * from './refine.js';
export * from './time.js';
export * from './date-warnings.js';
export * from './stated-weeks.js';
export * from './ids.js';
// An actor and an issue as a log holds them (LoggedActor, LoggedIssue) are the events' codecs' own.
export { Actor, ActorKind, ActorName, Office, officeIssues, speaksFor } from './actor.js';
export { Issue, parentIssues } from './issue.js';
export * from './statement.js';
export * from './quote-text.js';
export * from './events.js';
export * from './decode-error.js';
export * from './errors.js';
// What stores are built from (batch preparation, append checks, the read
// queries' checks, decoding on read, subscriptions) is the adapters' and
// lives in `@stancelog/core/store-kit` (store-kit.ts): not every app's.
export { contentIssues, Envelope, StoredEvent, eventId } from './envelope.js';
// PreparedEvent too, as what checkEvents gives: an event as a store will append it.
export type { NewEvent, PreparedEvent, Sha256Hex, StoredEventOf } from './envelope.js';
export * from './check-events.js';
export type { ReadOptions, Upcaster } from './upcast.js';
export { readAll, StoreReadError } from './event-store.js';
export type { AppendOptions, AppendResult, EventStore, ReadQuery, SubscribeOptions, Subscription, TagCondition } from './event-store.js';
export { withdrawnBy } from './append-check.js';
export * from './memory-store.js';
export * from './reducer.js';
export * from './snapshot.js';
export * from './project.js';
export * from './withdrawals.js';
export * from './correction.js';
export * from './copy-log.js';
export * from './live-projection.js';
export * from './registry.js';
// A statement as positions keep it: the entry and its comparisons (the
// module's shared constants and string caches are its own).
export { effectivePolarity, sameConditions, sameEntry, sameStance, stanceEntry, validMinute } from './stance-entry.js';
export type { StanceEntry } from './stance-entry.js';
// The positions projection; `applyTo` and `Applying`, the replay's way of applying a statement, are the analysis'.
export { allPositions, applyEntry, applyStatement, currentRunStart, firstStatedAtOrAfter, getPosition, historyIndexOf, historyPrefix, outweighedReports, plainHistory, positionKey, positionOf, positions, recomputePosition } from './positions.js';
export type { PositionState, PositionsOptions, PositionsState, StanceChange, StatementApplied } from './positions.js';
export * from './position-view.js';
export * from './contradictions.js';
export * from './contradiction-rule.js';
export { contradictionRule, ruleProblem, RuleContextError } from './rule-checks.js';
export * from './contradiction-view.js';
export * from './contradiction-sides.js';
export * from './alignment.js';
export * from './contradiction-changes.js';
export * from './precondition-graph.js';
export * from './rules/incompatible.js';
export * from './rules/circular-precondition.js';
export * from './rules/reversal.js';
// The voice rules' engine: its modules export their parts to one another,
// and of those only the book's types, the spec and the rule are the caller's.
export type { VoiceBook, VoicePair, VoiceStance } from './rules/voice-book.js';
export type { VoiceRuleSpec } from './rules/voice-spec.js';
export { voiceRule } from './rules/voice-rule.js';
export type { PendingVoices, VoiceRuleState } from './rules/voice-rule.js';
export * from './rules/conflicting-reports.js';
export * from './rules/self-contradiction.js';
export * from './analysis.js';
export * from './statement-info.js';
