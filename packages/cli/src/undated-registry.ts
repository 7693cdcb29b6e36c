/**
 * Back-filling a log: statements carry the `recordedAt` of when they were
 * learnt, but a registry line (an actor, an alias, an office, an issue)
 * with none is recorded now, so `--known-at` any earlier day sees the
 * statements without the names and the issue hierarchy they need. Said
 * once, as a warning: a log kept live has no such lines.
 *
 * @since 0.1.0
 */
import { dayOf, isWithdrawal, isWithdrawn, reducer, withdrawalsOf } from '@stancelog/core';
import type { NewEvent, Reducer, StoredEvent, StoredWithdrawal } from '@stancelog/core';

// Recorded more than a day before now: a back-fill, not the clock of the machine that wrote the file.
const DAY_MILLIS = 24 * 60 * 60 * 1000;

/**
 * The warning for registry events with no `recordedAt` in an input whose
 * statements were recorded earlier than a day before `now`, naming the
 * first such line (`where[i]` says where event `i` was read) and the
 * earliest statement's day; undefined when there is nothing to say. Only
 * the events `appended` says were written count: one the log held already
 * (the same file appended again) was recorded when it was first appended.
 *
 * @example
 * import { undatedRegistryWarning } from './undated-registry.js'
 * const issue = { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the guns fall silent' } } as const
 * const said = { type: 'statement-made', data: {}, recordedAt: '2025-04-24T08:00:00Z' } as any
 * const now = new Date('2026-01-10T00:00:00Z')
 * assert.strictEqual(undatedRegistryWarning([said, issue], ['a.jsonl line 1', 'a.jsonl line 2'], now),
 *   'a.jsonl line 2: issue-defined has no recordedAt, so it is recorded now, while the statements of this input were recorded from 2025-04-24: --known-at a day before now will not see it; give it a recordedAt')
 * // Appended before, it was not recorded now.
 * assert.strictEqual(undatedRegistryWarning([said, issue], ['', ''], now, () => false), undefined)
 * // Dated, or with no statement recorded earlier, it is not worth a word.
 * assert.strictEqual(undatedRegistryWarning([said, { ...issue, recordedAt: '2025-03-01T00:00:00Z' }], ['', ''], now), undefined)
 * assert.strictEqual(undatedRegistryWarning([issue], [''], now), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function undatedRegistryWarning(events: ReadonlyArray<NewEvent>, where: ReadonlyArray<string>, now: Date, appended: (event: NewEvent) => boolean = () => true): string | undefined {
  let earliest: number | undefined;
  for (const e of events) {
    if (e.type !== 'statement-made') continue;
    const at = e.recordedAt === undefined ? Number.NaN : Date.parse(e.recordedAt);
    if (at < now.getTime() - DAY_MILLIS && (earliest === undefined || at < earliest)) earliest = at;
  }
  // Asked of the registry lines only when a statement was back-filled: `appended` may hash each line (append's does).
  if (earliest === undefined) return undefined;
  const undated: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type !== 'statement-made' && e.type !== 'event-withdrawn' && e.recordedAt === undefined && appended(e)) undated.push(i);
  }
  if (undated.length === 0) return undefined;
  const first = undated[0]!;
  const more = undated.length > 1 ? ` (and ${undated.length - 1} more registry lines)` : '';
  return `${where[first]}: ${events[first]!.type} has no recordedAt${more}, so it is recorded now, while the statements of this input were recorded from ${dayOf(new Date(earliest).toISOString())}: --known-at a day before now will not see it; give it a recordedAt`;
}

// The actor or issue an event defines (a name, a kind, an issue's parent), by kind and id.
function definedBy(event: StoredEvent | NewEvent): string | undefined {
  if (event.type === 'actor-registered') return `actor:${event.data.id}`;
  if (event.type === 'issue-defined') return `issue:${event.data.id}`;
  return undefined;
}

/**
 * What {@link lateRegistryWarning} reads of a log: its registry events that
 * define an actor or an issue (`actor-registered`, `issue-defined`), by the
 * key `actor:ID` or `issue:ID`, and its withdrawals, each kept as the few
 * fields the warning weighs. A projection of a few hundred small records
 * whatever the log's size, kept in a snapshot beside the store as the
 * registry's is: a back-filled append no longer reads the whole log.
 *
 * @example
 * import { replay } from '@stancelog/core'
 * import { registryDefinitions } from './undated-registry.js'
 * const issue = { id: 'a'.repeat(32), position: 1, type: 'issue-defined', recordedAt: '2026-12-07T10:00:00Z', tags: ['issue:wealth-tax'], schema: 1, data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a wealth tax is introduced' } } as any
 * const said = { id: 'b'.repeat(32), position: 2, type: 'statement-made', recordedAt: '2026-12-07T11:00:00Z', tags: [], schema: 1, data: { holder: 'centre', issue: 'wealth-tax', kind: 'red-line', polarity: '-', source: { quote: 'never' } } } as any
 * const state = replay(registryDefinitions(), [issue, said])
 * assert.deepStrictEqual([...state.byKey.keys()], ['issue:wealth-tax'])
 * assert.strictEqual(state.withdrawals.length, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface RegistryDefinitions {
  /** The definitions of each actor and issue, in log order. */
  byKey: Map<string, Definition[]>;
  /** Every withdrawal of the log, in log order (a withdrawal may itself be withdrawn). */
  withdrawals: StoredWithdrawal[];
}

/**
 * One `actor-registered` or `issue-defined` event, as {@link RegistryDefinitions} keeps it.
 * @example
 * import type { Definition } from './undated-registry.js'
 * const d: Definition = { id: 'a'.repeat(32), position: 1, type: 'issue-defined', key: 'issue:wealth-tax', recordedAt: '2026-12-07T10:00:00Z' }
 * assert.strictEqual(d.key, 'issue:wealth-tax')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface Definition {
  readonly id: string;
  readonly position: number;
  readonly type: string;
  readonly key: string;
  readonly recordedAt: string;
}

/**
 * The reducer of {@link RegistryDefinitions}: replayed once, then from its
 * snapshot and the events after it.
 * @example
 * import { replay } from '@stancelog/core'
 * import { registryDefinitions } from './undated-registry.js'
 * assert.strictEqual(replay(registryDefinitions(), []).byKey.size, 0)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function registryDefinitions(): Reducer<RegistryDefinitions> {
  return reducer<RegistryDefinitions>({
    name: 'registry-definitions',
    version: '1',
    initial: () => ({ byKey: new Map(), withdrawals: [] }),
    recipe: (state, event) => {
      if (isWithdrawal(event)) {
        state.withdrawals.push(event);
        return;
      }
      const key = definedBy(event);
      if (key === undefined) return;
      const definition: Definition = { id: event.id, position: event.position, type: event.type, key, recordedAt: event.recordedAt };
      const known = state.byKey.get(key);
      if (known === undefined) state.byKey.set(key, [definition]);
      else known.push(definition);
    },
  });
}

/**
 * The warning for statements of an input recorded before the log first
 * defined what they name (their holder, speaker's actor, issue and
 * conditions' issues, by an `actor-registered` or `issue-defined`): `--known-at` a day between sees
 * them provisional, without the names, offices or issue hierarchy (a
 * deadlock through a parent issue) recorded later. This is what
 * {@link undatedRegistryWarning} says of one input, said of two: the
 * registry appended first with no `recordedAt` (recorded then), the
 * statements back-filled after. It names the first such line, the
 * first of those definitions and how many there are; undefined
 * when there is nothing to say. Only a day of difference counts, as
 * `--known-at` takes days; an id the input itself defines, recorded by
 * the statement's day, is known in time. Only the statements `appended`
 * says were written count: one the log held already (the same input
 * appended again) keeps the recording it had. `log` is the log as it was
 * before the append ({@link registryDefinitions}).
 *
 * @example
 * import { replay } from '@stancelog/core'
 * import { lateRegistryWarning, registryDefinitions } from './undated-registry.js'
 * const issue = { id: 'a'.repeat(32), position: 1, type: 'issue-defined', recordedAt: '2026-12-07T10:00:00Z', tags: ['issue:wealth-tax'], schema: 1, data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a wealth tax is introduced', parent: 'budget' } } as any
 * const said = { type: 'statement-made', recordedAt: '2026-01-19T20:00:00Z', data: { holder: 'centre', issue: 'wealth-tax', kind: 'red-line', polarity: '-', source: { quote: 'never' } } } as any
 * const log = (...events: any[]) => replay(registryDefinitions(), events)
 * assert.strictEqual(lateRegistryWarning(log(issue), [said], ['talks.jsonl line 1']),
 *   'talks.jsonl line 1: recorded 2026-01-19, before the log registered what it names (#1 issue-defined wealth-tax, recorded 2026-12-07): --known-at a day between sees it provisional, without the names, offices or issue hierarchy recorded later; the log keeps an event\'s first recording, so in a log begun anew give the registry lines a recordedAt no later than the statements\'')
 * // Recorded the same day, or before: nothing to say; nor of a definition after the first (an issue moved, a party renamed), news of its own day.
 * const first = { ...issue, recordedAt: '2026-01-19T23:00:00Z' }
 * assert.strictEqual(lateRegistryWarning(log(first), [said], ['']), undefined)
 * assert.strictEqual(lateRegistryWarning(log(first, { ...issue, id: 'b'.repeat(32), position: 2, data: { ...issue.data, parent: 'taxes' } }), [said], ['']), undefined)
 * // The same input appended again: its statement was in the log, and keeps its recording.
 * assert.strictEqual(lateRegistryWarning(log(issue), [said], [''], () => false), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function lateRegistryWarning(
  log: RegistryDefinitions,
  events: ReadonlyArray<NewEvent>,
  where: ReadonlyArray<string>,
  appended: (event: NewEvent) => boolean = () => true,
): string | undefined {
  const withdrawals = withdrawalsOf(log.withdrawals);
  // The first definition of each id in the log, what --known-at sees it from: a later one (a party renamed, an issue
  // moved) is news of its own day.
  const recorded = new Map<string, Definition>();
  for (const [key, definitions] of log.byKey) {
    for (const d of definitions) {
      if (isWithdrawn(withdrawals, d)) continue;
      const before = recorded.get(key);
      if (before === undefined || Date.parse(d.recordedAt) < Date.parse(before.recordedAt)) recorded.set(key, d);
    }
  }
  const inInput = new Map<string, string>();
  for (const e of events) {
    const key = definedBy(e);
    if (key === undefined || e.recordedAt === undefined) continue;
    const day = dayOf(e.recordedAt);
    if (!inInput.has(key) || day < inInput.get(key)!) inInput.set(key, day);
  }
  // The log's registry events recorded on a later day than a statement of the input that names what they define.
  const lateFor = (e: NewEvent): Definition[] => {
    if (e.type !== 'statement-made' || e.recordedAt === undefined || !appended(e)) return [];
    const day = dayOf(e.recordedAt);
    const s = e.data;
    const named = [`actor:${s.holder}`, ...(s.speaker?.actor !== undefined ? [`actor:${s.speaker.actor}`] : []), `issue:${s.issue}`, ...(s.conditions ?? []).map((c) => `issue:${c.issue}`)];
    return named
      .filter((key) => !(inInput.get(key) !== undefined && inInput.get(key)! <= day))
      .flatMap((key) => recorded.get(key) ?? [])
      .filter((r) => dayOf(r.recordedAt) > day);
  };
  const lines = events.map(lateFor);
  const i = lines.findIndex((late) => late.length > 0);
  if (i < 0) return undefined;
  // The line's own, and a count of all the input meets.
  const first = [...lines[i]!].sort((a, b) => a.position - b.position)[0]!;
  const all = new Set(lines.flat()).size;
  const more = all > 1 ? ` and ${all - 1} more` : '';
  return `${where[i]}: recorded ${dayOf(events[i]!.recordedAt!)}, before the log registered what it names (#${first.position} ${first.type} ${first.key.replace(/^(actor|issue):/, '')}${more}, recorded ${dayOf(first.recordedAt)}): --known-at a day between sees it provisional, without the names, offices or issue hierarchy recorded later; the log keeps an event's first recording, so in a log begun anew give the registry lines a recordedAt no later than the statements'`;
}
