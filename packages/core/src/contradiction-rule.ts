/**
 * The contract of a contradiction rule: what it keeps (its state, and a slot
 * on each position), what it hears (each statement, each change of stance,
 * each registry event, the end of a batch) and what it may do through its
 * {@link RuleContext} (open, resolve and rewind records in the ledger of
 * `contradictions.ts`). The built-in rules (`rules/`) and users' own rules
 * implement it alike.
 *
 * @since 0.1.0
 */
import type { ContradictionRecord, ContradictionsState, Moment, OpenSpec } from './contradictions.js';
import type { StoredEvent } from './envelope.js';
import type { PositionsState, PositionState, StanceChange } from './positions.js';
import type { RegistryState } from './registry.js';
import type { StanceEntry } from './stance-entry.js';

/**
 * What a rule sees and may do while it handles an event. The analysis makes
 * one for its rules; to call a hook directly in a test, `ruleContext()` of
 * `@stancelog/testing` gives one over an analysis state (members may be
 * added here as rules need them, so a context written by hand can stop
 * compiling).
 * @example
 * import { analysis, contradictionList, momentOf, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { ContradictionRule } from '@stancelog/core'
 * // Opened by a threat; the holder's next statement on the issue resolves it, and is named as what ended it.
 * const threatening: ContradictionRule = { type: 'threatening', version: '1', initial: () => undefined,
 *   onStatement: (ctx, _state, entry, p) => entry.kind === 'threat'
 *     ? ctx.open({ type: 'threatening', key: p.key, issues: [p.issue], actors: [p.holder], since: momentOf(entry), statements: [entry.id], summary: `${p.holder} threatens on ${p.issue}` })
 *     : ctx.resolve('threatening', p.issue, p.key, momentOf(entry), entry.id) }
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-', statedAt: '2025-03-20', source: { quote: 'ships bound for Ukrainian ports are targets' } }),
 *   statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'agree', polarity: '+', statedAt: '2025-03-25', source: { quote: 'we agree to safe navigation' } }),
 * ])
 * const events = await readAll(store)
 * const state = replay(analysis({ rules: [threatening] }), events)
 * assert.deepStrictEqual(contradictionList(state).map((c) => [c.status, c.until, c.resolvedBy]), [['resolved', '2025-03-25', events[1]!.id]])
 * @category contradictions
 * @since 0.1.0
 */
export interface RuleContext {
  readonly registry: RegistryState;
  readonly positions: PositionsState;
  readonly contradictions: ContradictionsState;
  /** Opens a contradiction, or adds statements (and actors) to it when it is open already. It is filed under `spec.issues[0]`. */
  open(spec: OpenSpec): void;
  /**
   * Resolves an open contradiction (filed under `issue`) at a moment; does
   * nothing if it is not open. `by` is the id of the statement that ends it,
   * kept as the record's `resolvedBy`: the evidence for the end. Give it
   * whenever a statement ends it; leave it out when none does (a change of
   * the issue hierarchy). The built-in rules give: `incompatible`, the
   * statement that changed one side's stance so that it no longer clashes;
   * `reversal`, the holder's own word that turned back or left the stance
   * (a hedge, a retraction); `conflicting-reports` and `self-contradiction`,
   * the statement of one voice after which the two no longer differ within
   * the window (it agrees with the other, or its stance lies too far from
   * the other's), and for `conflicting-reports` also the holder's own word,
   * through a third source, that settles the two accounts; `circular-precondition`, the statement that dropped a
   * condition of the cycle (with a new stance or conditions), none when a
   * change of the issue hierarchy broke it.
   */
  resolve(type: string, issue: string, key: string, at: Moment, by?: string): void;
  /** Whether a contradiction of this type and key is open (filed under `issue`). */
  isOpen(type: string, issue: string, key: string): boolean;
  /**
   * Takes a contradiction (filed under `issue`) back to its first `keep`
   * records, the last kept open again with `reopen`: for a rule that derives
   * its records anew from some point on (see {@link rewindContradiction}).
   * Returns the records taken away, oldest first.
   */
  rewind(type: string, issue: string, key: string, keep: number, reopen?: boolean): ContradictionRecord[];
  /**
   * Files records (taken away by `rewind`) after the last of a contradiction
   * (filed under `issue`), numbered on (see {@link appendContradictions}).
   */
  append(type: string, issue: string, key: string, records: ReadonlyArray<ContradictionRecord>): void;
}

/**
 * A contradiction rule. It keeps its own state (plain data: Maps, Sets,
 * arrays, records, never references into other parts of the state) and
 * reacts to events through four optional hooks: `onStatement`, `onChange`,
 * `onRegistry` and `onSettle`.
 *
 * The hooks hear statements in the order the log learnt them, which is not
 * always the order they were stated in: an article read late brings a
 * statement older than some the rule has seen. A rule that weighs stances
 * against one another in time must read them by their valid time (the
 * built-in rules derive what a late statement changes anew, once the batch
 * is read, in `onSettle`), or its records will depend on when the log
 * learnt each word.
 *
 * Bump `version` when the rule's logic changes: snapshots of the analysis
 * are then rebuilt. A rule made with parameters puts them in its version
 * too (the built-in `conflicting-reports` with a window of 14 days has a
 * version ending in `:14`): otherwise the same rule made with other parameters takes
 * a snapshot made with these, and reports what they found.
 *
 * @example
 * import type { ContradictionRule } from '@stancelog/core'
 * import { analysis, contradictionList, momentOf, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * // Flags a threat on an issue on which the holder has proposed something
 * // (this sketch never forgets a proposal, nor resolves what it opens).
 * const threatWhileTalking: ContradictionRule<Map<string, string>> = {
 *   type: 'threat-while-talking',
 *   version: '1',
 *   description: 'a holder threatens on an issue on which it has proposed something',
 *   initial: () => new Map(),
 *   onStatement: (ctx, proposals, entry, position) => {
 *     const key = position.key
 *     if (entry.kind === 'propose') proposals.set(key, entry.id)
 *     const proposal = proposals.get(key)
 *     if (entry.kind === 'threat' && proposal !== undefined) {
 *       ctx.open({ type: 'threat-while-talking', key, issues: [position.issue], actors: [position.holder],
 *         since: momentOf(entry), statements: [proposal, entry.id], summary: `${position.holder} threatens while proposing talks` })
 *     }
 *   },
 * }
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-05-10', source: { quote: 'we propose direct talks' } }),
 *   statementMade({ holder: 'russia', issue: 'peace-talks', kind: 'threat', polarity: '+', statedAt: '2025-05-12', source: { quote: 'talks, or the offensive resumes' } }),
 * ])
 * const found = contradictionList(replay(analysis({ extraRules: [threatWhileTalking] }), await readAll(store)))
 * assert.deepStrictEqual(found.map((c) => c.summary), ['russia threatens while proposing talks'])
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionRule<R = unknown, S = undefined> {
  readonly type: string;
  readonly version: string;
  /**
   * What the rule finds, as words that complete "the rule fires when ...":
   * `stancelog explain` and the report say it of each contradiction the rule
   * opens (without it, only its type names what it found). It changes no
   * record, so changing it needs no new `version`.
   */
  readonly description?: string | undefined;
  /** The rule's state for an empty log (a new object on each call). */
  readonly initial: () => R;
  /**
   * State the rule keeps for each holder x issue, stored on the position
   * itself and handed to `onStatement`: a rule that reacts to every
   * statement then needs no lookup of its own (replay touches one object
   * per statement instead of a chain of maps). Created with the position.
   */
  readonly initialSlot?: (() => S) | undefined;
  /** Every statement, with the position it joined (and the rule's slot on that position, when it declares `initialSlot`). */
  readonly onStatement?: ((ctx: RuleContext, state: R, entry: StanceEntry, position: PositionState, slot: S) => void) | undefined;
  /** A holder's current stance on an issue changed (after `onStatement` of the statement that changed it). */
  readonly onChange?: ((ctx: RuleContext, state: R, change: StanceChange) => void) | undefined;
  /** Every event other than a statement, such as an actor or issue registered or changed. */
  readonly onRegistry?: ((ctx: RuleContext, state: R, event: StoredEvent) => void) | undefined;
  /**
   * The events of a batch are read (see `Reducer.settle`): the rule does the
   * work it put off, before its records are read. A rule that reads a late
   * statement as a reason to derive its records anew derives them once per
   * batch, not once per statement.
   */
  readonly onSettle?: ((ctx: RuleContext, state: R) => void) | undefined;
}
