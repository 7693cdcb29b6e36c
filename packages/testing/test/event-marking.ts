// Reducers that write into the events they are given (a quote marked as
// seen, a holder upper-cased): the kit's own tests use them to prove that both
// the no-mutation law and the specs catch a recipe that changes an event,
// naming what it changed.
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

// One that writes into its events what no store would hold (a holder upper-cased, no actor id): a log read again
// after it is refused as invalid, so the tests prove that a spec or law reads copies, never the test's own events.
export function holderShouting() {
  return reducer({
    name: 'shouting',
    version: '1',
    initial: () => ({ n: 0 }),
    recipe: (s: { n: number }, e: StoredEvent) => {
      if (e.type !== 'statement-made') return;
      (e.data as { holder: string }).holder = e.data.holder.toUpperCase();
      s.n++;
    },
  });
}
