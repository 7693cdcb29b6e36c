/**
 * The pressure index: how hard each holder pushes on each issue, from the
 * firm acts it states (threats, red lines, demands, conditions). It only
 * adds counts, so the order statements arrive in does not matter.
 */
import { reducer } from '@stancelog/core';
import type { Reducer, StatementKind, StoredEvent } from '@stancelog/core';

/** What each kind weighs. */
export const WEIGHTS: Partial<Record<StatementKind, number>> = { threat: 3, 'red-line': 2, demand: 2, condition: 1 };

export interface PressureState {
  /** issue -> holder -> pressure. */
  byIssue: Map<string, Map<string, number>>;
  /** Holders seen registered (used by the strict mode). */
  registered: Set<string>;
}

export interface PressureOptions {
  /** Refuse a statement of a holder not registered first (a log-quality check). */
  readonly strict?: boolean;
}

export class UnregisteredHolderError extends Error {
  override readonly name = 'UnregisteredHolderError';
}

export function pressureIndex(options: PressureOptions = {}): Reducer<PressureState> {
  return reducer({
    name: 'pressure-index',
    version: '1',
    initial: () => ({ byIssue: new Map(), registered: new Set() }),
    recipe: (state, event: StoredEvent) => {
      if (event.type === 'actor-registered') state.registered.add(event.data.id);
      if (event.type !== 'statement-made') return;
      const { holder, issue, kind } = event.data;
      if (options.strict && !state.registered.has(holder)) throw new UnregisteredHolderError(`statement ${event.id} by ${holder}, who is not registered`);
      const weight = WEIGHTS[kind] ?? 0;
      if (weight === 0) return;
      let holders = state.byIssue.get(issue);
      if (!holders) state.byIssue.set(issue, (holders = new Map()));
      holders.set(holder, (holders.get(holder) ?? 0) + weight);
    },
  });
}

/** The pressure on an issue, holders sorted by pressure. */
export function pressureOn(state: PressureState, issue: string): Array<[string, number]> {
  return [...(state.byIssue.get(issue) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
