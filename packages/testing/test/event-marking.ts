// A reducer that writes into the events it is given (a quote marked as
// seen): the kit's own tests use it to prove that both the no-mutation law
// and the specs catch a recipe that changes an event, naming what it changed.
import { reducer } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';

export function eventMarking() {
  return reducer({
    name: 'marking',
    version: '1',
    initial: () => ({ n: 0 }),
    recipe: (s: { n: number }, e: StoredEvent) => {
      if (e.type !== 'statement-made') return;
      (e.data as { quote?: string }).quote = 'seen';
      s.n++;
    },
  });
}
