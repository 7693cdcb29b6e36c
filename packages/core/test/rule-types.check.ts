// Type tests of a rule of one's own and its state: `pnpm typecheck` fails when a line marked @ts-expect-error
// compiles (the type no longer protects) or when a valid line stops compiling. Never run, only type-checked.
import { analysis, replay, ruleState } from '@stancelog/core';
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
