import fc from 'fast-check';
import { allPositions, getPosition, positions, recomputePosition, replay, step, stepAll } from '@stancelog/core';
import type { StanceEntry } from '@stancelog/core';
import { arbLog, checkReducerLaws, statement, stored } from '@stancelog/testing';
import { firmKinds, logs } from './logs-read-out-of-order.js';

// The positions are maintained incrementally (statements read late are
// inserted in valid-time order, and the run is rescanned only when it can
// change). Whatever the order statements arrive in, the result must be what
// a computation from the whole history gives.
describe('incremental positions', () => {
  it('equal a recomputation from the history, for logs read in any order', () => {
    fc.assert(
      fc.property(arbLog({ holders: ['a', 'b'], issues: ['x', 'y'], days: 6, maxLength: 40 }), (log) => {
        const state = replay(positions(), log);
        for (const p of allPositions(state)) {
          const again = recomputePosition(p);
          const sorted = (cs: ReadonlyArray<{ issue: string }>) => [...cs].sort((m, n) => (m.issue < n.issue ? -1 : 1));
          // Preconditions too: the conditions not brought by threats (arbLog draws threats with conditions).
          expect({ current: p.current.id, since: p.since, firmKind: p.firmKind, conditions: sorted(p.conditions), preconditions: sorted(p.preconditions) }).toEqual({
            current: again.current.id,
            since: again.since,
            firmKind: again.firmKind,
            conditions: sorted(again.conditions),
            preconditions: sorted(again.preconditions),
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  // The reference, written as the rule reads: a report yields when the
  // holder's latest own word before it is fewer calendar days older than the window; the
  // current stance is the best statement of the latest day with one that
  // does not yield (first-hand, then firm, then the later stated, then the later recorded).
  // Read in order, the best statement so far is the stance held: a retraction
  // of another polarity than it (but `retract 0`, which names none) counts for nothing.
  const referenceCurrent = (history: ReadonlyArray<StanceEntry>, windowDays: number): string => {
    const rank = (e: StanceEntry) => (e.firstHand ? 2 : 0) + (e.kind === 'retract' || e.polarity !== '0' ? 1 : 0);
    const day = (e: StanceEntry) => Math.floor(e.validFrom / 1440);
    const yields = history.map((e, i) => {
      const own = history.slice(0, i).filter((o) => o.firstHand).pop();
      return !e.firstHand && own !== undefined && day(e) - day(own) < windowDays;
    });
    let best: StanceEntry | undefined;
    history.forEach((e, i) => {
      if (yields[i]) return;
      if (e.kind === 'retract' && best !== undefined && e.polarity !== '0' && e.polarity !== best.polarity) return;
      if (!best || day(e) > day(best) || (day(e) === day(best) && (rank(e) > rank(best) || (rank(e) === rank(best) && (e.validFrom > best.validFrom || (e.validFrom === best.validFrom && e.position > best.position)))))) best = e;
    });
    return best!.id;
  };

  it.each([0, 2, 30])("let reports yield to the holder's own word as a direct reading of the rule does (window of %i days), in any reading order", (ownWordsDays) => {
    fc.assert(
      fc.property(arbLog({ holders: ['a', 'b'], issues: ['x'], days: 8, maxLength: 40 }), (log) => {
        const state = replay(positions({ ownWordsDays }), log);
        for (const p of allPositions(state)) {
          expect(p.current.id).toBe(referenceCurrent(p.history, ownWordsDays));
          const again = recomputePosition(p);
          expect({ since: p.since, conditions: p.conditions, preconditions: p.preconditions, lastOwn: p.lastOwn, firmKind: p.firmKind }).toEqual({
            since: again.since,
            conditions: again.conditions,
            preconditions: again.preconditions,
            lastOwn: again.lastOwn,
            firmKind: again.firmKind,
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('incremental positions, on shrunk counterexamples of the properties above', () => {
  const word = (kind: 'demand' | 'reject' | 'retract', polarity: '+' | '-' | '0', statedAt: string, reporter?: string) =>
    statement({ holder: 'a', issue: 'x', kind, polarity, statedAt, ...(reporter ? { speaker: { name: 'Spokesperson', actor: reporter } } : {}) });
  const position = (log: ReturnType<typeof stored>, ownWordsDays?: number) => getPosition(replay(positions({ ownWordsDays }), log), 'a', 'x')!;

  it("make a word of the current stance's day read late the current stance when it outranks it, though later days hold reports that yield", () => {
    // The report of 7 May yields to the holder's own words of the 6th: the 6th is the current stance's day.
    const log = stored([word('demand', '+', '2025-05-07', 'b'), word('demand', '0', '2025-05-01'), word('retract', '0', '2025-05-06'), word('retract', '0', '2025-05-06T01:00:00Z')]);
    const p = position(log);
    // Of two retractions of one day, the one stated later wins it, though read late.
    expect(p.current.id).toBe(log[3]!.id);
    expect(p).toEqual(recomputePosition(p));
  });

  it("end the run where a third party's retraction of the day lies below a word that newly wins it", () => {
    // No window: the report of the retraction does not yield to the holder's demand of the same day.
    const log = stored([word('demand', '-', '2025-05-06'), word('retract', '0', '2025-05-06', 'b'), word('reject', '-', '2025-05-06')]);
    const p = position(log, 0);
    // The rejection, read last, wins the day; the retraction below it cuts the run: the demand no longer makes the stance firm.
    expect([p.current.id, p.firmKind]).toEqual([log[2]!.id, undefined]);
    expect(p).toEqual(recomputePosition(p));
  });

  it("end the run where a first-hand word read late wins a day inside it above a third party's retraction of that day (no window)", () => {
    const own = (kind: 'accept' | 'agree' | 'support', statedAt: string) => statement({ holder: 'a', issue: 'x', kind, polarity: '+', statedAt, speaker: { name: 'Spokesperson', actor: 'a' }, quote: `${kind} ${statedAt}` });
    // A mediator's retraction at 12:00 on 2 May, outranked by the holder's agreement at 8:00; its acceptance at 17:00, read last, wins the day above it.
    const retraction = statement({ holder: 'a', issue: 'x', kind: 'retract', polarity: '+', statedAt: '2025-05-02T12:00:00Z', speaker: { name: 'Envoy', actor: 'b' } });
    const log = stored([own('accept', '2025-05-01'), own('agree', '2025-05-02T08:00:00Z'), retraction, own('support', '2025-05-03'), own('accept', '2025-05-02T17:00:00Z')]);
    const p = position(log, 0);
    expect(p.sinceLabel).toBe('2025-05-02T17:00:00Z');
    expect(p).toEqual(recomputePosition(p));
  });

  it('read an archive newest first as in order: the run reaches back with each older word', () => {
    const days = ['2025-05-01', '2025-05-03', '2025-05-05', '2025-05-08', '2025-05-09', '2025-05-12'];
    const words = days.map((d, i) => statement({ holder: 'a', issue: 'x', kind: i === 2 ? 'demand' : 'reject', polarity: '-', statedAt: d, ...(i === 1 ? { conditions: [{ issue: 'y', polarity: '+' }] } : {}) }));
    const [log, backwards] = [stored(words), stored([...words].reverse())];
    const [inOrder, read] = [position(log), position(backwards)];
    expect({ since: read.sinceLabel, conditions: read.conditions, firmKind: read.firmKind }).toEqual({ since: '2025-05-01', conditions: [{ issue: 'y', polarity: '+' }], firmKind: 'demand' });
    expect({ since: read.sinceLabel, conditions: read.conditions, firmKind: read.firmKind }).toEqual({ since: inOrder.sinceLabel, conditions: inOrder.conditions, firmKind: inOrder.firmKind });
  });
});

describe('live updates of positions', () => {
  // A live update (one produce per event) finds what a replay finds, on logs read in any order.
  it('keep the reducer laws on logs read out of the order of valid times', () => {
    checkReducerLaws(positions(), { numRuns: 300, events: logs({ kinds: firmKinds }).map(([, read]) => read) });
    checkReducerLaws(positions(), { numRuns: 300, events: logs({ voices: 2 }).map(([, read]) => read) });
  });

  it('cut the run at a retraction below a word that newly wins its day, in a live update as in a replay (shrunk counterexample)', () => {
    const word = (kind: 'retract' | 'support' | 'condition', statedAt: string | null, recordedAt: string) =>
      statement({ holder: 'russia', issue: 'ceasefire', kind, polarity: '+', statedAt, recordedAt, speaker: { name: 'Spokesperson', actor: 'russia' } });
    // A retraction at 08:00 and support of 5 May; an undated condition recorded at 12:30 the same day wins the day above the retraction.
    const log = stored([word('retract', '2025-05-05T08:00:00Z', '2025-05-05T08:30:00Z'), word('support', '2025-05-05', '2025-05-05T12:30:00Z'), word('condition', null, '2025-05-05T12:30:00Z')]);
    const r = positions();
    const live = log.reduce((state, e) => step(r)(state, e), r.initial());
    const p = getPosition(live, 'russia', 'ceasefire')!;
    expect([p.sinceLabel, p.since, p.firmKind]).toEqual(['2025-05-05', getPosition(replay(r, log), 'russia', 'ceasefire')!.since, 'condition']);
    expect(p.since).toBe(p.history[2]!.validFrom);
  });

  // A live update replaces the history of the position it changes by a
  // frozen copy: the previous state keeps its own, and immer has no long
  // drafted array to visit when the update ends.
  it('give the changed position a frozen copy of its history and leave the previous one as it was', () => {
    const says = (statedAt: string, polarity: '+' | '-') => statement({ holder: 'russia', issue: 'ceasefire', kind: polarity === '+' ? 'propose' : 'reject', polarity, statedAt });
    const log = stored([says('2025-03-01', '-'), says('2025-03-05', '-'), says('2025-03-10', '-'), says('2025-03-12', '+'), says('2025-03-03', '+'), says('2025-03-20', '+')]);
    const r = positions();
    const before = stepAll(r)(replay(r, log.slice(0, 3)), []);
    const history = getPosition(before, 'russia', 'ceasefire')!.history;
    // In order, then read late (inserted in valid-time order), then two in one batch.
    const inOrder = step(r)(before, log[3]!);
    const late = step(r)(inOrder, log[4]!);
    const batch = stepAll(r)(before, [log[3]!, log[4]!, log[5]!]);
    expect(history.map((e) => e.id)).toEqual(log.slice(0, 3).map((e) => e.id));
    const ids = (s: typeof before) => getPosition(s, 'russia', 'ceasefire')!.history.map((e) => e.id);
    expect(ids(inOrder)).toEqual([log[0], log[1], log[2], log[3]].map((e) => e!.id));
    expect(ids(late)).toEqual([log[0], log[4], log[1], log[2], log[3]].map((e) => e!.id));
    expect(ids(batch)).toEqual([log[0], log[4], log[1], log[2], log[3], log[5]].map((e) => e!.id));
    for (const s of [inOrder, late, batch]) {
      const p = getPosition(s, 'russia', 'ceasefire')!;
      expect(Object.isFrozen(p.history)).toBe(true);
      expect(p.history[0]).toBe(history[0]);
      expect(p).toEqual(recomputePosition(p));
    }
    expect(getPosition(batch, 'russia', 'ceasefire')).toEqual(getPosition(replay(r, log), 'russia', 'ceasefire'));
  });
});
