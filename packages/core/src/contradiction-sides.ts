/**
 * A contradiction's sides, structured for a page: {@link contradictionSides}
 * gives each actor of a contradiction with its registered name and its
 * stances as the contradiction's statements show them, and each issue with
 * its title. A contradiction's `summary` says the same for people, naming
 * actors and issues by id ("russia demand ceasefire (-) against ...").
 *
 * @since 0.1.0
 */
import type { AnalysisState } from './analysis.js';
import type { ContradictionView } from './contradiction-view.js';
import { getPosition, historyPrefix, plainHistory, positionOf } from './positions.js';
import type { PositionState } from './positions.js';
import type { RegistryState } from './registry.js';
import { effectivePolarity } from './stance-entry.js';
import type { StanceEntry } from './stance-entry.js';
import type { Condition, Polarity, StatementKind } from './statement.js';

/**
 * An actor as a page names it: its id, the name the registry gives it, and
 * whether only statements named it.
 *
 * @example
 * import { contradictionList, contradictionSides, openMemoryStore, project, analysis, statementMade } from '@stancelog/core'
 * import type { ActorLabel } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukraine', aliases: ['Kyiv'] } },
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const labels: ActorLabel[] = contradictionSides(r.right.state, contradictionList(r.right.state)[0]!).actors.map(({ id, name, provisional }) => ({ id, name, provisional }))
 * // Russia was never registered: its id is its name.
 * assert.deepStrictEqual(labels, [{ id: 'russia', name: 'russia', provisional: true }, { id: 'ukraine', name: 'Ukraine', provisional: false }])
 * @category contradictions
 * @since 0.1.0
 */
export interface ActorLabel {
  readonly id: string;
  /**
   * The name the registry gives it (`actor-registered`'s `name`, as
   * registered last; an alias is no name). Its id when it is provisional
   * (only statements named it), unknown to the registry, or registered with
   * a blank name (a log written before blank names were refused).
   */
  readonly name: string;
  /** True when no `actor-registered` event registered it (as the registry's `RegisteredActor.provisional`), or the registry does not know it. */
  readonly provisional: boolean;
}

/**
 * One statement of a contradiction as its actor's stance: what it said, on
 * which issue, when, and whose account it is.
 *
 * @example
 * import { analysis, contradictionList, contradictionSides, openMemoryStore, project, statementMade } from '@stancelog/core'
 * import type { SideStance } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', speaker: { name: 'Dmitry Peskov', actor: 'russia' }, source: { quote: 'we accept a truce' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const [turn] = contradictionList(r.right.state, { type: 'reversal' })
 * const stances: ReadonlyArray<SideStance> = contradictionSides(r.right.state, turn!).actors[0]!.stances
 * // The stance turned from, then the one turned to, each with its date and speaker.
 * assert.deepStrictEqual(stances.map((s) => [s.kind, s.polarity, s.stated, s.speaker]), [['reject', '-', '2025-03-13', null], ['accept', '+', '2025-03-30', 'Dmitry Peskov']])
 * @category contradictions
 * @since 0.1.0
 */
export interface SideStance {
  /** The statement's id (its event's): {@link statementOf} gives its quote and source. */
  readonly statement: string;
  readonly issue: string;
  readonly kind: StatementKind;
  /**
   * The stance it takes, as positions and summaries weigh it: a retraction
   * takes none (`0`; the polarity it drops is the statement's own, which
   * {@link statementOf} gives).
   */
  readonly polarity: Polarity;
  /**
   * How firm the stance was as this statement left it: the latest demand,
   * condition or red line among the evidence of the stance the position
   * held once it was weighed (as {@link PositionView.firmKind}), when that
   * is this statement's stance; null when none was, or the position held
   * another (a report its holder's own word outweighed). What an
   * `incompatible` summary names: `red-line` for a red line restated as
   * `reject`.
   */
  readonly firmKind: StatementKind | null;
  /** Its conditions as stated (a `condition`'s preconditions; a `threat`'s trigger): what a cycle's sides set. */
  readonly conditions: ReadonlyArray<Condition>;
  /** When it was stated, as stated (`2025-05-16`, `2025-W33`, `2025-05`), or the recorded day when undated. */
  readonly stated: string;
  /** The speaker named, as written; null when none is. */
  readonly speaker: string | null;
  /** The third party whose account of the actor's stance it is (`germany`'s chancellor telling Ukraine's), named; null for the actor's own word. */
  readonly reportedBy: ActorLabel | null;
}

/**
 * One actor of a contradiction, named, with its stances.
 *
 * @example
 * import { analysis, contradictionList, contradictionSides, openMemoryStore, project, statementMade } from '@stancelog/core'
 * import type { ContradictionSide } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia' } },
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-05', source: { quote: 'no truce, ever' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-10', source: { quote: 'we reject a truce' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const [clash] = contradictionList(r.right.state)
 * const [russia]: ContradictionSide[] = [...contradictionSides(r.right.state, clash!).actors]
 * // Its word in the clash is the rejection, a red line restated: as firm as the red line, as the summary says.
 * const [stance] = russia!.stances
 * assert.deepStrictEqual([stance!.kind, stance!.firmKind], ['reject', 'red-line'])
 * assert.ok(clash!.summary.startsWith('russia red-line ceasefire (-)'))
 * assert.strictEqual(`${russia!.name} (${stance!.firmKind ?? stance!.kind}: ${stance!.polarity})`, 'Russia (red-line: -)')
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionSide extends ActorLabel {
  /**
   * Its statements among the contradiction's, in the order positions weigh
   * them (valid time, then log position): one for each side of most
   * clashes; the stance turned from and the one turned to for a reversal;
   * every restatement an open clash took in.
   */
  readonly stances: ReadonlyArray<SideStance>;
}

/**
 * An issue of a contradiction as a page names it.
 *
 * @example
 * import { analysis, contradictionList, contradictionSides, openMemoryStore, project, statementMade } from '@stancelog/core'
 * import type { IssueLabel } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'a general ceasefire takes effect' } },
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'propose', polarity: '+', statedAt: '2025-03-01', source: { quote: 'we are open to a truce' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const issues: ReadonlyArray<IssueLabel> = contradictionSides(r.right.state, contradictionList(r.right.state)[0]!).issues
 * assert.deepStrictEqual(issues, [{ id: 'ceasefire', title: 'Ceasefire', proposition: 'a general ceasefire takes effect', provisional: false }])
 * @category contradictions
 * @since 0.1.0
 */
export interface IssueLabel {
  readonly id: string;
  /** Its registered title; its id when it is provisional (only statements named it), unknown to the registry, or registered with a blank title. */
  readonly title: string;
  /** What a `+` stance on it wants; its id when it is provisional or unknown, or registered blank. */
  readonly proposition: string;
  /** True when no `issue-defined` event defined it, or the registry does not know it. */
  readonly provisional: boolean;
}

/**
 * What {@link contradictionSides} gives: who stands where in a
 * contradiction, named as the registry names them.
 *
 * @example
 * import { contradictionSides } from '@stancelog/core'
 * import type { ContradictionSides } from '@stancelog/core'
 * const state = { registry: { actors: new Map(), issues: new Map(), children: new Map(), hierarchyVersion: 0 }, positions: { byIssue: new Map() } }
 * // Nothing of it in the state: each actor and issue named by its id, each statement unplaced.
 * const sides: ContradictionSides = contradictionSides(state as any, { actors: ['russia'], issues: ['ceasefire'], statements: ['e1'] })
 * assert.deepStrictEqual(sides, { actors: [{ id: 'russia', name: 'russia', provisional: true, stances: [] }], issues: [{ id: 'ceasefire', title: 'ceasefire', proposition: 'ceasefire', provisional: true }], unplaced: ['e1'] })
 * @category contradictions
 * @since 0.1.0
 */
export interface ContradictionSides {
  /** Each actor of the contradiction, in its order (`actors`: by id, for the built-in rules), with its stances. */
  readonly actors: ReadonlyArray<ContradictionSide>;
  /** Each issue of the contradiction, in its order (`issues`), with its title. */
  readonly issues: ReadonlyArray<IssueLabel>;
  /**
   * The contradiction's statements that are no stance of its actors on its
   * issues in the state given: none for a contradiction of that state. A
   * view kept from an earlier state (a page showing one while `follow`
   * projected a withdrawal) may name a statement withdrawn since; a rule of
   * your own may list statements of holders or issues it does not name.
   */
  readonly unplaced: ReadonlyArray<string>;
}

/**
 * The sides of a contradiction, for a page that shows "Russia (red-line:
 * -) against Ukraine (demand: +)" in the registry's names rather than
 * parse the `summary`: each of its actors, named, with its stances as the
 * contradiction's statements show them (kind, polarity, how firm, date,
 * speaker, whose account), and each of its issues with its title. Gathered on
 * demand from the analysis state (its registry and positions; a
 * `combine({ registry: registry(), positions: positions() })` state does
 * as well), as {@link contradictionEvidence} is: it reads the histories of
 * the contradiction's actors on its issues.
 *
 * A function of the state, not a field of {@link ContradictionView}: the
 * view is the contradiction alone (what `--json` writes), kept one per
 * frozen record, and a name registered later would not show in it. Read
 * against the state the contradiction was listed from: every statement is
 * placed. The quotes and sources are {@link statementOf}'s.
 *
 * @example
 * import { analysis, contradictionList, contradictionSides, openMemoryStore, project, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia' } },
 *   { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukraine' } },
 *   { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'a general ceasefire takes effect' } },
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce, ever' } }),
 * ])
 * const r = await project(store, analysis())
 * assert.ok(r._tag === 'Right')
 * const [clash] = contradictionList(r.right.state)
 * assert.strictEqual(clash!.summary, 'russia red-line ceasefire (-) against ukraine demand ceasefire (+)')
 * const sides = contradictionSides(r.right.state, clash!)
 * const said = sides.actors.map((a) => `${a.name} (${a.stances.map((s) => `${s.kind}: ${s.polarity}`).join(', ')})`).join(' against ')
 * assert.strictEqual(`${said} on ${sides.issues[0]!.title}`, 'Russia (red-line: -) against Ukraine (demand: +) on Ceasefire')
 * @category contradictions
 * @since 0.1.0
 */
export function contradictionSides(
  state: Pick<AnalysisState, 'registry' | 'positions'>,
  contradiction: Pick<ContradictionView, 'actors' | 'issues' | 'statements'>,
): ContradictionSides {
  const wanted = new Set(contradiction.statements);
  const placed = new Set<string>();
  const actors = contradiction.actors.map((id): ContradictionSide => {
    const found: Array<{ entry: StanceEntry; stance: SideStance }> = [];
    for (const issue of contradiction.issues) {
      const p = getPosition(state.positions, id, issue);
      if (p === undefined) continue;
      const history = plainHistory(p);
      for (let i = 0; i < history.length; i++) {
        const entry = history[i]!;
        if (!wanted.has(entry.id)) continue;
        found.push({ entry, stance: sideStance(state.registry, p, history, i) });
        placed.add(entry.id);
      }
    }
    // In the order positions weigh words: a reversal's stance turned from comes before the one turned to.
    found.sort((a, b) => a.entry.validFrom - b.entry.validFrom || a.entry.position - b.entry.position);
    return { ...actorLabel(state.registry, id), stances: found.map((f) => f.stance) };
  });
  return {
    actors,
    issues: contradiction.issues.map((id) => issueLabel(state.registry, id)),
    unplaced: contradiction.statements.filter((id) => !placed.has(id)),
  };
}

function sideStance(registry: RegistryState, p: PositionState, history: ReadonlyArray<StanceEntry>, at: number): SideStance {
  const e = history[at]!;
  const polarity = effectivePolarity(e);
  // The position as the words up to this one make it (about as costly as its stance's run is long).
  const stood = positionOf(p, historyPrefix(history, at + 1));
  return {
    statement: e.id,
    issue: p.issue,
    kind: e.kind,
    polarity,
    firmKind: effectivePolarity(stood.current) === polarity ? (stood.firmKind ?? null) : null,
    conditions: e.conditions,
    stated: e.label,
    speaker: e.speaker ?? null,
    // A third party's account is attributed `actor:ID` (see `StanceEntry.attribution`).
    reportedBy: e.firstHand ? null : actorLabel(registry, e.attribution.slice('actor:'.length)),
  };
}

// A name as a log may hold it: one written before blank names were refused names nothing.
const named = (text: string | undefined, id: string): string => (text === undefined || text.trim() === '' ? id : text);

function actorLabel(registry: RegistryState, id: string): ActorLabel {
  const entry = registry.actors.get(id);
  return { id, name: named(entry?.actor.name, id), provisional: entry?.provisional ?? true };
}

function issueLabel(registry: RegistryState, id: string): IssueLabel {
  const entry = registry.issues.get(id);
  return { id, title: named(entry?.issue.title, id), proposition: named(entry?.issue.proposition, id), provisional: entry?.provisional ?? true };
}
