/**
 * The analysis: registry, positions and contradictions in one reducer, as
 * the CLI and the examples use it.
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import { emptyContradictions } from './contradictions.js';
import type { ContradictionRecord, ContradictionsState } from './contradictions.js';
import type { ContradictionRule } from './contradiction-rule.js';
import type { ContradictionView } from './contradiction-view.js';
import { applyTo, getPosition, positions, recomputePosition } from './positions.js';
import type { Applying } from './positions.js';
import { effectivePolarity, stanceEntry } from './stance-entry.js';
import { bringsPreconditions } from './stance-runs.js';
import type { PositionState, PositionsOptions, PositionsState } from './positions.js';
import type { StanceEntry } from './stance-entry.js';
import { analysisSnapshot } from './analysis-snapshot.js';
import { graphEdges } from './precondition-graph.js';
import type { PreconditionEdge } from './precondition-graph.js';
import { LedgerWrites } from './ledger-context.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';
import { applyToRegistry, descendants, emptyRegistry } from './registry.js';
import type { RegistryState } from './registry.js';
import { optionsProblem } from './store-options.js';
import type { OptionRule } from './store-options.js';
import { checkedRule, isBuiltInRule, ruleProblem } from './rule-checks.js';
import { circularPreconditionRule } from './rules/circular-precondition.js';
import type { CircularPreconditionState } from './rules/circular-precondition.js';
import { conflictingReportsRule } from './rules/conflicting-reports.js';
import { incompatibleRule } from './rules/incompatible.js';
import { reversalRule } from './rules/reversal.js';
import { selfContradictionRule } from './rules/self-contradiction.js';
import type { Polarity } from './statement.js';

/**
 * A rule's own state in an analysis, typed as the rule types it (its
 * `initial()`'s type), or undefined when the analysis did not run the rule:
 * `state.rules.get(type)` without the cast.
 *
 * @example
 * import { analysis, readAll, openMemoryStore, replay, ruleState, statementMade } from '@stancelog/core'
 * import type { ContradictionRule } from '@stancelog/core'
 * const threats: ContradictionRule<{ count: number }> = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }),
 *   onStatement: (_ctx, state, entry) => void (entry.kind === 'threat' && state.count++) }
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-', source: { quote: 'ships bound for Ukrainian ports are targets' } })])
 * const state = replay(analysis({ extraRules: [threats] }), await readAll(store))
 * // Typed by the rule's `initial`: no annotation, no cast.
 * assert.strictEqual(ruleState(state, threats)?.count, 1)
 * assert.strictEqual(ruleState(replay(analysis(), []), threats), undefined)
 * // A type alone says nothing of the state: name it.
 * assert.strictEqual(ruleState<{ count: number }>(state, { type: 'threat-count' })?.count, 1)
 * @category analysis
 * @since 0.1.0
 */
export function ruleState<S>(
  state: Pick<AnalysisState, 'rules'>,
  // `initial` is what S is inferred from (a rule's type alone says nothing of its state); it may be left out with S given.
  rule: Pick<ContradictionRule<S, any>, 'type'> & Partial<Pick<ContradictionRule<S, any>, 'initial'>>,
): S | undefined {
  return state.rules.get(rule.type) as S | undefined;
}

/**
 * The analysis state.
 * @example
 * import { analysis, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { ContradictionRule } from '@stancelog/core'
 * const threats: ContradictionRule<{ count: number }> = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }),
 *   onStatement: (_ctx, state, entry) => void (entry.kind === 'threat' && state.count++) }
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'threat', polarity: '-', statedAt: '2025-03-20', source: { quote: 'ships bound for Ukrainian ports are targets' } }),
 *   statementMade({ holder: 'russia', issue: 'black-sea-shipping', kind: 'agree', polarity: '+', statedAt: '2025-03-25', source: { quote: 'we agree to safe navigation' } }),
 * ])
 * const state = replay(analysis({ extraRules: [threats] }), await readAll(store))
 * // Each rule's own state is kept under its type, beside the built-in rules'.
 * assert.deepStrictEqual(state.rules.get('threat-count'), { count: 1 })
 * assert.ok(state.rules.has('incompatible') && state.positions.byIssue.has('black-sea-shipping'))
 * @category analysis
 * @since 0.1.0
 */
export interface AnalysisState {
  registry: RegistryState;
  positions: PositionsState;
  contradictions: ContradictionsState;
  /** Each rule's own state, by rule type ({@link ruleState} reads one typed). */
  rules: Map<string, unknown>;
}

/**
 * Options of the analysis.
 * @example
 * import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', speaker: { name: 'Volodymyr Zelensky', actor: 'ukraine' }, statedAt: '2025-08-01', source: { quote: 'we will not give our land to the occupier' } }),
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'hedge', polarity: '0', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-08-21', source: { quote: 'Kyiv is open to talks on territory' } }),
 * ])
 * const events = await readAll(store)
 * const types = (options: { reportWindowDays?: number }) => contradictionList(replay(analysis(options), events)).map((c) => c.type)
 * // Twenty days apart: conflicting accounts within the default 30-day window, not within 14.
 * assert.deepStrictEqual([types({}), types({ reportWindowDays: 14 })], [['conflicting-reports'], []])
 * @category analysis
 * @since 0.1.0
 */
export interface AnalysisOptions {
  /**
   * The rules to run (default: {@link defaultRules}). Given, it replaces the
   * defaults whole: `reportWindowDays` and `speakerWindowDays` then do
   * nothing (pass the windows to the rules you build instead).
   */
  readonly rules?: ReadonlyArray<ContradictionRule<any, any>> | undefined;
  /** Rules to run besides the default ones. */
  readonly extraRules?: ReadonlyArray<ContradictionRule<any, any>> | undefined;
  /** Window of the `conflicting-reports` rule, in days (default 30). */
  readonly reportWindowDays?: number | undefined;
  /** Window of the `self-contradiction` rule, in days (default 7). */
  readonly speakerWindowDays?: number | undefined;
  /**
   * For how many days a holder's own word outweighs third parties' reports
   * of its stance (see {@link PositionsOptions}). Default: the window of the
   * `conflicting-reports` rule (`reportWindowDays`, 30), so that a report
   * that yields and disagrees is flagged.
   */
  readonly ownWordsDays?: number | undefined;
}

// A class, not an object of closures: one small allocation per state.
class Context extends LedgerWrites {
  /** The rules' states in the order of the rules, looked up once per state object rather than once per rule and event. */
  readonly states: unknown[];
  constructor(
    private readonly state: AnalysisState,
    rules: ReadonlyArray<ContradictionRule<any, any>>,
  ) {
    super();
    this.states = rules.map((r) => state.rules.get(r.type));
  }
  get registry(): RegistryState {
    return this.state.registry;
  }
  get positions(): PositionsState {
    return this.state.positions;
  }
  get contradictions(): ContradictionsState {
    return this.state.contradictions;
  }
}

/**
 * The five built-in rules: incompatible, circular-precondition, reversal,
 * conflicting-reports, self-contradiction.
 *
 * @example
 * import { defaultRules } from '@stancelog/core'
 * assert.deepStrictEqual(defaultRules().map((r) => r.type), ['incompatible', 'circular-precondition', 'reversal', 'conflicting-reports', 'self-contradiction'])
 * @category analysis
 * @since 0.1.0
 */
export function defaultRules(options: Pick<AnalysisOptions, 'reportWindowDays' | 'speakerWindowDays'> = {}): ContradictionRule<any, any>[] {
  return [
    incompatibleRule(),
    circularPreconditionRule(),
    reversalRule(),
    conflictingReportsRule({ windowDays: options.reportWindowDays }),
    selfContradictionRule({ windowDays: options.speakerWindowDays }),
  ];
}

const days: OptionRule = { accepts: (v) => typeof v === 'number' && v >= 0, expected: 'a number of days, 0 or more' };
const ruleList: OptionRule = { accepts: (v) => Array.isArray(v), expected: 'a list of contradiction rules' };
const ANALYSIS_OPTIONS: Readonly<Record<keyof AnalysisOptions, OptionRule>> = {
  rules: ruleList,
  extraRules: ruleList,
  reportWindowDays: days,
  speakerWindowDays: days,
  ownWordsDays: days,
};

/** A rule's slot on a position, at its index in `slots` (-1: the rule keeps none). */
function slotAt(slots: ReadonlyArray<unknown>, at: number): unknown {
  return at < 0 ? undefined : slots[at];
}

function sameRules(a: ReadonlyArray<ContradictionRule<any, any>>, b: ReadonlyArray<ContradictionRule<any, any>>): boolean {
  // Core's own rules only: a rule of one's own that copies a built-in rule's type and version is not the default analysis.
  return a.length === b.length && a.every((r, i) => isBuiltInRule(r) && r.type === b[i]!.type && r.version === b[i]!.version);
}

// The built-in rules' types, made once: they do not depend on the options.
let builtInSet: ReadonlySet<string> | undefined;
const builtInTypes = (): ReadonlySet<string> => (builtInSet ??= new Set(defaultRules().map((r) => r.type)));

/**
 * The analysis reducer: registry, positions and the contradictions found by
 * the rules, maintained incrementally event by event. An option it does not
 * take, or a window that is not a number of days, throws a `RangeError`
 * naming the option: a mistake in the program, not in the log.
 *
 * @example
 * import { analysis, contradictionList, openMemoryStore, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16', source: { quote: 'Ukraine must drop its NATO bid' } }),
 *   statementMade({ holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-05-16', source: { quote: 'Kyiv calls the demand capitulation' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right' && contradictionList(r.right.state)[0]?.type === 'incompatible')
 * // The name keys snapshots: other rules, another name, so that the two keep apart in one snapshot store.
 * assert.deepStrictEqual([analysis().name, analysis({ rules: [] }).name], ['analysis', 'analysis()'])
 * assert.ok(analysis({ reportWindowDays: 14 }).name.includes('conflicting-reports@14:14:1'))
 * // Options from JavaScript or a configuration file are checked, each named as given.
 * assert.throws(() => analysis({ reportWindowDays: -1 }), { message: 'analysis: reportWindowDays: expected a number of days, 0 or more, got -1' })
 * assert.throws(() => analysis({ reportwindowdays: 14 } as any), /^RangeError: analysis: reportwindowdays: not an option \(the options are rules, extraRules, .*; did you mean reportWindowDays\?\)$/)
 * // A rule of one's own of a built-in rule's type is refused, as the command line refuses it.
 * const mine = { type: 'reversal', version: '1', initial: () => undefined, onStatement: () => undefined }
 * assert.throws(() => analysis({ extraRules: [mine] }), { message: "analysis: extraRules[0] has the type reversal, a built-in rule's: give it a type of its own" })
 * @category analysis
 * @since 0.1.0
 */
export function analysis(options: AnalysisOptions = {}): Reducer<AnalysisState> {
  // Checked before the positions and the rules read any of it: each would name the option as it knows it
  // (the positions named a bad `reportWindowDays` as `ownWordsDays`, the window it defaults).
  const problem = optionsProblem(options, ANALYSIS_OPTIONS);
  if (problem !== undefined) throw new RangeError(`analysis: ${problem}`);
  // A rule of one's own is checked as it is given, and its writes to the ledger as it makes them (a built-in one is trusted).
  const builtIn = builtInTypes();
  const given = [...(options.rules ?? []).map((r, i) => ['rules', i, r] as const), ...(options.extraRules ?? []).map((r, i) => ['extraRules', i, r] as const)];
  // Where each type was given first (undefined: by the default rules), so that a clash names both rules, as the command line does.
  const givenAt = new Map<string, string | undefined>(options.rules === undefined ? [...builtIn].map((type) => [type, undefined]) : []);
  for (const [option, i, r] of given) {
    const wrong = ruleProblem(r);
    if (wrong !== undefined) throw new RangeError(`analysis: ${option}[${i}] is no contradiction rule: ${wrong}`);
    const at = `${option}[${i}]`;
    if (givenAt.has(r.type)) {
      const first = givenAt.get(r.type);
      const clash = builtIn.has(r.type)
        ? `a built-in rule's${first === undefined ? '' : ` (as ${first} has)`}: give it a type of its own`
        : `as ${first} has: give each rule a type of its own`;
      throw new RangeError(`analysis: ${at} has the type ${r.type}, ${clash}`);
    }
    givenAt.set(r.type, at);
  }
  // Trusted as core made it, not by its type: a rule of one's own in `rules` may take a built-in rule's type.
  const own = (r: ContradictionRule<any, any>): ContradictionRule<any, any> => (isBuiltInRule(r) ? r : checkedRule(r, builtIn));
  const rules = [...(options.rules?.map(own) ?? defaultRules(options)), ...(options.extraRules ?? []).map(own)];
  // The positions reducer checks the window and names it as the analysis must (snapshots of other windows keep apart).
  const { name: positionsName, initial: initialPositions } = positions({ ownWordsDays: options.ownWordsDays ?? options.reportWindowDays });
  const window = positionsName.slice('positions'.length);
  // Hooks as index lists into `rules`, so that each finds its state in the context's array.
  const indexes = (has: (r: ContradictionRule<any, any>) => boolean) => rules.flatMap((r, i) => (has(r) ? [i] : []));
  const withStatement = indexes((r) => r.onStatement !== undefined);
  const withChange = indexes((r) => r.onChange !== undefined);
  const withRegistry = indexes((r) => r.onRegistry !== undefined);
  const withSlot = indexes((r) => r.initialSlot !== undefined);
  const withSettle = indexes((r) => r.onSettle !== undefined);
  // Where each rule's slot sits in a position's `slots` (-1: no slot).
  const slotOf = rules.map((_, i) => withSlot.indexOf(i));
  const newSlots = (): unknown[] => withSlot.map((i) => rules[i]!.initialSlot!());

  // One context per state object: a replay mutates one state throughout, so
  // it builds a single context; under immer each produce has its own draft.
  let contextState: AnalysisState | undefined;
  let contextOfState: Context | undefined;
  const context = (state: AnalysisState): Context => {
    if (state !== contextState || !contextOfState) {
      contextState = state;
      contextOfState = new Context(state, rules);
    }
    return contextOfState;
  };

  // What applying each statement did (see `Applying`): one object for the whole replay.
  const out: Applying = { position: undefined, change: undefined };

  const settleRules = (state: AnalysisState): void => {
    const ctx = context(state);
    for (const i of withSettle) rules[i]!.onSettle!(ctx, ctx.states[i]);
  };

  return reducer({
    // The positions' histories and the ledger's records, most of the state, are kept as columns (see analysis-snapshot.ts).
    snapshot: analysisSnapshot,
    // The name keys snapshots: an analysis with other rules than the defaults, or other windows (in their versions), keeps its own.
    name: `${sameRules(rules, defaultRules()) ? 'analysis' : `analysis(${rules.map((r) => `${r.type}@${r.version}`).join(',')})`}${window}`,
    // 3: reports yield to the holder's own word for a while after it. 4: a stance made firm stays firm while it holds.
    // 5: a retraction earlier in the day than a restatement starts the stance anew; the own-words window counts calendar days.
    // 6: a resolved contradiction names the statement that ended it (`resolvedBy`), for every rule's records.
    // 7: the positions of version 6 (a word read late that outranks the current one on its day; a retraction cutting the run).
    // 8: the positions of version 7 (the words of one day weighed by valid time, then log position).
    // 9: the voice rules keep a state (the positions to read anew once the batch is read) where they kept none, and their books no `stale`.
    // 10: the positions of version 8 (a report that yields to the holder's own word brings no conditions).
    // 11: the registry of version 2 (an office held makes a person of an actor only statements had named).
    // 12: the positions of version 9 (a position keeps its preconditions, the conditions not brought by threats).
    // 13: conflicting-reports 11 (the holder's own word settles the accounts before it), self-contradiction 9 (a speaker's name in any case, spacing or form).
    // 14: circular-precondition 10 (a summary says the terms of an edge of a `-` condition).
    // 15: conflicting-reports 12 (the holder's own word settles, after both accounts, a conflict of its own source too), self-contradiction 10 (a third speaker's later word settles the conflict of two others).
    // 16: the positions of version 10 (a retraction withdraws only the stance of its polarity held as it is said: one of a stance not held changes nothing).
    // 17: reversal 14 (a retraction ends a turn only when it withdraws a stance, as positions read it: one of a stance not held ends none).
    // 18: the positions of version 11 (a correction takes the place of the statement it corrects among the words of its time),
    // reversal 15 (an own word of the latest own word's time that counts before it, a correction, is weighed as read late).
    // 19: conflicting-reports 14 (two outlets printing opposite own words of the holder the same day are accounts that differ).
    // 20: incompatible 8 (a statement of the minute of its issue's latest that counts before it, a correction, is read late).
    // 21: the registry of version 3 (the actor of an office given at registration is registered provisionally).
    // 22: incompatible 9, reversal 16 (the statements read late kept by id, and steps of one place ordered by id: a correction and the statement it corrects, both counting, share a place).
    // 23: (the same state) a snapshot keeps the ledger as columns and one table of ids (analysis-columns@1): older ones are made anew.
    version: `23${window}|${rules.map((r) => `${r.type}@${r.version}`).join(',')}`,
    initial: () => ({
      registry: emptyRegistry(),
      positions: initialPositions(),
      contradictions: emptyContradictions(),
      rules: new Map(rules.map((r) => [r.type, r.initial()])),
    }),
    recipe: (state, event: StoredEvent) => {
      // Work put off reads the registry as it stood before this event (as doing it then would have).
      if (withSettle.length > 0 && event.type !== 'statement-made') settleRules(state);
      if (event.type === 'statement-made') {
        const s = event.data;
        const entry = stanceEntry(event);
        applyTo(state.positions, s.holder, s.issue, entry, out);
        const position = out.position!;
        const change = out.change;
        out.position = out.change = undefined;
        // What a statement may add to the registry, before the rules read it: provisional actors and issues. A position
        // seen before has its holder and its issue there already (the registry never loses one), so most statements, whose
        // speaker is the holder itself and which name no condition, have nothing to look up.
        const created = change !== undefined && change.before === undefined;
        if (created || s.conditions !== undefined || (s.speaker?.actor !== undefined && s.speaker.actor !== s.holder)) applyToRegistry(state.registry, event);
        if (withStatement.length === 0 && (!change || withChange.length === 0)) return;
        const ctx = context(state);
        if (withSlot.length > 0 && position.slots.length === 0) position.slots = newSlots();
        const slots = position.slots;
        const states = ctx.states;
        const n = withStatement.length;
        // Written out, one call site per rule: a site that always calls the
        // same rule's hook stays monomorphic, so V8 may inline it, where one
        // loop calling every rule's hook is megamorphic. Counted under
        // cachegrind, a replay of the benchmark log runs 4% fewer
        // instructions with the five built-in rules.
        if (n > 0) { const i = withStatement[0]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (n > 1) { const i = withStatement[1]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (n > 2) { const i = withStatement[2]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (n > 3) { const i = withStatement[3]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (n > 4) { const i = withStatement[4]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (n > 5) { const i = withStatement[5]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        for (let k = 6; k < n; k++) { const i = withStatement[k]!; rules[i]!.onStatement!(ctx, states[i], entry, position, slotAt(slots, slotOf[i]!)); }
        if (change) for (let k = 0; k < withChange.length; k++) { const i = withChange[k]!; rules[i]!.onChange!(ctx, states[i], change); }
      } else {
        applyToRegistry(state.registry, event);
        if (withRegistry.length > 0) {
          const ctx = context(state);
          for (const i of withRegistry) rules[i]!.onRegistry!(ctx, ctx.states[i], event);
        }
      }
    },
    // Rules that put work off until the batch is read (a derivation anew after statements read late) do it here.
    ...(withSettle.length === 0 ? {} : { settle: settleRules }),
  });
}

/**
 * The contradiction types an analysis can find: those of the rules it runs
 * (the built-in ones, yours), in their order, whether or not any is open.
 * {@link contradictionList} takes any string as its `type` filter, as rules
 * of your own add types, so a misspelt type lists nothing, as a type no
 * contradiction has: check a type that comes from a user against these first.
 *
 * @example
 * import { analysis, contradictionList, contradictionTypes, openMemoryStore, project } from '@stancelog/core'
 * const r = await project(openMemoryStore(), analysis())
 * assert.ok(r._tag === 'Right')
 * const asked = 'incompatable' // a user's typo
 * const known = contradictionTypes(r.right.state)
 * assert.ok(!known.includes(asked)) // refuse it, rather than answer []
 * assert.deepStrictEqual(contradictionList(r.right.state, { type: asked }), [])
 * assert.deepStrictEqual(known, ['incompatible', 'circular-precondition', 'reversal', 'conflicting-reports', 'self-contradiction'])
 * @category analysis
 * @since 0.1.0
 */
export function contradictionTypes(state: AnalysisState): ReadonlyArray<string> {
  // The analysis keeps a state for every rule it runs, under the rule's type.
  return [...state.rules.keys()];
}

/**
 * The precondition graph of an analysis (empty when the circular-precondition
 * rule does not run), each edge with its holders' terms: the polarity each
 * condition requires, and the holder's stance on the issue it conditions.
 *
 * @example
 * import { analysis, openMemoryStore, preconditionEdges, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'peace-talks', kind: 'condition', polarity: '+',
 *   conditions: [{ issue: 'nato-membership', polarity: '-' }], statedAt: '2025-05-16', source: { quote: 'talks only once Kyiv drops its NATO bid' } })])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(preconditionEdges(r.right.state)[0]?.terms, [{ holder: 'russia', condition: '-', stance: '+' }])
 * @category analysis
 * @since 0.1.0
 */
export function preconditionEdges(state: AnalysisState): PreconditionEdge[] {
  const rule = state.rules.get('circular-precondition') as CircularPreconditionState | undefined;
  if (!rule) return [];
  return graphEdges(rule.graph).map((edge) => ({
    ...edge,
    terms: edge.holders.map((holder) => {
      const p = getPosition(state.positions, holder, edge.to);
      // An edge exists only while its holder's position carries the precondition.
      const condition = p?.preconditions.find((c) => c.issue === edge.from)?.polarity ?? '+';
      return { holder, condition, stance: p ? effectivePolarity(p.current) : '0' };
    }),
  }));
}

/**
 * One holder's part in an edge of a cycle: the polarity its condition
 * requires of the edge's `from` issue, and the statements (on the edge's
 * `to` issue) that state that condition, oldest first.
 * @example
 * import { analysis, contradictionEvidence, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } }),
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-05-11', source: { quote: 'talks once the guns fall silent' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-07-20', source: { quote: 'no truce before a settlement' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * const [cycle] = contradictionList(state, { type: 'circular-precondition' })
 * const [ukraine] = contradictionEvidence(state, cycle!).cycle.find((edge) => edge.to === 'peace-talks')!.holders
 * // Ukraine set the condition twice: both statements are evidence, oldest first.
 * assert.deepStrictEqual([ukraine!.holder, ukraine!.condition, ukraine!.statements.length], ['ukraine', '+', 2])
 * @category analysis
 * @since 0.1.0
 */
export interface ConditionEvidence {
  readonly holder: string;
  readonly condition: Polarity;
  readonly statements: ReadonlyArray<string>;
  /**
   * The actor whose report the holder's position stood on (its current
   * word a third party's account: `'germany'`), or `null` for the holder's
   * own word: a deadlock may rest on one party's reading of another.
   */
  readonly reportedBy: string | null;
}

/**
 * A stance a contradiction rests on that is a third party's report, not
 * the holder's own word: the holder's position on the issue, as it stands
 * (or stood just before the contradiction ended), set by `by`'s account
 * of it. An analyst weighs such a clash as that party's reading.
 * @example
 * import { analysis, contradictionEvidence, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import type { ReportedStance } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'Kyiv must cede the regions' } }),
 *   // All the log has of Ukraine's stance: Germany's chancellor telling it.
 *   statementMade({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', speaker: { name: 'Friedrich Merz', actor: 'germany' }, statedAt: '2025-05-20', source: { quote: 'Kyiv will never recognise the occupation' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * const reported: ReadonlyArray<ReportedStance> = contradictionEvidence(state, contradictionList(state)[0]!).reported
 * assert.deepStrictEqual(reported, [{ holder: 'ukraine', issue: 'territorial-concessions', by: 'germany' }])
 * @category analysis
 * @since 0.1.0
 */
export interface ReportedStance {
  readonly holder: string;
  readonly issue: string;
  /** The third party whose account sets the stance (an actor id). */
  readonly by: string;
}

/**
 * One edge of a `circular-precondition` cycle: `from` must hold before
 * `to`, according to each of `holders`.
 * @example
 * import { analysis, contradictionEvidence, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'Ukraine cedes occupied territory', parent: 'peace-talks' } },
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'territorial-concessions', polarity: '+' }], statedAt: '2025-07-20', source: { quote: 'no truce until Kyiv cedes the four regions' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * const evidence = contradictionEvidence(state, contradictionList(state, { type: 'circular-precondition' })[0]!)
 * // In the order of the cycle: from peace-talks, the cycle goes on through territory, one of its sub-issues.
 * assert.deepStrictEqual(evidence.cycle.map((e) => [e.from, e.to, e.holders.map((h) => h.holder)]), [['ceasefire', 'peace-talks', ['ukraine']], ['territorial-concessions', 'ceasefire', ['russia']]])
 * @category analysis
 * @since 0.1.0
 */
export interface CycleEdgeEvidence {
  readonly from: string;
  readonly to: string;
  readonly holders: ReadonlyArray<ConditionEvidence>;
}

/**
 * The evidence behind a contradiction, gathered on demand (for
 * `stancelog explain` and reports): replay keeps only what it needs.
 * @example
 * import { analysis, contradictionEvidence, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * const [incompatible] = contradictionList(state)
 * // Not a cycle: the evidence is the contradiction's own statements, and no edges; both stances are the holders' own words.
 * assert.deepStrictEqual(contradictionEvidence(state, incompatible!), { statements: incompatible!.statements, cycle: [], reported: [] })
 * @category analysis
 * @since 0.1.0
 */
export interface ContradictionEvidence {
  /**
   * Every statement behind the contradiction, without repeats: for a cycle,
   * the statements that set its conditions, edge by edge, then the others
   * the contradiction lists (a holder's latest word, which may carry a
   * condition stated earlier without repeating it).
   */
  readonly statements: ReadonlyArray<string>;
  /** For a `circular-precondition`: its edges in the order of the cycle, each with who set it and where. Empty for other types. */
  readonly cycle: ReadonlyArray<CycleEdgeEvidence>;
  /**
   * For an `incompatible` clash and a `circular-precondition`: the stances
   * it rests on that are third parties' reports, not the holders' own words
   * (as the positions stand, or stood just before it ended). Empty when it
   * rests on the holders' own words, and for the other types (a reversal
   * and a self-contradiction are the holder's own words; conflicting
   * reports are reports by what they are). A cycle's are ordered by
   * holder, issue and reporter, whichever edge the cycle is walked from.
   */
  readonly reported: ReadonlyArray<ReportedStance>;
}

/** The edges of a cycle from its key (`from>to,...`, sorted; ids contain neither `>` nor `,`), in the order of the cycle. */
function cycleEdges(registry: RegistryState, key: string): Array<{ from: string; to: string }> {
  const left = key.split(',').map((pair) => {
    const [from = '', to = ''] = pair.split('>');
    return { from, to };
  });
  const ordered: Array<{ from: string; to: string }> = [];
  let next = left.shift();
  while (next) {
    ordered.push(next);
    // The next step starts at the issue just reached or at one of its sub-issues.
    const reached = descendants(registry, next.to);
    const i = left.findIndex((e) => reached.has(e.from));
    next = i >= 0 ? left.splice(i, 1)[0] : left.shift();
  }
  return ordered;
}

/** The actor whose report an entry is (a third party's account), or null for the holder's own word. */
function reporterOf(entry: StanceEntry): string | null {
  return entry.firstHand ? null : entry.attribution.slice('actor:'.length);
}

/**
 * The statements of a holder's position on `to` that state its precondition
 * on `from` (threats aside): those of its current run of the same stance, as the position stood
 * at `end` (valid time, minutes) when given, just before a cycle was resolved
 * (just before `endedBy`, the statement that resolved it, when known).
 */
function conditionStatements(p: PositionState, from: string, end: number | undefined, endedBy?: StanceEntry): Omit<ConditionEvidence, 'holder'> | undefined {
  // A resolved cycle: the position just before its end, or at its end when
  // the cycle began and ended at the same time.
  const beforeEnd = endedBy === undefined ? [] : [stoodWith(p, weighedBefore(endedBy))];
  const candidates = end === undefined ? [p] : [...beforeEnd, stoodWith(p, (e) => e.validFrom < end), stoodWith(p, (e) => e.validFrom <= end)];
  for (const at of candidates) {
    // Its precondition: a threat naming it (what sets the threat off) is no evidence of the edge.
    const condition = at?.preconditions.find((c) => c.issue === from)?.polarity;
    if (!at || condition === undefined) continue;
    // The current run: its stance, stated since it began (see `PositionState.since`).
    const polarity = effectivePolarity(at.current);
    const statements = at.history
      .filter((e) => e.validFrom >= at.since && effectivePolarity(e) === polarity && e.conditions.some((c) => c.issue === from && c.polarity === condition) && bringsPreconditions(at.history, e, at.ownWordsWindow))
      .map((e) => e.id);
    if (statements.length > 0) return { condition, statements, reportedBy: reporterOf(at.current) };
  }
  return undefined;
}

/**
 * The evidence behind a contradiction of an analysis. For a
 * `circular-precondition`, each edge of the cycle with, for each holder who
 * set it, the statements in which it set that condition: who conditioned
 * what on what, and where it was said. For a resolved cycle, the positions
 * as they stood just before it was resolved.
 *
 * The evidence names statements by id: the analysis keeps no quote. To
 * show each with its quote, publisher and speaker, run {@link statements}
 * beside the analysis (`combine({ analysis: analysis(), statements:
 * statements() })`) and look each id up with {@link statementOf}; for
 * events read whole, `statementIndex(events)` indexes them at once.
 *
 * @example
 * import { analysis, contradictionEvidence, contradictionList, openMemoryStore, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-04-23', source: { quote: 'a ceasefire first, then talks' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-07-20', source: { quote: 'no truce before a settlement' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const [cycle] = contradictionList(r.right.state, { type: 'circular-precondition' })
 * const evidence = contradictionEvidence(r.right.state, cycle!)
 * assert.deepStrictEqual(evidence.cycle.map((e) => `${e.holders.map((h) => h.holder).join('+')}: ${e.from} before ${e.to}`), ['ukraine: ceasefire before peace-talks', 'russia: peace-talks before ceasefire'])
 * assert.strictEqual(evidence.statements.length, 2)
 * @category analysis
 * @since 0.1.0
 */
export function contradictionEvidence(
  state: AnalysisState,
  contradiction: Pick<ContradictionView, 'id' | 'type' | 'statements'> & Partial<Pick<ContradictionView, 'issues'>>,
): ContradictionEvidence {
  const own = { statements: [...contradiction.statements], cycle: [], reported: [] };
  if (contradiction.type === 'incompatible') {
    const record = findRecord(state.contradictions, contradiction);
    return record ? { ...own, reported: clashReports(state, record) } : own;
  }
  if (contradiction.type !== 'circular-precondition') return own;
  const record = findRecord(state.contradictions, contradiction);
  if (!record) return own;
  const edges = cycleEdges(state.registry, record.key);
  // The statement that resolved it: a word of one of its holders on an issue a condition of the cycle is set on.
  const endedBy =
    record.resolvedBy === undefined
      ? undefined
      : record.actors.flatMap((holder) => edges.map(({ to }) => getPosition(state.positions, holder, to)?.history.find((e) => e.id === record.resolvedBy))).find((e) => e !== undefined);
  const cycle: CycleEdgeEvidence[] = edges.map(({ from, to }) => ({
    from,
    to,
    holders: record.actors.flatMap((holder) => {
      const p = getPosition(state.positions, holder, to);
      const found = p && conditionStatements(p, from, record.until, endedBy);
      return found ? [{ holder, ...found }] : [];
    }),
  }));
  const statements = new Set<string>();
  for (const edge of cycle) for (const h of edge.holders) for (const id of h.statements) statements.add(id);
  for (const id of record.statements) statements.add(id);
  // In one order whatever edge the cycle is walked from (the issue hierarchy, changed since, may start it elsewhere).
  const reported = cycle.flatMap((edge) => edge.holders.flatMap((h) => (h.reportedBy === null ? [] : [{ holder: h.holder, issue: edge.to, by: h.reportedBy }]))).sort(byHolderIssueReporter);
  return { statements: [...statements], cycle, reported };
}

const byHolderIssueReporter = (a: ReportedStance, b: ReportedStance): number =>
  a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : a.by < b.by ? -1 : a.by > b.by ? 1 : 0;

/**
 * The sides of an `incompatible` clash that stand on a third party's
 * report: each holder's position on the issue as it stands, or, once the
 * clash is resolved, as it stood just before the statement that ended it.
 */
function clashReports(state: AnalysisState, record: ContradictionRecord): ReportedStance[] {
  const issue = record.issues[0];
  if (issue === undefined) return [];
  const sides = record.actors.flatMap((holder) => {
    const p = getPosition(state.positions, holder, issue);
    return p ? [p] : [];
  });
  const endedBy = record.resolvedBy === undefined ? undefined : sides.map((p) => p.history.find((e) => e.id === record.resolvedBy)).find((e) => e !== undefined);
  return sides.flatMap((p) => {
    const stood = record.until === undefined ? p : positionBefore(p, record.until, endedBy);
    const by = stood === undefined ? null : reporterOf(stood.current);
    return by === null ? [] : [{ holder: p.holder, issue, by }];
  });
}

/** A position as it stood just before `end` (valid minutes), or before `endedBy` in the order positions weigh words. */
function positionBefore(p: PositionState, end: number, endedBy: StanceEntry | undefined): PositionState | undefined {
  return stoodWith(p, endedBy === undefined ? (e) => e.validFrom < end : weighedBefore(endedBy));
}

/** A position as the entries of its history that `keep` keeps make it; undefined when it keeps none. */
function stoodWith(p: PositionState, keep: (e: StanceEntry) => boolean): PositionState | undefined {
  const history = p.history.filter(keep);
  return history.length === 0 ? undefined : recomputePosition({ ...p, history });
}

/**
 * Whether an entry was weighed before `endedBy`, in the order positions weigh words (valid time, then log
 * position): a minute alone cannot tell, when that statement is of the minute the word before it was (two articles
 * of one day).
 */
function weighedBefore(endedBy: StanceEntry): (e: StanceEntry) => boolean {
  return (e) => e.validFrom < endedBy.validFrom || (e.validFrom === endedBy.validFrom && e.position < endedBy.position);
}

function findRecord(state: ContradictionsState, { id, issues }: { id: string; issues?: ReadonlyArray<string> | undefined }): ContradictionRecord | undefined {
  // A record is filed under its first issue: a view says which (a report asks for thousands of records a day).
  const filed = issues?.[0] === undefined ? undefined : state.byIssue.get(issues[0])?.records.get(id);
  if (filed !== undefined) return filed;
  for (const ledger of state.byIssue.values()) {
    const record = ledger.records.get(id);
    if (record) return record;
  }
  return undefined;
}
