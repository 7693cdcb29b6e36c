// What ended a contradiction: each rule names the statement that resolved
// it (`resolvedBy`), the evidence for its end as its statements are for its
// start; `null` while it is open.
import { analysis, contradictionList, emptyContradictions, openContradiction, replay, resolveContradiction, rewindContradiction } from '@stancelog/core';
import { ReducerSpec, idOf, statement, stored } from '@stancelog/testing';

const spec = ReducerSpec.for(analysis());
// Only the contradictions of one type; others may exist.
const only = { exhaustive: false } as const;

describe('incompatible, resolved', () => {
  it('names the statement that changed one side so that the two no longer clash', () => {
    const accepts = statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'agree', polarity: '+', statedAt: '2025-05-16' });
    spec
      .given([
        statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'reject', polarity: '-', statedAt: '2025-05-01' }),
        statement({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'demand', polarity: '+', statedAt: '2025-05-02' }),
      ])
      .when(accepts)
      .thenContradictions([{ type: 'incompatible', until: '2025-05-16', resolvedBy: idOf(accepts), status: 'resolved' }], only);
  });

  it('names a retraction that ends it, by either side', () => {
    const dropsDemand = statement({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'retract', polarity: '+', statedAt: '2025-05-20' });
    spec
      .given([
        statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'reject', polarity: '-', statedAt: '2025-05-01' }),
        statement({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'demand', polarity: '+', statedAt: '2025-05-02' }),
      ])
      .when(dropsDemand)
      .thenContradictions([{ type: 'incompatible', until: '2025-05-20', resolvedBy: idOf(dropsDemand), status: 'resolved' }], only);
  });

  it('names none while it is open, and none for the clash opened again, which keeps its own end unknown', () => {
    const accepts = statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'agree', polarity: '+', statedAt: '2025-05-16' });
    spec
      .given([
        statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'reject', polarity: '-', statedAt: '2025-05-01' }),
        statement({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'demand', polarity: '+', statedAt: '2025-05-02' }),
        accepts,
      ])
      .when(statement({ holder: 'russia', issue: 'prisoner-exchange', kind: 'reject', polarity: '-', statedAt: '2025-06-01' }))
      .thenContradictions(
        [
          { type: 'incompatible', until: '2025-05-16', resolvedBy: idOf(accepts), status: 'resolved' },
          { type: 'incompatible', since: '2025-06-01', until: null, resolvedBy: null, status: 'open' },
        ],
        only,
      );
  });
});

describe('reversal, resolved', () => {
  const says = (kind: 'support' | 'reject' | 'hedge' | 'retract', polarity: '+' | '-' | '0', statedAt: string) =>
    statement({ holder: 'russia', issue: 'ceasefire', kind, polarity, statedAt, speaker: { name: 'Peskov', actor: 'russia' } });

  it('names the turn back, which opens the next reversal', () => {
    const back = says('support', '+', '2025-09-01');
    spec
      .given([says('support', '+', '2025-07-01'), says('reject', '-', '2025-08-01')])
      .when(back)
      .thenContradictions([
        { type: 'reversal', since: '2025-08-01', until: '2025-09-01', resolvedBy: idOf(back), status: 'resolved' },
        { type: 'reversal', since: '2025-09-01', resolvedBy: null, status: 'open' },
      ]);
  });

  it('names the hedge or retraction with which the holder leaves the stance it turned to', () => {
    for (const leaves of [says('hedge', '0', '2025-09-01'), says('retract', '-', '2025-09-01')]) {
      spec
        .given([says('support', '+', '2025-07-01'), says('reject', '-', '2025-08-01')])
        .when(leaves)
        .thenContradictions([{ type: 'reversal', until: '2025-09-01', resolvedBy: idOf(leaves), status: 'resolved' }]);
    }
  });

  it('names the word that undoes a turn on its own day', () => {
    const undoes = says('support', '+', '2025-08-01');
    spec
      .given([says('support', '+', '2025-07-01'), says('reject', '-', '2025-08-01')])
      .when(undoes)
      .thenContradictions([{ type: 'reversal', until: '2025-08-01', resolvedBy: idOf(undoes), status: 'resolved' }]);
  });

  it('names the same statement whatever the order the log learnt the words in', () => {
    const words = [says('support', '+', '2025-07-01'), says('reject', '-', '2025-08-01'), says('support', '+', '2025-09-01'), says('hedge', '0', '2025-10-01')];
    const inOrder = contradictionList(replay(analysis(), stored(words)), { type: 'reversal' });
    expect(inOrder.map((c) => c.resolvedBy)).toEqual([idOf(words[2]!), idOf(words[3]!)]);
    for (const read of [[...words].reverse(), [words[2]!, words[0]!, words[3]!, words[1]!]]) {
      expect(contradictionList(replay(analysis(), stored(read)), { type: 'reversal' })).toEqual(inOrder);
    }
  });
});

describe('conflicting-reports, resolved', () => {
  it('names the statement with which the accounts come to agree', () => {
    const agrees = statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-08-20', speaker: { name: 'Merz', actor: 'germany' } });
    spec
      .given([
        statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-07-20', publisher: 'Daily' }),
        statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '0', statedAt: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } }),
      ])
      .when(agrees)
      .thenContradictions([{ type: 'conflicting-reports', until: '2025-08-20', resolvedBy: idOf(agrees), status: 'resolved' }]);
  });

  it('names the statement that moves one account further than the window from the other', () => {
    // Daily's "no" of 20 July and Merz's "open to talks" of 13 August differ; Merz's "yes" of 1 October is
    // another account again, but two months after Daily's: the two no longer speak of the same time.
    const later = statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'accept', polarity: '+', statedAt: '2025-10-01', speaker: { name: 'Merz', actor: 'germany' } });
    spec
      .given([
        statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-07-20', publisher: 'Daily' }),
        statement({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'propose', polarity: '0', statedAt: '2025-08-13', speaker: { name: 'Merz', actor: 'germany' } }),
      ])
      .when(later)
      .thenContradictions([{ type: 'conflicting-reports', since: '2025-08-13', until: '2025-10-01', resolvedBy: idOf(later), status: 'resolved' }], only);
  });
});

describe('self-contradiction, resolved', () => {
  it("names the speaker's statement that agrees with the other speaker again", () => {
    const said = (name: string, polarity: '+' | '-', statedAt: string) =>
      statement({ holder: 'coalition', issue: 'wealth-tax', kind: polarity === '+' ? 'support' : 'reject', polarity, statedAt, speaker: { name, actor: 'coalition' } });
    const fallsInLine = said('Minister B', '+', '2026-03-04');
    spec
      .given([said('Minister A', '+', '2026-03-01'), said('Minister B', '-', '2026-03-02')])
      .when(fallsInLine)
      .thenContradictions([{ type: 'self-contradiction', since: '2026-03-02', until: '2026-03-04', resolvedBy: idOf(fallsInLine), status: 'resolved' }], only);
  });
});

describe('circular-precondition, resolved', () => {
  it('names the statement that dropped a condition of the cycle', () => {
    const retracts = statement({ holder: 'b', issue: 'y', kind: 'retract', polarity: '+', statedAt: '2025-02-01' });
    spec
      .given([
        statement({ holder: 'a', issue: 'x', kind: 'condition', polarity: '+', statedAt: '2025-01-01', conditions: [{ issue: 'y', polarity: '+' }] }),
        statement({ holder: 'b', issue: 'y', kind: 'condition', polarity: '+', statedAt: '2025-01-02', conditions: [{ issue: 'x', polarity: '+' }] }),
      ])
      .when(retracts)
      .thenContradictions([{ type: 'circular-precondition', until: '2025-02-01', resolvedBy: idOf(retracts), status: 'resolved' }], only);
  });

  it('names a new stance that no longer carries the condition', () => {
    const drops = statement({ holder: 'b', issue: 'y', kind: 'reject', polarity: '-', statedAt: '2025-02-01' });
    spec
      .given([
        statement({ holder: 'a', issue: 'x', kind: 'condition', polarity: '+', statedAt: '2025-01-01', conditions: [{ issue: 'y', polarity: '+' }] }),
        statement({ holder: 'b', issue: 'y', kind: 'condition', polarity: '+', statedAt: '2025-01-02', conditions: [{ issue: 'x', polarity: '+' }] }),
      ])
      .when(drops)
      .thenContradictions([{ type: 'circular-precondition', until: '2025-02-01', resolvedBy: idOf(drops), status: 'resolved' }], only);
  });
});

describe('the ledger', () => {
  const key = 'ceasefire:russia~ukraine';
  const opens = (time: number, label: string) => ({
    type: 'incompatible', key, issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: { time, label }, statements: ['a', 'b'], summary: 's',
  });

  it('keeps what ended a contradiction, and nothing for one ended by no statement', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, opens(1, '2025-04-23'));
    resolveContradiction(ledger, 'incompatible', 'ceasefire', key, { time: 5, label: '2025-08-13' }, 'c');
    openContradiction(ledger, opens(9, '2025-09-01'));
    resolveContradiction(ledger, 'incompatible', 'ceasefire', key, { time: 12, label: '2025-09-12' });
    expect(contradictionList(ledger).map((c) => [c.until, c.resolvedBy, c.status])).toEqual([
      ['2025-08-13', 'c', 'resolved'],
      ['2025-09-12', null, 'resolved'],
    ]);
  });

  it('forgets what ended one that is reopened, found holding since before its end', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, opens(1, '2025-04-23'));
    resolveContradiction(ledger, 'incompatible', 'ceasefire', key, { time: 5, label: '2025-08-13' }, 'c');
    openContradiction(ledger, opens(1, '2025-04-23'));
    expect(contradictionList(ledger).map((c) => [c.until, c.resolvedBy, c.status])).toEqual([[null, null, 'open']]);
    expect([...ledger.byIssue.get('ceasefire')!.records.values()][0]!.resolvedBy).toBeUndefined();
  });

  it('forgets what ended one that a rewind opens again', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, opens(1, '2025-04-23'));
    resolveContradiction(ledger, 'incompatible', 'ceasefire', key, { time: 5, label: '2025-08-13' }, 'c');
    rewindContradiction(ledger, 'incompatible', 'ceasefire', key, 1, true);
    expect(contradictionList(ledger).map((c) => [c.until, c.resolvedBy, c.status])).toEqual([[null, null, 'open']]);
  });
});
