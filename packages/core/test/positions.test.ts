import { FIRM_KINDS, getPosition, positions, replay, statementMade } from '@stancelog/core';
import { ReducerSpec, idOf, statement, stored } from '@stancelog/testing';

const spec = ReducerSpec.for(positions());

describe('positions', () => {
  it('keeps one position per holder and issue, with the latest stance current', () => {
    spec
      .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-12' })])
      .when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-23' }))
      .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', since: '2025-04-23', history: [{ polarity: '0' }, { polarity: '-' }] }]);
  });

  it('counts statements naming neither publisher nor address as one unnamed source, an address as a source of its own', () => {
    const unnamed = (quote: string, statedAt: string) => statementMade({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt, source: { quote } });
    spec.given([unnamed('first', '2025-05-16')]).thenPositions([{ holder: 'russia', issue: 'neutrality', sources: 1 }]);
    spec.given([unnamed('first', '2025-05-16')]).when(unnamed('second', '2025-05-17')).thenPositions([{ holder: 'russia', issue: 'neutrality', sources: 1 }]);
    spec
      .given([unnamed('first', '2025-05-16'), statement({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-17', publisher: 'A' })])
      .when(statementMade({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-18', source: { quote: 'online', url: 'https://example.test/a' } }))
      .thenPositions([{ holder: 'russia', issue: 'neutrality', sources: 3 }]);
  });

  it('counts the same stance from several publishers as one position with several pieces of evidence', () => {
    const a = statement({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-16', publisher: 'A' });
    const b = statement({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-17', publisher: 'B' });
    const c = statement({ holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-18', publisher: 'A', quote: 'again' });
    spec
      .given([a, b])
      .when(c)
      .thenPositions([{ holder: 'russia', issue: 'neutrality', statements: [idOf(a), idOf(b), idOf(c)], sources: 2, since: '2025-05-16' }]);
  });

  it('lets a first-hand statement outweigh a third-party report of the same day, in either order', () => {
    const own = statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-08-13', speaker: { name: 'Zelensky', actor: 'ukraine' } });
    const report = statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '+', statedAt: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } });
    for (const [first, second] of [[own, report], [report, own]] as const) {
      spec.given([first]).when(second).thenPositions([{ holder: 'ukraine', issue: 'territorial-concessions', polarity: '-', reported: false }]);
    }
  });

  describe("a holder's own word against third parties' reports of later days", () => {
    const refusal = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', speaker: { name: 'Peskov', actor: 'russia' }, publisher: 'A' });
    const claim = (statedAt: string, polarity: '+' | '-' = '+', publisher = 'B') =>
      statement({ holder: 'russia', issue: 'ceasefire', kind: polarity === '+' ? 'accept' : 'reject', polarity, statedAt, speaker: { name: 'Trump', actor: 'united-states' }, publisher, quote: `claim of ${statedAt}` });

    it('keeps the stance the holder stated when another government reports the opposite within 30 days', () => {
      spec.given([refusal]).when(claim('2025-03-18')).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false, since: '2025-03-13', statements: [idOf(refusal)] }]);
    });

    it('keeps it whichever of the two the log learns first', () => {
      spec.given([claim('2025-03-18')]).when(refusal).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false, since: '2025-03-13' }]);
    });

    it('counts a report that agrees with the holder as evidence of its stance', () => {
      const agrees = claim('2025-03-20', '-');
      spec.given([refusal]).when(agrees).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false, statements: [idOf(refusal), idOf(agrees)], sources: 2 }]);
    });

    it("marks as reported a stance an agreeing report sets past the 30 days, the holder's words kept as its evidence", () => {
      const agrees = claim('2025-04-20', '-');
      spec.given([refusal]).when(agrees).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', kind: 'reject', reported: true, since: '2025-03-13', statements: [idOf(refusal), idOf(agrees)] }]);
    });

    it("takes no condition from a report that agrees, as the holder's terms are its own to state, but takes its firmness", () => {
      // Kyiv offers talks; three days later Moscow says Kyiv only wants them after a truce: evidence of the offer, not a condition of it.
      const offer = statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-07-19', speaker: { name: 'Zelensky', actor: 'ukraine' } });
      const account = statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'demand', polarity: '+', statedAt: '2025-07-22', speaker: { name: 'Lavrov', actor: 'russia' }, conditions: [{ issue: 'ceasefire', polarity: '+' }] });
      const expected = [{ holder: 'ukraine', issue: 'peace-talks', polarity: '+' as const, kind: 'propose' as const, reported: false, conditions: [], firmKind: 'demand' as const, statements: [idOf(offer), idOf(account)] }];
      spec.given([offer]).when(account).thenPositions(expected);
      spec.given([account]).when(offer).thenPositions(expected);
      // Past the 30 days the account sets the stance, with its terms.
      const later = statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'demand', polarity: '+', statedAt: '2025-08-25', speaker: { name: 'Lavrov', actor: 'russia' }, conditions: [{ issue: 'ceasefire', polarity: '+' }] });
      spec.given([offer]).when(later).thenPositions([{ holder: 'ukraine', issue: 'peace-talks', reported: true, conditions: [{ issue: 'ceasefire', polarity: '+' }] }]);
    });

    it('lets a report set the stance once the holder has said nothing of it for 30 days', () => {
      spec
        .given([refusal])
        .when(claim('2025-04-12'))
        .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', reported: true, since: '2025-04-12', history: [{ polarity: '-' }, { polarity: '+' }] }]);
    });

    it('measures the 30 days from the latest own word before the report', () => {
      const again = statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-01', speaker: { name: 'Lavrov', actor: 'russia' }, quote: 'still no' });
      spec.given([refusal, again]).when(claim('2025-04-12')).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false }]);
      spec.given([refusal, claim('2025-04-12')]).when(again).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false }]);
    });

    it('counts the 30 days in calendar days, whatever the time of day either statement gives', () => {
      const refusalAt = (statedAt: string) =>
        statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt, speaker: { name: 'Peskov', actor: 'russia' }, publisher: 'A', quote: `no, at ${statedAt}` });
      // 2025-03-13 to 2025-04-12 is 30 days, stated late on the first day or at any hour of the last: the report sets the stance.
      for (const own of ['2025-03-13', '2025-03-13T18:00:00Z']) {
        for (const report of ['2025-04-12', '2025-04-12T06:00:00Z']) {
          spec.given([refusalAt(own)]).when(claim(report)).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', reported: true }]);
        }
      }
      // 29 days, late on the last of them: the holder's word still outweighs it.
      spec.given([refusalAt('2025-03-13T01:00:00Z')]).when(claim('2025-04-11T23:00:00Z')).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false }]);
    });

    it('lets reports set the stance of a holder never heard first-hand', () => {
      spec.given([claim('2025-03-18', '-')]).when(claim('2025-03-20', '+', 'C')).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', reported: true }]);
    });

    it('takes another window from the option, 0 leaving the same day alone', () => {
      const within = (ownWordsDays: number) => ReducerSpec.for(positions({ ownWordsDays })).given([refusal]).when(claim('2025-03-18'));
      within(3).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', reported: true }]);
      within(10).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', reported: false }]);
      within(0).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+', reported: true }]);
      // A window longer than the epoch is old: still nothing to yield to before the holder's first own word.
      ReducerSpec.for(positions({ ownWordsDays: 1e7 })).given([claim('1950-03-18', '-')]).when(claim('1950-03-20', '+', 'C')).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '+' }]);
      expect(() => positions({ ownWordsDays: -1 })).toThrow('ownWordsDays must be a number of days, 0 or more (got -1)');
      expect([positions().name, positions({ ownWordsDays: 30 }).name, positions({ ownWordsDays: 3 }).name]).toEqual(['positions', 'positions', 'positions:3']);
    });
  });

  it('keeps a stance made firm firm while it holds, though restated more softly, and drops it with the stance', () => {
    const says = (kind: 'red-line' | 'reject' | 'propose' | 'demand' | 'retract', polarity: '+' | '-', statedAt: string) =>
      statement({ holder: 'ukraine', issue: 'territorial-concessions', kind, polarity, statedAt, quote: `${kind} on ${statedAt}` });
    const firmKind = (log: ReturnType<typeof says>[]) => getPosition(replay(positions(), stored(log)), 'ukraine', 'territorial-concessions')!.firmKind;
    expect(firmKind([says('reject', '-', '2025-05-01')])).toBeUndefined();
    expect(firmKind([says('red-line', '-', '2025-05-01'), says('reject', '-', '2025-07-20')])).toBe('red-line');
    // Read in the other order: the same.
    expect(firmKind([says('reject', '-', '2025-07-20'), says('red-line', '-', '2025-05-01')])).toBe('red-line');
    expect(firmKind([says('red-line', '-', '2025-05-01'), says('propose', '+', '2025-07-20')])).toBeUndefined();
    expect(firmKind([says('red-line', '-', '2025-05-01'), says('retract', '-', '2025-07-20'), says('reject', '-', '2025-08-01')])).toBeUndefined();
    expect(firmKind([says('red-line', '-', '2025-05-01'), says('demand', '-', '2025-07-20')])).toBe('demand');
  });

  it('counts as firm exactly the kinds of FIRM_KINDS', () => {
    const kinds = ['demand', 'propose', 'accept', 'agree', 'reject', 'red-line', 'condition', 'threat', 'commit', 'hedge', 'support'] as const;
    for (const kind of kinds) {
      const state = replay(positions(), stored([statement({ holder: 'ukraine', issue: 'ceasefire', kind, polarity: '+', statedAt: '2025-05-01' })]));
      expect([kind, getPosition(state, 'ukraine', 'ceasefire')!.firmKind]).toEqual([kind, FIRM_KINDS.has(kind) ? kind : undefined]);
    }
  });

  it('lets a firm stance outweigh a non-committal one of the same day', () => {
    spec
      .given([statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } })])
      .when(statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '0', statedAt: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } }))
      .thenPositions([{ holder: 'ukraine', issue: 'territorial-concessions', polarity: '-', kind: 'red-line', reported: true }]);
  });

  it('orders by the date stated, not by the order statements were read', () => {
    spec
      .given([statement({ holder: 'united-states', issue: 'military-aid', kind: 'commit', polarity: '+', statedAt: '2025-03-12' })])
      .when(statement({ holder: 'united-states', issue: 'military-aid', kind: 'reject', polarity: '-', statedAt: '2025-03-03' }))
      .thenPositions([{ holder: 'united-states', issue: 'military-aid', polarity: '+', since: '2025-03-12', history: [{ polarity: '-' }, { polarity: '+' }] }]);
  });

  it('withdraws the stance on a retraction', () => {
    spec
      .given([statement({ holder: 'france', issue: 'talks-format', kind: 'propose', polarity: '+', statedAt: '2025-08-13' })])
      .when(statement({ holder: 'france', issue: 'talks-format', kind: 'retract', polarity: '+', statedAt: '2025-08-20' }))
      .thenPositions([{ holder: 'france', issue: 'talks-format', polarity: '0', kind: 'retract' }]);
  });

  it('starts the stance anew, without its conditions, when the holder retracts and restates it on the same day', () => {
    const says = (kind: 'condition' | 'retract' | 'propose', statedAt: string, conditions?: { issue: string; polarity: '+' }[]) =>
      statement({ holder: 'government', issue: 'talks', kind, polarity: kind === 'retract' ? '0' : '+', statedAt, quote: `${kind} on ${statedAt}`, ...(conditions ? { conditions } : {}) });
    const precondition = says('condition', '2026-01-10', [{ issue: 'strike-suspension', polarity: '+' }]);
    // "We drop the precondition; talks can start next week": one article, two statements of one day.
    const dropped = says('retract', '2026-02-05');
    const restated = says('propose', '2026-02-05');
    const expected = [{ holder: 'government', issue: 'talks', polarity: '+', kind: 'propose', conditions: [], firmKind: null, since: '2026-02-05' }] as const;
    spec.given([precondition, dropped]).when(restated).thenPositions(expected);
    // Read in another order (the precondition last), the same.
    spec.given([dropped, restated]).when(precondition).thenPositions(expected);
    // Of one day's words stated to the day alone (one minute), the last recorded stands, as before: recorded after the restatement, the retraction withdraws the stance.
    spec.given([precondition, restated]).when(dropped).thenPositions([{ holder: 'government', issue: 'talks', polarity: '0', kind: 'retract', conditions: [] }]);
  });

  it('weighs two words of one day by the time they were stated, whichever the log learnt first', () => {
    const says = (kind: 'reject' | 'demand', statedAt: string) =>
      statement({ holder: 'ukraine', issue: 'ceasefire', kind, polarity: kind === 'reject' ? '-' : '+', statedAt, speaker: { name: 'Spokesperson', actor: 'ukraine' }, quote: `${kind} at ${statedAt}` });
    // Kyiv refused a ceasefire at 9:00 and demanded one at 15:00: the demand is the day's last word, though read first.
    const [morning, afternoon] = [says('reject', '2025-05-01T09:00:00Z'), says('demand', '2025-05-01T15:00:00Z')];
    const expected = [{ holder: 'ukraine', issue: 'ceasefire', polarity: '+', kind: 'demand', since: '2025-05-01T15:00:00Z' }] as const;
    spec.given([morning]).when(afternoon).thenPositions(expected);
    spec.given([afternoon]).when(morning).thenPositions(expected);
    // A word dated to the day alone counts from the day's start: a word at a time of that day is later, whichever was read first.
    const thatDay = says('reject', '2025-05-01');
    spec.given([afternoon]).when(thatDay).thenPositions([{ holder: 'ukraine', issue: 'ceasefire', polarity: '+', kind: 'demand', since: '2025-05-01T15:00:00Z' }]);
    spec.given([thatDay]).when(afternoon).thenPositions([{ holder: 'ukraine', issue: 'ceasefire', polarity: '+', kind: 'demand', since: '2025-05-01T15:00:00Z' }]);
  });

  it('dates an undated statement by the day it was recorded', () => {
    spec
      .given([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: null, recordedAt: '2025-06-02T10:00:00Z' })])
      .thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-', since: '2025-06-02', lastStated: '2025-06-02' }]);
  });

  it('treats __proto__ and constructor as ordinary ids', () => {
    spec
      .given([statement({ holder: '__proto__', issue: 'constructor', kind: 'demand', polarity: '+', statedAt: '2025-01-01' })])
      .thenPositions([{ holder: '__proto__', issue: 'constructor', polarity: '+' }]);
    expect(({} as Record<string, unknown>).polarity).toBeUndefined();
  });
});
