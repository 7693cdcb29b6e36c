/**
 * The analysis: registry, positions and contradictions in one reducer, as
 * the CLI and the examples use it.
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import { emptyContradictions, isContradictionOpen, openContradiction, resolveContradiction } from './contradictions.js';
import type { ContradictionRule, ContradictionsState, Moment, OpenSpec, RuleContext } from './contradictions.js';
import { applyStatement, effectivePolarity, getPosition } from './positions.js';
import type { PositionsState } from './positions.js';
import { graphEdges } from './precondition-graph.js';
import type { PreconditionEdge } from './precondition-graph.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';
import { applyToRegistry, emptyRegistry } from './registry.js';
import type { RegistryState } from './registry.js';
import { circularPreconditionRule } from './rules/circular-precondition.js';
import type { CircularPreconditionState } from './rules/circular-precondition.js';
import { conflictingReportsRule } from './rules/conflicting-reports.js';
import { incompatibleRule } from './rules/incompatible.js';
import { reversalRule } from './rules/reversal.js';
import { selfContradictionRule } from './rules/self-contradiction.js';

/**
 * The analysis state.
 * @category analysis
 * @since 0.1.0
 */
export interface AnalysisState {
  registry: RegistryState;
  positions: PositionsState;
  contradictions: ContradictionsState;
  /** Each rule's own state, by rule type. */
  rules: Map<string, unknown>;
}

/**
 * Options of the analysis.
 * @category analysis
 * @since 0.1.0
 */
export interface AnalysisOptions {
  /** The rules to run (default: {@link defaultRules}). */
  readonly rules?: ReadonlyArray<ContradictionRule<any, any>>;
  /** Rules to run besides the default ones. */
  readonly extraRules?: ReadonlyArray<ContradictionRule<any, any>>;
  /** Window of the `conflicting-reports` rule, in days (default 30). */
  readonly reportWindowDays?: number;
  /** Window of the `self-contradiction` rule, in days (default 7). */
  readonly speakerWindowDays?: number;
}

// A class, not an object of closures: one small allocation per state.
class Context implements RuleContext {
  /** The rules' states in the order of the rules, looked up once per state object rather than once per rule and event. */
  readonly states: unknown[];
  constructor(
    private readonly state: AnalysisState,
    rules: ReadonlyArray<ContradictionRule<any, any>>,
  ) {
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
  open(spec: OpenSpec): void {
    openContradiction(this.state.contradictions, spec);
  }
  resolve(type: string, issue: string, key: string, at: Moment): void {
    resolveContradiction(this.state.contradictions, type, issue, key, at);
  }
  isOpen(type: string, issue: string, key: string): boolean {
    return isContradictionOpen(this.state.contradictions, type, issue, key);
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

/**
 * The analysis reducer: registry, positions and the contradictions found by
 * the rules, maintained incrementally event by event.
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
 * @category analysis
 * @since 0.1.0
 */
export function analysis(options: AnalysisOptions = {}): Reducer<AnalysisState> {
  const rules = [...(options.rules ?? defaultRules(options)), ...(options.extraRules ?? [])];
  const types = new Set<string>();
  for (const r of rules) {
    if (types.has(r.type)) throw new Error(`two contradiction rules have the type ${r.type}`);
    types.add(r.type);
  }
  // Hooks as index lists into `rules`, so that each finds its state in the context's array.
  const indexes = (has: (r: ContradictionRule<any, any>) => boolean) => rules.flatMap((r, i) => (has(r) ? [i] : []));
  const withStatement = indexes((r) => r.onStatement !== undefined);
  const withChange = indexes((r) => r.onChange !== undefined);
  const withRegistry = indexes((r) => r.onRegistry !== undefined);
  const withSlot = indexes((r) => r.initialSlot !== undefined);
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

  return reducer({
    name: 'analysis',
    version: `2|${rules.map((r) => `${r.type}@${r.version}`).join(',')}`,
    initial: () => ({
      registry: emptyRegistry(),
      positions: { byIssue: new Map() },
      contradictions: emptyContradictions(),
      rules: new Map(rules.map((r) => [r.type, r.initial()])),
    }),
    recipe: (state, event: StoredEvent) => {
      applyToRegistry(state.registry, event);
      if (event.type === 'statement-made') {
        const applied = applyStatement(state.positions, event);
        if (withStatement.length === 0 && (!applied.change || withChange.length === 0)) return;
        const ctx = context(state);
        const position = applied.position;
        if (withSlot.length > 0 && position.slots.length === 0) position.slots = newSlots();
        const slots = position.slots;
        for (const i of withStatement) {
          const slot = slotOf[i]!;
          rules[i]!.onStatement!(ctx, ctx.states[i], applied.entry, position, slot < 0 ? undefined : slots[slot]);
        }
        if (applied.change) for (const i of withChange) rules[i]!.onChange!(ctx, ctx.states[i], applied.change);
      } else if (withRegistry.length > 0) {
        const ctx = context(state);
        for (const i of withRegistry) rules[i]!.onRegistry!(ctx, ctx.states[i], event);
      }
    },
  });
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
      // An edge exists only while its holder's position carries the condition.
      const condition = p?.conditions.find((c) => c.issue === edge.from)?.polarity ?? '+';
      return { holder, condition, stance: p ? effectivePolarity(p.current) : '0' };
    }),
  }));
}
