import { analysis, contradictionList, getPosition, replay, step } from '@stancelog/core';
import type { AnalysisState, ConditionedSlot, PositionState } from '@stancelog/core';
import { statement, stored } from '@stancelog/testing';
import { heldSlot, holdsSlots } from '../src/held-slots.js';

// Ukraine talks of peace first without a condition, then only after a ceasefire; Russia will have a ceasefire only
// after talks: a cycle, whose second edge comes from a position whose first words set no precondition.
const log = stored([
  statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-03-01' }),
  statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-03-02' }),
  statement({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-03-03' }),
  statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-04' }),
  statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-05' }),
]);

const position = (state: AnalysisState, holder: string, issue: string): PositionState => getPosition(state.positions, holder, issue)!;
/** Where the circular-precondition rule's slot sits: the default rules' slots in their order, the first of them. */
const CYCLES = 0;

describe('the rules’ slots a replayed position holds', () => {
  it('are those of its slots array, each rule’s, and no reader of the state sees them', () => {
    const state = replay(analysis(), log);
    const p = position(state, 'ukraine', 'peace-talks');
    expect(holdsSlots(p)).toBe(true);
    expect(p.slots.length).toBe(4);
    for (let k = 0; k < p.slots.length; k++) expect(heldSlot(p, k)).toBe(p.slots[k]);
    // Not enumerable, under symbols: comparisons, copies and JSON see the position as it was.
    expect(Object.keys(p)).toEqual(['holder', 'issue', 'key', 'history', 'current', 'conditions', 'preconditions', 'firmKind', 'since', 'sinceLabel', 'slots', 'lastOwn', 'ownWordsWindow']);
    expect({ ...p }).toEqual(p);
    expect(holdsSlots({ ...p })).toBe(false);
    expect(holdsSlots(structuredClone(p))).toBe(false);
  });

  it('follow the circular-precondition rule giving a position its own slot at its first precondition, so that its later words reach the rule', () => {
    const state = replay(analysis(), log);
    const ukraine = position(state, 'ukraine', 'peace-talks');
    // The shared slot of the positions never conditioned was replaced, in the array and in the slot held.
    expect((ukraine.slots[CYCLES] as ConditionedSlot).conditioned).toBe(true);
    expect(heldSlot(ukraine, CYCLES)).toBe(ukraine.slots[CYCLES]);
    // The cycle, listing the words that made its two edges.
    const [cycle] = contradictionList(state, { type: 'circular-precondition' });
    expect(cycle?.statements).toEqual([log[3]!.id, log[2]!.id]);
  });

  it('are not read in a live update, whose positions read the array, and find what a replay finds', () => {
    const before = replay(analysis(), log.slice(0, 3));
    let live = before;
    for (const event of log.slice(3)) live = step(analysis())(live, event);
    const p = position(live, 'ukraine', 'peace-talks');
    // The position a live update made is a copy: it holds no slots, and its own slot is in its array.
    expect(holdsSlots(p)).toBe(false);
    expect((p.slots[CYCLES] as ConditionedSlot).conditioned).toBe(true);
    expect(contradictionList(live)).toEqual(contradictionList(replay(analysis(), log)));
  });
});
