// Type tests of a rule of one's own and its state: `pnpm typecheck` fails when a line marked @ts-expect-error
// compiles (the type no longer protects) or when a valid line stops compiling. Never run, only type-checked.
import { analysis, contradictionRule, replay, ruleState } from '@stancelog/core';
import type { ContradictionRule } from '@stancelog/core';

interface Proposals {
  proposals: Map<string, string>;
}
const redline: ContradictionRule<Proposals> = { type: 'redline', version: '1', initial: () => ({ proposals: new Map() }), onStatement: () => undefined };

export function ruleStateChecks(): void {
  const state = replay(analysis({ extraRules: [redline] }), []);
  // ruleState is typed by the rule given, with no type argument (it was `{}`: a review's finding).
  const size: number | undefined = ruleState(state, redline)?.proposals.size;
  // @ts-expect-error a field the rule's state does not have
  void ruleState(state, redline)?.nope;
  // @ts-expect-error the state is the rule's, not any value
  const wrong: string | undefined = ruleState(state, redline);
  // A type alone is taken, its state named.
  const named: Proposals | undefined = ruleState<Proposals>(state, { type: 'redline' });
  void [size, wrong, named];
}

export function contradictionRuleChecks(): void {
  // A rule written inline infers its state from `initial`, its slot from `initialSlot` (inline in extraRules, both were any).
  const counting = contradictionRule({
    type: 'counting',
    version: '1',
    initial: () => ({ n: 0 }),
    initialSlot: () => ({ seen: 0 }),
    onStatement: (_ctx, state, _entry, _position, slot) => {
      state.n++;
      slot.seen++;
      // @ts-expect-error a field the state does not have
      state.nope = 1;
      // @ts-expect-error a field the slot does not have
      slot.nope = 1;
    },
    onSettle: (_ctx, state) => {
      // @ts-expect-error the state's field is a number
      state.n = 'many';
    },
  });
  const n: number | undefined = ruleState(replay(analysis({ extraRules: [counting] }), []), counting)?.n;
  // Without initialSlot, the slot is undefined.
  contradictionRule({
    type: 'slotless',
    version: '1',
    initial: () => new Set<string>(),
    onStatement: (_ctx, seen, entry, _position, slot) => {
      seen.add(entry.id);
      // @ts-expect-error no slot
      slot.seen = 1;
    },
  });
  // @ts-expect-error a version is a string
  contradictionRule({ type: 'v', version: 1, initial: () => 0, onSettle: () => undefined });
  void n;
}
