/**
 * @stancelog/testing: a kit to test reducers and contradiction rules.
 * - given / when / then specs ({@link ReducerSpec}) with readable diffs;
 * - builders for events and a timeline language for dated sequences;
 * - fast-check arbitraries and reducer laws ({@link checkReducerLaws});
 * - golden files ({@link toGoldenText}, {@link expectGolden});
 * - a context to call a contradiction rule's hooks directly ({@link ruleContext}).
 *
 * Jest matchers live in `@stancelog/testing/jest`, the event-store
 * conformance suite in `@stancelog/testing/conformance`.
 *
 * @module @stancelog/testing
 */
export * from './show.js';
export * from './structural-diff.js';
export * from './spec-assertion-error.js';
export * from './builders.js';
export * from './stored-log.js';
export * from './timeline.js';
export * from './expectations.js';
export * from './event-code.js';
export * from './reducer-spec.js';
export * from './fake-clock.js';
export * from './arbitraries.js';
export * from './laws.js';
export * from './golden.js';
export * from './rule-context.js';
