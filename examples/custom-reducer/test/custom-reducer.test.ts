// The template to copy: a custom reducer and a custom contradiction rule,
// specified with every part of @stancelog/testing.
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { analysis, applyStatement, contradictionList, memorySnapshots, openMemoryStore, positionList, project, replay } from '@stancelog/core';
import { ReducerSpec, TestLog, actor, arbLog, checkReducerLaws, expectGolden, issue, ruleContext, statement, stored, timeline, toGoldenText } from '@stancelog/testing';
import '@stancelog/testing/jest';
import { UnregisteredHolderError, pressureIndex, pressureOn, threatDuringTalks } from '../src/index.js';

const withRule = analysis({ extraRules: [threatDuringTalks()] });
// This folder, from jest: `__dirname` does not exist in an ES module and
// `import.meta` is a syntax error where jest runs tests as CommonJS (as here).
const here = dirname(expect.getState().testPath!);

describe('pressure index', () => {
  it('adds the weight of each firm act per holder and issue', () => {
    ReducerSpec.for(pressureIndex())
      .given([
        statement({ holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-' }),
        statement({ holder: 'russia', issue: 'nato-membership', kind: 'hedge', polarity: '0', statedAt: '2025-01-02' }),
      ])
      .when(statement({ holder: 'russia', issue: 'nato-membership', kind: 'threat', polarity: '-', statedAt: '2025-01-03' }))
      .then({ byIssue: new Map([['nato-membership', new Map([['russia', 5]])]]), registered: new Set() });
  });

  it('ranks holders by pressure on an issue', () => {
    const log = new TestLog();
    log.append(statement({ holder: 'russia', issue: 'sanctions', kind: 'threat', polarity: '-' }));
    log.append(statement({ holder: 'united-states', issue: 'sanctions', kind: 'demand', polarity: '+' }));
    expect(pressureOn(replay(pressureIndex(), log.events), 'sanctions')).toEqual([['russia', 3], ['united-states', 2]]);
  });

  it('in strict mode, refuses a statement by a holder not registered first', () => {
    const strict = ReducerSpec.for(pressureIndex({ strict: true })).given([actor('ukraine')]);
    strict.when(statement({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' })).then({ byIssue: new Map([['ceasefire', new Map([['ukraine', 2]])]]), registered: new Set(['ukraine']) });
    strict.when(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })).thenError(UnregisteredHolderError).thenError('russia, who is not registered');
  });

  it('satisfies the reducer laws, including independence from the order of same-day statements', () => {
    checkReducerLaws(pressureIndex(), { orderIndependentAtEqualTime: true, numRuns: 100 });
  });

  it('never goes negative, whatever the log (a property of our own, on the kit arbitraries)', () => {
    fc.assert(fc.property(arbLog({ maxLength: 40 }), (log) => [...replay(pressureIndex(), log).byIssue.values()].every((m) => [...m.values()].every((n) => n > 0))));
  });
});

describe('threat-during-talks rule', () => {
  const talks = timeline('2025-05-16', (t) =>
    t
      .add(issue('peace-talks'), actor('russia'), actor('ukraine'))
      .say({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+' })
      .after('3 days')
      .say({ holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+' }),
  );

  it('opens when a holder threatens while supporting talks', () => {
    ReducerSpec.for(withRule)
      .given(talks)
      .thenPositions([
        { holder: 'russia', issue: 'peace-talks', polarity: '+', since: '2025-05-16' },
        { holder: 'russia', issue: 'energy-infrastructure', polarity: '+', kind: 'threat' },
      ])
      .thenContradictions([{ type: 'threat-during-talks', actors: ['russia'], issues: ['peace-talks', 'energy-infrastructure'], since: '2025-05-19', status: 'open', summary: /threatens on energy-infrastructure/ }]);
  });

  it('is resolved when the holder turns away from the talks', () => {
    ReducerSpec.for(withRule)
      .given(talks)
      .when(statement({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-06-01' }))
      .thenContradictions([{ type: 'threat-during-talks', status: 'resolved', until: '2025-06-01' }, { type: 'reversal', actors: ['russia'] }]);
  });

  it('is not reported for a threat by a holder that never supported talks', () => {
    // Replayed with the rule: a list of events alone would go through the default analysis, which lacks it.
    const threatOnly = replay(withRule, stored([statement({ holder: 'ukraine', issue: 'sanctions', kind: 'threat', polarity: '+' })]));
    expect(threatOnly).not.toHaveContradiction({ type: 'threat-during-talks' });
    // The same threat once Ukraine has backed talks is one: the test above can fail.
    expect(replay(withRule, stored([statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-16' }), statement({ holder: 'ukraine', issue: 'sanctions', kind: 'threat', polarity: '+', statedAt: '2025-05-17' })]))).toHaveContradiction({ type: 'threat-during-talks' });
  });

  it('its hooks, called directly on a context from ruleContext (as docs/testing.md shows)', () => {
    const rule = threatDuringTalks();
    const [support, threat, turn] = stored([
      statement({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-16' }),
      statement({ holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+', statedAt: '2025-05-19' }),
      statement({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-06-01' }),
    ]);
    const state = replay(analysis({ rules: [] }), [support!]);
    const ctx = ruleContext(state);
    const own = rule.initial();
    // onStatement takes the entry and the position a statement joined, onChange the change it made:
    // applyStatement gives both, as the analysis computes them.
    if (threat?.type !== 'statement-made' || turn?.type !== 'statement-made') throw new Error('expected statements');
    const threatened = applyStatement(state.positions, threat);
    rule.onStatement!(ctx, own, threatened.entry, threatened.position, undefined);
    expect(contradictionList(ctx).map((c) => [c.type, c.status])).toEqual([['threat-during-talks', 'open']]);
    const { change } = applyStatement(state.positions, turn); // undefined when the stance did not change
    rule.onChange!(ctx, own, change!);
    expect(contradictionList(ctx).map((c) => [c.status, c.until, c.resolvedBy])).toEqual([['resolved', '2025-06-01', turn.id]]);
  });

  it('reads with the jest matchers, from a state or straight from events', () => {
    const state = replay(withRule, stored(talks));
    expect(state).toHavePosition('russia', 'peace-talks', '+');
    expect(state).toHavePosition('russia', 'peace-talks', { kind: 'support', since: '2025-05-16' });
    expect(state).not.toHavePosition('ukraine', 'peace-talks');
    expect(state).toHaveContradiction({ type: 'threat-during-talks', actors: ['russia'], issues: ['energy-infrastructure', 'peace-talks'] });
    expect(talks).toHavePosition('russia', 'energy-infrastructure', '+');
  });

  it('takes no snapshot made for another talks issue: its parameter is part of its version', async () => {
    const store = openMemoryStore();
    const appended = await store.append([
      statement({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-16' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'support', polarity: '+', statedAt: '2025-05-16' }),
      statement({ holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+', statedAt: '2025-05-19' }),
    ]);
    expect(appended._tag).toBe('Right');
    const snapshots = memorySnapshots();
    // A snapshot of the analysis watching the peace talks, then the same log read watching the ceasefire.
    await project(store, analysis({ extraRules: [threatDuringTalks()] }), { snapshots, snapshotEvery: 1 });
    const onCeasefire = await project(store, analysis({ extraRules: [threatDuringTalks('ceasefire')] }), { snapshots });
    expect(onCeasefire._tag === 'Right' && onCeasefire.right.replayed).toBe(3);
    expect(onCeasefire._tag === 'Right' && contradictionList(onCeasefire.right.state).map((c) => c.issues)).toEqual([['energy-infrastructure', 'ceasefire']]);
  });

  describe('with words read late (an article the log learns after later ones)', () => {
    const threats = (log: ReturnType<typeof stored>) => contradictionList(replay(withRule, log), { type: 'threat-during-talks' });
    const support = statement({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-16' });
    const threat = (statedAt: string) => statement({ holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+', statedAt });

    it('does not report a threat made before the holder backed talks, though read after', () => {
      expect(threats(stored([support, threat('2025-05-10')]))).toEqual([]);
    });

    it('reports a threat made while talking when the backing of talks is read after it', () => {
      expect(threats(stored([threat('2025-05-19'), support])).map((c) => [c.since, c.status])).toEqual([['2025-05-19', 'open']]);
    });

    it('does not report a threat made after the holder turned away from talks, the turn read last', () => {
      const turn = statement({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-05-18' });
      expect(threats(stored([support, threat('2025-05-19'), turn]))).toEqual([]);
    });

    it('finds, whatever order the log learns the words in, what reading them in the order of their valid times finds', () => {
      const word = fc.record({
        holder: fc.constantFrom('russia', 'ukraine'),
        issue: fc.constantFrom('peace-talks', 'energy-infrastructure', 'sanctions'),
        kind: fc.constantFrom('support', 'reject', 'threat'),
        day: fc.integer({ min: 1, max: 20 }),
      });
      fc.assert(
        fc.property(fc.array(word, { maxLength: 25 }), (words) => {
          const said = words.map((w) => statement({ holder: w.holder, issue: w.issue, kind: w.kind, polarity: w.kind === 'reject' ? '-' : '+', statedAt: `2025-05-${String(w.day).padStart(2, '0')}` }));
          // A stable sort: words of one day keep the order the log learnt them in.
          const inValidTimeOrder = [...said].sort((a, b) => (a.data.statedAt! < b.data.statedAt! ? -1 : a.data.statedAt! > b.data.statedAt! ? 1 : 0));
          expect(threats(stored(said))).toEqual(threats(stored(inValidTimeOrder)));
        }),
        { numRuns: 300 },
      );
    });
  });

  it('keeps the analysis lawful when added to it', () => {
    checkReducerLaws(withRule, { name: 'withRule', numRuns: 60 });
    // Rules hear words in the order the log learnt them: what they find must be what reading in valid-time order finds.
    checkReducerLaws(withRule, { name: 'withRule', numRuns: 60, laws: ['valid-time-order'], view: (s) => ({ positions: positionList(s), contradictions: contradictionList(s) }) });
  });

  it('renders as the committed golden text (UPDATE_GOLDEN=1 rewrites it)', () => {
    const state = replay(withRule, stored([...talks, statement({ holder: 'ukraine', issue: 'energy-infrastructure', kind: 'red-line', polarity: '-', statedAt: '2025-05-20' })]));
    expectGolden(toGoldenText(state), join(here, 'golden', 'threat-during-talks.txt'));
  });
});
