import fc from 'fast-check';
import {
  allContradictions,
  analysis,
  appendContradictions,
  emptyContradictions,
  openContradiction,
  replaceContradictionRecords,
  replay,
  resolveContradiction,
  rewindContradiction,
  sameRecord,
  step,
  takeContradictionChanges,
  trackContradictionChanges,
} from '@stancelog/core';
import type { ContradictionRecord, ContradictionsState, OpenSpec, StoredEvent } from '@stancelog/core';
import { arbLog, statement, stored } from '@stancelog/testing';

const reversal = (since: number, label: string): OpenSpec => ({
  type: 'reversal',
  key: 'russia:ceasefire',
  issues: ['ceasefire'],
  actors: ['russia'],
  since: { time: since, label },
  statements: [`s${since}`],
  summary: 'russia reversed',
  distinct: true,
});
const BASE = 'reversal:russia:ceasefire';
const ids = (records: ReadonlyArray<ContradictionRecord>): string[] => records.map((r) => r.id).sort();

/** Each record of a ledger, with a copy of it as it stands (its lists copied too). */
function copies(state: ContradictionsState): Map<ContradictionRecord, ContradictionRecord> {
  return new Map([...allContradictions(state)].map((r) => [r, { ...r, issues: [...r.issues], actors: [...r.actors], statements: [...r.statements] }]));
}

describe("the ledger's change tracking", () => {
  it('notes each record a write touches, once, however often it is written: opened, restated, resolved, opened again', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, reversal(0, '2025-03-01'));
    trackContradictionChanges(ledger);
    expect(takeContradictionChanges(ledger)).toEqual({ changed: [], gone: [] });
    // The open record gains a statement, then ends; a second one opens.
    openContradiction(ledger, { ...reversal(0, '2025-03-01'), distinct: false, statements: ['s9'] });
    resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' }, 's1');
    openContradiction(ledger, reversal(1, '2025-04-01'));
    expect(ids(takeContradictionChanges(ledger)!.changed)).toEqual([BASE, `${BASE}#2`]);
    // Asked again: nothing since.
    expect(takeContradictionChanges(ledger)).toEqual({ changed: [], gone: [] });
    // Taken back to the first record, open again: the second is gone, the first changed.
    rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 1, true);
    const rewound = takeContradictionChanges(ledger)!;
    expect([ids(rewound.changed), ids(rewound.gone)]).toEqual([[BASE], [`${BASE}#2`]]);
  });

  it('tells a record taken away and filed again under another number as changed, not gone, and one taken away alone as gone', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, reversal(1, '2025-04-01'));
    trackContradictionChanges(ledger);
    // A turn found before it: it is taken away, the new one filed first, and it is filed again as #2.
    const later = rewindContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', 0);
    openContradiction(ledger, reversal(0, '2025-03-01'));
    resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' });
    appendContradictions(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', later);
    const { changed, gone } = takeContradictionChanges(ledger)!;
    expect([ids(changed), gone]).toEqual([[BASE, `${BASE}#2`], []]);
    expect(changed).toContain(later[0]);
  });

  it('tells the records another put in place of, under the same ids, as gone, and those it put there as changed', () => {
    const ledger = emptyContradictions();
    openContradiction(ledger, reversal(0, '2025-03-01'));
    resolveContradiction(ledger, 'reversal', 'ceasefire', 'russia:ceasefire', { time: 1, label: '2025-04-01' });
    openContradiction(ledger, reversal(1, '2025-04-01'));
    const [first, second] = [...allContradictions(ledger)];
    trackContradictionChanges(ledger);
    // Derived anew elsewhere (a live update's rule): the first record replaced by another object, the second taken away.
    const derived = { ...first!, statements: ['s0', 's2'] };
    replaceContradictionRecords(ledger, 'ceasefire', BASE, [derived], [`${BASE}#2`], { opened: 1, open: undefined });
    const { changed, gone } = takeContradictionChanges(ledger)!;
    expect(changed).toEqual([derived]);
    expect(new Set(gone)).toEqual(new Set([first, second]));
  });

  it('notes nothing of a ledger not tracked, and nothing of a live update, which writes a draft of the state', () => {
    expect(takeContradictionChanges(emptyContradictions())).toBeUndefined();
    const reducer = analysis();
    const state = replay(reducer, stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01' })]));
    trackContradictionChanges(state.contradictions);
    const after = step(reducer)(state, stored([statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-10' })], { after: 1 })[0]!);
    expect([...allContradictions(after.contradictions)].map((r) => r.type)).toEqual(['reversal']);
    expect(takeContradictionChanges(state.contradictions)).toEqual({ changed: [], gone: [] });
    expect(takeContradictionChanges(after.contradictions)).toBeUndefined();
  });

  it("notes a reversal's record the rule names anew in place: an own restatement read late becomes the word the turn turned from", () => {
    const reducer = analysis();
    const log = stored([
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-10' }),
      // Read late: Russia's refusal made a red line on the 5th, before its turn.
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-05' }),
    ]);
    const state = replay(reducer, log.slice(0, 2));
    trackContradictionChanges(state.contradictions);
    replay(reducer, log.slice(2), { from: state });
    const { changed } = takeContradictionChanges(state.contradictions)!;
    expect(changed.map((r) => [r.type, r.statements, r.summary])).toEqual([
      ['reversal', [log[2]!.id, log[1]!.id], 'russia went from red-line (-) to accept (+) on ceasefire'],
    ]);
  });

  it('tells, after any statements folded into a tracked state (read late or in order, registry events among them), every record that differs from before', async () => {
    const reducer = analysis();
    let changes = 0;
    let gone = 0;
    await fc.assert(
      fc.property(arbLog({ holders: ['russia', 'ukraine', 'china'], issues: ['ceasefire', 'peace-talks', 'sanctions'], days: 6, maxLength: 60, hierarchy: true, offices: true }), fc.nat(), (log: StoredEvent[], cut) => {
        const at = cut % (log.length + 1);
        const state = replay(reducer, log.slice(0, at));
        trackContradictionChanges(state.contradictions);
        const before = copies(state.contradictions);
        replay(reducer, log.slice(at), { from: state });
        const noted = takeContradictionChanges(state.contradictions)!;
        const now = new Set(allContradictions(state.contradictions));
        const differ = [...now].filter((r) => !sameRecord(before.get(r), r));
        const left = [...before.keys()].filter((r) => !now.has(r));
        // Every record that differs is noted changed, every record that left gone; no record noted both, none noted changed is out of the ledger.
        expect(differ.filter((r) => !noted.changed.includes(r))).toEqual([]);
        expect(left.filter((r) => !noted.gone.includes(r))).toEqual([]);
        expect(noted.changed.filter((r) => !now.has(r) || noted.gone.includes(r))).toEqual([]);
        changes += differ.length;
        gone += left.length;
      }),
      { numRuns: 300 },
    );
    // The logs changed records, and took some away (turns read late, clashes derived anew).
    expect([changes > 100, gone > 5]).toEqual([true, true]);
  }, 120_000);
});
