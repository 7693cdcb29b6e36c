import fc from 'fast-check';
import { eventWithdrawn, openMemoryStore, readAll, statementMade } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { reportData } from '@stancelog/report';
import { expectFramesAsReplayed } from './frames-as-replayed.js';

// Each replay reportData makes: of the whole log up to a day ('whole'), or of a day's statements onto the day before's state ('from').
const mockReplays: Array<'whole' | 'from'> = [];
jest.mock('@stancelog/core', () => {
  const actual = jest.requireActual<typeof import('@stancelog/core')>('@stancelog/core');
  return {
    ...actual,
    replay: (...args: Parameters<typeof actual.replay>) => {
      mockReplays.push(args[2]?.from === undefined ? 'whole' : 'from');
      return actual.replay(...args);
    },
  };
});

/** Twelve days of a strike, one statement a day each side, appended as they were said; then `more`. */
async function strikeLog(more: (said: ReadonlyArray<StoredEvent>) => NewEvent[]): Promise<ReadonlyArray<StoredEvent>> {
  const store = openMemoryStore();
  const said: NewEvent[] = [];
  for (let day = 1; day <= 12; day++) {
    const date = `2026-03-${String(day).padStart(2, '0')}`;
    said.push(statementMade({ holder: 'dockers-union', issue: 'pay-rise', kind: 'demand', polarity: '+', statedAt: date, source: { quote: `day ${day}: no return without a raise` } }));
    said.push(statementMade({ holder: 'port-authority', issue: 'pay-rise', kind: day % 4 === 0 ? 'hedge' : 'reject', polarity: day % 4 === 0 ? '0' : '-', statedAt: date, source: { quote: `day ${day}: the budget is fixed` } }));
  }
  const first = await store.append(said);
  if (first._tag === 'Left') throw new Error(first.left.message);
  const second = await store.append(more(first.right.appended));
  if (second._tag === 'Left') throw new Error(second.left.message);
  return readAll(store);
}

describe('reportData, on a log appended as things were said', () => {
  beforeEach(() => {
    mockReplays.length = 0;
  });

  it('folds each day onto the day before, a withdrawal appended last included, where every frame after the first was replayed whole (a review\'s finding, stop 53)', async () => {
    const log = await strikeLog((said) => [eventWithdrawn(said[5]!.id, 'the article misquoted the authority')]);
    const data = reportData(log);
    expect(data.frames).toHaveLength(12);
    expect(mockReplays.filter((r) => r === 'whole')).toEqual(['whole']);
    // The same frames as replaying the log as of each day.
    expectFramesAsReplayed(data, log);
  });

  it('folds a day onto the day before when statements of it were read late (an article of last week, a correction appended last), where that day and every one after it were replayed whole (stop 53)', async () => {
    const fix = statementMade({ holder: 'port-authority', issue: 'pay-rise', kind: 'hedge', polarity: '0', statedAt: '2026-03-03', source: { quote: 'day 3: the budget is fixed' } });
    const log = await strikeLog((said) => [
      // A week's article read late, and a correction of the third day's refusal appended in its place, as `correct` does.
      statementMade({ holder: 'mediator', issue: 'pay-rise', kind: 'propose', polarity: '+', statedAt: '2026-03-04', source: { quote: 'a raise spread over two years' } }),
      { ...fix, data: { ...fix.data, corrects: { event: said[5]!.id, position: said[5]!.position } } },
      eventWithdrawn(said[5]!.id, 'misquoted: the authority hedged'),
    ]);
    const data = reportData(log);
    expect(data.frames).toHaveLength(12);
    expect(mockReplays.filter((r) => r === 'whole')).toEqual(['whole']);
    expectFramesAsReplayed(data, log);
  });

  it('folds each day onto the day before when the log defines each actor and issue just before the first statement naming it, as ingest appends an article, and replays a day whole when a definition moves an issue already named; each frame as replayed as of its day (a review\'s finding, stop 53)', async () => {
    const HOLDERS = ['ukraine', 'russia', 'united-states'];
    // nato-membership and territory are sub-issues of peace-talks: a condition on the talks reaches them.
    const PARENTS: Record<string, string | undefined> = { ceasefire: undefined, 'peace-talks': undefined, 'nato-membership': 'peace-talks', territory: 'peace-talks' };
    const ISSUES = Object.keys(PARENTS);
    const DATES = ['2025-05-01', '2025-05-02', '2025-05-05', '2025-05-06', '2025-05-09', '2025-05-12'];
    const said = fc.record({
      holder: fc.constantFrom(...HOLDERS),
      issue: fc.constantFrom(...ISSUES),
      polarity: fc.constantFrom('+', '-', '0'),
      firm: fc.boolean(),
      condition: fc.option(fc.constantFrom(...ISSUES), { nil: undefined }),
      date: fc.integer({ min: 0, max: DATES.length - 1 }),
    });
    // With `move`, territory is moved under the ceasefire at that place of the log, after it was named: a change of the hierarchy.
    const logs = fc.record({ words: fc.array(said, { minLength: 2, maxLength: 24 }), move: fc.option(fc.nat(), { nil: undefined }) });
    let foldedOnly = 0;
    await fc.assert(
      fc.asyncProperty(logs, async ({ words, move }) => {
        const events: NewEvent[] = [];
        const defined = new Set<string>();
        const define = (issue: string): void => {
          if (defined.has(issue)) return;
          const parent = PARENTS[issue];
          if (parent !== undefined) define(parent);
          defined.add(issue);
          events.push({ type: 'issue-defined', data: { id: issue, title: issue, proposition: `${issue} holds`, ...(parent !== undefined ? { parent } : {}) } });
        };
        const moveAt = move === undefined ? -1 : move % words.length;
        [...words].sort((a, b) => a.date - b.date).forEach((w, n) => {
          if (!defined.has(`actor:${w.holder}`)) {
            defined.add(`actor:${w.holder}`);
            events.push({ type: 'actor-registered', data: { id: w.holder, kind: 'state', name: w.holder.toUpperCase() } });
          }
          const condition = w.condition !== undefined && w.condition !== w.issue ? w.condition : undefined;
          define(w.issue);
          if (condition !== undefined) define(condition);
          if (n === moveAt && defined.has('territory')) events.push({ type: 'issue-defined', data: { id: 'territory', title: 'territory', proposition: 'territory holds', parent: 'ceasefire' } });
          const polarity = w.polarity as '+' | '-' | '0';
          const kind = polarity === '0' ? 'hedge' : w.firm ? (condition !== undefined ? 'condition' : polarity === '+' ? 'demand' : 'red-line') : polarity === '+' ? 'support' : 'reject';
          events.push(statementMade({ holder: w.holder, issue: w.issue, kind, polarity, ...(kind === 'condition' ? { conditions: [{ issue: condition!, polarity: '+' as const }] } : {}), statedAt: DATES[w.date]!, source: { quote: `word ${n}` } }));
        });
        const store = openMemoryStore();
        const r = await store.append(events);
        if (r._tag === 'Left') throw new Error(r.left.message);
        const log = await readAll(store);
        mockReplays.length = 0;
        const data = reportData(log);
        const whole = mockReplays.filter((w) => w === 'whole').length;
        expectFramesAsReplayed(data, log);
        const moved = log.some((e) => e.type === 'issue-defined' && e.data.id === 'territory' && e.data.parent === 'ceasefire');
        if (!moved) {
          // Every definition stands before what it names: one replay, of the first day, and each day after folded onto it.
          expect(whole).toBe(1);
          if (data.frames.length > 1) foldedOnly++;
        }
      }),
      { numRuns: 200 },
    );
    expect(foldedOnly).toBeGreaterThan(50);
  }, 120_000);
});
