// Type tests of the kit's public types: `pnpm typecheck` fails when a line
// marked @ts-expect-error compiles (the type no longer protects) or when a
// valid line stops compiling. Never run, only type-checked.
import { analysis, positions, reducer } from '@stancelog/core';
import { ReducerSpec, checkReducerLaws, statement, timeline } from '@stancelog/testing';
import type { ExpectedContradiction, ExpectedPosition, LawName } from '@stancelog/testing';
import '@stancelog/testing/jest';

const counter = reducer({ name: 'counter', version: '1', initial: () => ({ n: 0, seen: new Set<string>() }), recipe: (s) => void s.n++ });

export function typeChecks(): void {
  ReducerSpec.for(counter).then({ n: 1, seen: new Set() });
  // @ts-expect-error a field of the wrong type
  ReducerSpec.for(counter).then({ n: '1', seen: new Set() });
  // @ts-expect-error a field missing
  ReducerSpec.for(counter).then({ n: 1 });
  // @ts-expect-error a field the state does not have
  ReducerSpec.for(counter).then({ n: 1, seen: new Set(), extra: true });
  // @ts-expect-error a Set of the wrong type
  ReducerSpec.for(counter).then({ n: 1, seen: new Set([1]) });

  ReducerSpec.for(positions()).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '-' }]);
  // @ts-expect-error no such polarity
  ReducerSpec.for(positions()).thenPositions([{ holder: 'russia', issue: 'ceasefire', polarity: '?' }]);
  // @ts-expect-error no such field of a position
  ReducerSpec.for(positions()).thenPositions([{ holder: 'russia', issue: 'ceasefire', stance: '-' }]);
  // @ts-expect-error a counter has no positions
  ReducerSpec.for(counter).thenPositions([{ holder: 'russia', issue: 'ceasefire' }]);
  // @ts-expect-error positions alone have no contradictions
  ReducerSpec.for(positions()).thenContradictions([{ type: 'incompatible' }]);
  ReducerSpec.for(analysis()).thenContradictions([{ type: 'incompatible', actors: ['russia'], status: 'open' }]);
  // @ts-expect-error no such status
  ReducerSpec.for(analysis()).thenContradictions([{ type: 'incompatible', status: 'closed' }]);

  // @ts-expect-error no such statement kind
  statement({ holder: 'russia', issue: 'ceasefire', kind: 'insist', polarity: '-' });
  // @ts-expect-error the polarity is required
  statement({ holder: 'russia', issue: 'ceasefire', kind: 'demand' });
  // @ts-expect-error a timeline statement takes its date from the cursor
  timeline('2025-05-16', (t) => t.say({ holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '-', statedAt: '2025-05-17' }));

  const law: LawName = 'determinism';
  // @ts-expect-error no such law
  checkReducerLaws(counter, { laws: [law, 'purity'] });
  // @ts-expect-error the view receives the reducer's state
  checkReducerLaws(counter, { view: (s) => s.positions });

  const p: ExpectedPosition = { holder: 'a', issue: 'b', sources: 2 };
  const c: ExpectedContradiction = { type: 'reversal', summary: /flip/ };
  expect([]).toHavePosition(p.holder, p.issue, '+');
  expect([]).toHaveContradiction(c);
  // @ts-expect-error a contradiction needs a type
  expect([]).toHaveContradiction({ actors: ['russia'] });
  // @ts-expect-error no such polarity
  expect([]).toHavePosition('russia', 'ceasefire', 'yes');
}
