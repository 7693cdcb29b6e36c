/**
 * Expected positions and contradictions, and the readable differences
 * between them and a state: one line per holder x issue or per
 * contradiction that differs.
 *
 * @since 0.1.0
 */
import { contradictionList, eventId, nearNames, positionList } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import type { Condition, ContradictionView, ContradictionsState, Polarity, PositionView, PositionsState, StanceRun, StatementKind } from '@stancelog/core';
import { brief, literal } from './show.js';
import { structuralDiff } from './structural-diff.js';
import { isMap } from './realm-tags.js';

/**
 * A state that holds positions: the positions reducer's, or one with a
 * `positions` part (the analysis).
 *
 * @example
 * import { positionsOf, statement, stored } from '@stancelog/testing'
 * import type { WithPositions } from '@stancelog/testing'
 * import { analysis, replay } from '@stancelog/core'
 * // The analysis's state holds its positions: no need to pick them out.
 * const state: WithPositions = replay(analysis(), stored([statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })]))
 * assert.strictEqual(positionsOf(state)[0]?.polarity, '+')
 * @category expectations
 * @since 0.1.0
 */
export type WithPositions = PositionsState | { readonly positions: PositionsState };

/**
 * A state that holds contradictions: a ledger, or one with a
 * `contradictions` part (the analysis).
 *
 * @example
 * import { contradictionsOf, statement, stored } from '@stancelog/testing'
 * import type { WithContradictions } from '@stancelog/testing'
 * import { analysis, replay } from '@stancelog/core'
 * const state: WithContradictions = replay(analysis(), stored([
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-01' }),
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-01' }),
 * ]))
 * assert.deepStrictEqual(contradictionsOf(state).map((c) => c.type), ['reversal'])
 * @category expectations
 * @since 0.1.0
 */
export type WithContradictions = ContradictionsState | { readonly contradictions: ContradictionsState };

/**
 * A position a test expects: holder and issue, and whichever fields of the
 * {@link PositionView} it cares about.
 *
 * @example
 * import { idOf, positionDiff, statement, stored } from '@stancelog/testing'
 * import type { ExpectedPosition } from '@stancelog/testing'
 * import { positions, replay } from '@stancelog/core'
 * const hedge = statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-12' })
 * const reject = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-23' })
 * // Only these fields are compared: the supporting statement, and the polarity of each run of the history.
 * const expected: ExpectedPosition = { holder: 'russia', issue: 'ceasefire', statements: [idOf(reject)], history: [{ polarity: '0' }, { polarity: '-' }] }
 * assert.deepStrictEqual(positionDiff([expected], replay(positions(), stored([hedge, reject]))), [])
 * @category expectations
 * @since 0.1.0
 */
export interface ExpectedPosition {
  readonly holder: string;
  readonly issue: string;
  readonly polarity?: Polarity | undefined;
  readonly kind?: StatementKind | undefined;
  readonly conditions?: ReadonlyArray<Condition> | undefined;
  readonly since?: string | undefined;
  readonly lastStated?: string | undefined;
  readonly reported?: boolean | undefined;
  /** The ids of the supporting statements, in order. */
  readonly statements?: ReadonlyArray<string> | undefined;
  readonly sources?: number | undefined;
  /** The runs of the history, each compared on the fields given. */
  readonly history?: ReadonlyArray<Partial<StanceRun>> | undefined;
}

/**
 * A contradiction a test expects: its type, and whichever fields it cares
 * about. `actors`, `issues` and `statements` compare as sets (in any order).
 *
 * @example
 * import { contradictionDiff, statement, stored } from '@stancelog/testing'
 * import type { ExpectedContradiction } from '@stancelog/testing'
 * import { analysis, replay } from '@stancelog/core'
 * const state = replay(analysis(), stored([
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-01' }),
 *   statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-02' }),
 * ]))
 * const expected: ExpectedContradiction = { type: 'incompatible', actors: ['ukraine', 'russia'], since: '2025-04-02', summary: /against ukraine demand/ }
 * assert.deepStrictEqual(contradictionDiff([expected], state), [])
 * @category expectations
 * @since 0.1.0
 */
export interface ExpectedContradiction {
  readonly type: string;
  readonly actors?: ReadonlyArray<string> | undefined;
  readonly issues?: ReadonlyArray<string> | undefined;
  readonly status?: 'open' | 'resolved' | undefined;
  readonly since?: string | undefined;
  readonly until?: string | null | undefined;
  /** The id of the statement that ended it (`null`: open, or ended by none). */
  readonly resolvedBy?: string | null | undefined;
  /** The ids of the statements it stands on, in any order. */
  readonly statements?: ReadonlyArray<string> | undefined;
  /** The summary, or a pattern it matches. */
  readonly summary?: string | RegExp | undefined;
}

/**
 * Options of the comparisons.
 *
 * @example
 * import { positionDiff, statement, stored } from '@stancelog/testing'
 * import type { CompareOptions } from '@stancelog/testing'
 * import { positions, replay } from '@stancelog/core'
 * const state = replay(positions(), stored([
 *   statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
 *   statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
 * ]))
 * // Checking one position among others: by default the others count as unexpected.
 * const options: CompareOptions = { exhaustive: false }
 * const onlyUkraine = [{ holder: 'ukraine', issue: 'ceasefire', polarity: '+' }] as const
 * assert.deepStrictEqual([positionDiff(onlyUkraine, state, options).length, positionDiff(onlyUkraine, state).length], [0, 1])
 * @category expectations
 * @since 0.1.0
 */
export interface CompareOptions {
  /** When true (the default), positions or contradictions not listed are differences too. */
  readonly exhaustive?: boolean | undefined;
}

/**
 * Whether a value is a state with positions (a positions state, or one with
 * a `positions` part).
 *
 * @example
 * import { holdsPositions } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * assert.ok(holdsPositions(positions().initial()))
 * @category expectations
 * @since 0.1.0
 */
export function holdsPositions(state: unknown): state is WithPositions {
  if (state === null || typeof state !== 'object') return false;
  if ('positions' in state) return true;
  const byIssue = (state as { byIssue?: unknown }).byIssue;
  // Positions, not any Map of Maps: a reducer of one's own keyed by issue and holder (counts) holds none.
  return isMap(byIssue) && [...byIssue.values()].every((v) => isMap(v) && [...v.values()].every((p) => p !== null && typeof p === 'object' && 'current' in p && 'history' in p));
}

/**
 * Whether a value is a state with contradictions (a ledger, or one with a
 * `contradictions` part). An empty ledger and empty positions look alike:
 * both hold nothing.
 *
 * @example
 * import { holdsContradictions } from '@stancelog/testing'
 * import { emptyContradictions } from '@stancelog/core'
 * assert.ok(holdsContradictions(emptyContradictions()))
 * @category expectations
 * @since 0.1.0
 */
export function holdsContradictions(state: unknown): state is WithContradictions {
  if (state === null || typeof state !== 'object') return false;
  if ('contradictions' in state) return true;
  const byIssue = (state as { byIssue?: unknown }).byIssue;
  return isMap(byIssue) && [...byIssue.values()].every((v) => v !== null && typeof v === 'object' && 'records' in v);
}

/** The fields a view has, for naming a field an expectation gives that it lacks. */
interface ViewFields {
  readonly noun: string;
  readonly fields: ReadonlyArray<string>;
}
// Records over the views' keys: a field added to a view and not here fails the type check.
const POSITION_FIELDS: ViewFields = {
  noun: 'a position',
  fields: Object.keys({ holder: 1, issue: 1, polarity: 1, kind: 1, conditions: 1, triggers: 1, since: 1, lastStated: 1, reported: 1, firmKind: 1, statements: 1, sources: 1, history: 1 } satisfies Record<keyof PositionView, 1>),
};
const CONTRADICTION_FIELDS: ViewFields = {
  noun: 'a contradiction',
  fields: Object.keys({ id: 1, type: 1, issues: 1, actors: 1, since: 1, until: 1, resolvedBy: 1, status: 1, statements: 1, summary: 1 } satisfies Record<keyof ContradictionView, 1>),
};

/**
 * `holder × issue`, as diffs name a position.
 *
 * @example
 * import { positionLabel } from '@stancelog/testing'
 * assert.strictEqual(positionLabel({ holder: 'russia', issue: 'ceasefire' }), 'russia × ceasefire')
 * @category expectations
 * @since 0.1.0
 */
export function positionLabel(p: { readonly holder: string; readonly issue: string }): string {
  return `${p.holder} × ${p.issue}`;
}

function describePosition(p: PositionView): string {
  return `${p.polarity} ${p.kind} since ${p.since}${p.reported ? ' (reported)' : ''}`;
}

function fieldDiffs(expected: object, actual: object, skip: ReadonlyArray<string>, view?: ViewFields): string[] {
  const out: string[] = [];
  for (const [field, want] of Object.entries(expected)) {
    if (want === undefined || skip.includes(field)) continue;
    const got = (actual as Record<string, unknown>)[field];
    if (view !== undefined && !Object.prototype.hasOwnProperty.call(actual, field) && !view.fields.includes(field)) {
      // A misspelt field (`actor` for `actors`, from JavaScript) read as "actor is undefined", as if the state lacked it.
      const near = nearNames(field, view.fields);
      out.push(`${field} is no field of ${view.noun} (the fields are ${view.fields.join(', ')}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''})`);
    } else if (want instanceof RegExp) {
      if (typeof got !== 'string' || !want.test(got)) out.push(`${field} is ${brief(got)}, expected to match ${want}`);
    } else if (field === 'history' && Array.isArray(want) && Array.isArray(got)) {
      if (want.length !== got.length) out.push(`history has ${got.length} runs (${got.map((r: StanceRun) => `${r.polarity} ${r.kind} ${r.from}`).join(', ')}), expected ${want.length}`);
      else
        want.forEach((w: Partial<StanceRun>, i: number) => {
          for (const d of fieldDiffs(w, got[i] as object, [])) out.push(`history[${i}].${d}`);
        });
    } else if (structuralDiff(want, got, { limit: 1 }).length > 0) {
      out.push(`${field} is ${brief(got)}, expected ${brief(want)}`);
    }
  }
  return out;
}

/**
 * The positions of a state, as views sorted by holder then issue.
 *
 * @example
 * import { positionsOf } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * assert.deepStrictEqual(positionsOf(positions().initial()), [])
 * @category expectations
 * @since 0.1.0
 */
export function positionsOf(state: WithPositions): PositionView[] {
  return positionList(state as PositionsState);
}

/**
 * The contradictions of a state, as views, oldest first.
 *
 * @example
 * import { contradictionsOf } from '@stancelog/testing'
 * import { emptyContradictions } from '@stancelog/core'
 * assert.deepStrictEqual(contradictionsOf(emptyContradictions()), [])
 * @category expectations
 * @since 0.1.0
 */
export function contradictionsOf(state: WithContradictions): ContradictionView[] {
  return contradictionList(state as ContradictionsState);
}

/**
 * The differences between expected positions and a state's, one line per
 * holder x issue: a field that differs, a position missing, or (when
 * exhaustive) a position not expected.
 *
 * @example
 * import { positionDiff, stored, statement } from '@stancelog/testing'
 * import { positions, replay } from '@stancelog/core'
 * const state = replay(positions(), stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })]))
 * assert.deepStrictEqual(positionDiff([{ holder: 'russia', issue: 'ceasefire', polarity: '+' }], state), ["russia × ceasefire: polarity is '-', expected '+'"])
 * @category expectations
 * @since 0.1.0
 */
export function positionDiff(expected: ReadonlyArray<ExpectedPosition>, state: WithPositions, options: CompareOptions = {}): string[] {
  const actual = new Map(positionsOf(state).map((p) => [positionLabel(p), p]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of expected) {
    const label = positionLabel(e);
    if (seen.has(label)) {
      out.push(`${label}: expected twice`);
      continue;
    }
    seen.add(label);
    const a = actual.get(label);
    if (!a) {
      const others = [...actual.values()].filter((p) => p.holder === e.holder).map((p) => p.issue);
      out.push(`${label}: missing${others.length ? ` (${e.holder} has positions on ${others.join(', ')})` : ` (${e.holder} has no position)`}`);
      continue;
    }
    const diffs = fieldDiffs(e, a, ['holder', 'issue'], POSITION_FIELDS);
    if (diffs.length) out.push(`${label}: ${diffs.join('; ')}`);
  }
  if (options.exhaustive ?? true) {
    for (const [label, a] of actual) if (!seen.has(label)) out.push(`${label}: unexpected (${describePosition(a)})`);
  }
  return out;
}

/**
 * How a diff names a contradiction: `type [actors] on issues`.
 *
 * @example
 * import { contradictionLabel } from '@stancelog/testing'
 * assert.strictEqual(contradictionLabel({ type: 'incompatible', actors: ['russia', 'ukraine'], issues: ['ceasefire'] }), 'incompatible [russia, ukraine] on ceasefire')
 * @category expectations
 * @since 0.1.0
 */
export function contradictionLabel(c: ExpectedContradiction | ContradictionView): string {
  const actors = c.actors ? ` [${[...c.actors].sort().join(', ')}]` : '';
  const issues = c.issues ? ` on ${[...c.issues].sort().join(', ')}` : '';
  return `${c.type}${actors}${issues}`;
}

function describeContradiction(c: ContradictionView): string {
  return `since ${c.since}, ${c.status === 'open' ? 'open' : `resolved ${c.until}`}`;
}

function sameMembers(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** How a difference names a statement: its id, and what it said when the events are known. */
type DescribeStatement = (id: string) => string;

function statementDescriber(events: ReadonlyArray<NewEvent | StoredEvent> = []): DescribeStatement {
  const said = new Map<string, string>();
  for (const e of events) {
    if (e.type !== 'statement-made') continue;
    const d = e.data;
    said.set('id' in e && typeof e.id === 'string' ? e.id : eventId(e), `${d.holder} ${d.kind} ${d.polarity} ${d.issue}: ${literal(d.source.quote)}`);
  }
  return (id) => (said.has(id) ? `${literal(id)} (${said.get(id)})` : literal(id));
}

/** The fields of an expected contradiction that the actual one does not meet. */
function contradictionFieldDiffs(e: ExpectedContradiction, a: ContradictionView, describe: DescribeStatement = literal): string[] {
  const out: string[] = [];
  if (a.type !== e.type) out.push(`type is ${literal(a.type)}, expected ${literal(e.type)}`);
  if (e.actors && !sameMembers(e.actors, a.actors)) out.push(`actors are ${literal([...a.actors].sort())}, expected ${literal([...e.actors].sort())}`);
  if (e.issues && !sameMembers(e.issues, a.issues)) out.push(`issues are ${literal([...a.issues].sort())}, expected ${literal([...e.issues].sort())}`);
  if (e.statements && !sameMembers(e.statements, a.statements)) {
    // Ids alone say nothing: name what each missing or extra statement said.
    const missing = e.statements.filter((id) => !a.statements.includes(id));
    const extra = a.statements.filter((id) => !e.statements!.includes(id));
    const parts = [missing.length ? `missing ${missing.map(describe).join(', ')}` : '', extra.length ? `extra ${extra.map(describe).join(', ')}` : ''];
    out.push(`statements differ: ${parts.filter(Boolean).join('; ')}`);
  }
  const { type: _t, actors: _a, issues: _i, statements: _s, ...rest } = e;
  out.push(...fieldDiffs(rest, a, [], CONTRADICTION_FIELDS));
  return out;
}

/**
 * Whether a contradiction meets an expectation.
 *
 * @example
 * import { contradictionMatches } from '@stancelog/testing'
 * const c = { id: 'x', type: 'reversal', issues: ['ceasefire'], actors: ['russia'], since: '2025-05-01', until: null, resolvedBy: null, status: 'open', statements: [], summary: 's' } as const
 * assert.ok(contradictionMatches({ type: 'reversal', actors: ['russia'] }, c))
 * @category expectations
 * @since 0.1.0
 */
export function contradictionMatches(expected: ExpectedContradiction, actual: ContradictionView): boolean {
  return contradictionFieldDiffs(expected, actual).length === 0;
}

/**
 * The differences between expected contradictions and a state's, one line
 * per contradiction: a field that differs (against the closest candidate of
 * the same type), a contradiction missing, or (when exhaustive) one not
 * expected. Each actual contradiction meets at most one expectation. Given
 * the events, statements missing or extra are named with what they said.
 *
 * @example
 * import { contradictionDiff } from '@stancelog/testing'
 * import { emptyContradictions } from '@stancelog/core'
 * assert.deepStrictEqual(contradictionDiff([{ type: 'reversal', actors: ['russia'] }], emptyContradictions()), ['missing: reversal [russia] (no reversal found; none of any type)'])
 * @category expectations
 * @since 0.1.0
 */
export function contradictionDiff(expected: ReadonlyArray<ExpectedContradiction>, state: WithContradictions, options: CompareOptions = {}, events?: ReadonlyArray<NewEvent | StoredEvent>): string[] {
  return contradictionViewDiff(expected, contradictionsOf(state), options, events);
}

/**
 * {@link contradictionDiff} on a list of contradiction views.
 *
 * @example
 * import { contradictionViewDiff, idOf, statement } from '@stancelog/testing'
 * assert.deepStrictEqual(contradictionViewDiff([], []), [])
 * const reject = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })
 * const demand = statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })
 * const found = { id: 'x', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: '2025-01-01', until: null, resolvedBy: null, status: 'open', statements: [idOf(demand), idOf(reject)], summary: 's' } as const
 * // Statements in any order; given the events, one missing is named with what it said.
 * assert.deepStrictEqual(contradictionViewDiff([{ type: 'incompatible', statements: [idOf(reject), idOf(demand)] }], [found]), [])
 * const [diff] = contradictionViewDiff([{ type: 'incompatible', statements: [idOf(reject)] }], [found], {}, [reject, demand])
 * assert.ok(diff?.includes(`statements differ: extra '${idOf(demand)}' (ukraine demand + ceasefire: 'ukraine demand + ceasefire')`))
 * @category expectations
 * @since 0.1.0
 */
export function contradictionViewDiff(
  expected: ReadonlyArray<ExpectedContradiction>,
  actual: ReadonlyArray<ContradictionView>,
  options: CompareOptions = {},
  events?: ReadonlyArray<NewEvent | StoredEvent>,
): string[] {
  const describe = statementDescriber(events);
  const used = new Set<number>();
  const pending: ExpectedContradiction[] = [];
  // First pass: exact matches, so a near miss does not steal another's match.
  for (const e of expected) {
    const i = actual.findIndex((a, k) => !used.has(k) && contradictionMatches(e, a));
    if (i >= 0) used.add(i);
    else pending.push(e);
  }
  const out: string[] = [];
  for (const e of pending) {
    let best = -1;
    let bestDiffs: string[] = [];
    actual.forEach((a, k) => {
      if (used.has(k) || a.type !== e.type) return;
      const d = contradictionFieldDiffs(e, a, describe);
      const identity = (!e.actors || sameMembers(e.actors, a.actors)) && (!e.issues || sameMembers(e.issues, a.issues));
      const score = d.length - (identity ? 100 : 0);
      const bestScore = best < 0 ? Infinity : bestDiffs.length - (contradictionFieldDiffs({ type: e.type, actors: e.actors, issues: e.issues }, actual[best]!).length === 0 ? 100 : 0);
      if (score < bestScore) {
        best = k;
        bestDiffs = d;
      }
    });
    if (best < 0) {
      const sameType = actual.filter((a) => a.type === e.type).length;
      out.push(`missing: ${contradictionLabel(e)} (${sameType === 0 ? `no ${e.type} found${typesFound(actual)}` : `every ${e.type} found is matched by another expectation`})`);
    } else {
      used.add(best);
      out.push(`${contradictionLabel(e)}: ${bestDiffs.join('; ')} (closest: ${contradictionLabel(actual[best]!)}, ${describeContradiction(actual[best]!)})`);
    }
  }
  if (options.exhaustive ?? true) {
    actual.forEach((a, k) => {
      if (!used.has(k)) out.push(`unexpected: ${contradictionLabel(a)} (${describeContradiction(a)}): ${a.summary}`);
    });
  }
  return out;
}

/** `; found: incompatible (2), holdout (1)`: what there is instead, as a misspelt rule type shows. */
function typesFound(actual: ReadonlyArray<ContradictionView>): string {
  if (actual.length === 0) return '; none of any type';
  const counts = new Map<string, number>();
  for (const a of actual) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  return `; found: ${[...counts].map(([type, n]) => `${type} (${n})`).join(', ')}`;
}
