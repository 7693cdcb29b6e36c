/**
 * The contradictions an analyst reads out of the five articles (K1 to K7),
 * described by type, issues and actors, and a matcher that finds each in
 * the analysis' output.
 */
import type { ContradictionView } from '@stancelog/core';

/** One expected contradiction. */
export interface Expected {
  readonly id: string;
  readonly type: string;
  /** Issues the contradiction must involve. */
  readonly issues: ReadonlyArray<string>;
  /** Actors the contradiction must involve. */
  readonly actors: ReadonlyArray<string>;
  /** And at least one of these, when any will do. */
  readonly oneOf?: ReadonlyArray<string>;
  readonly about: string;
}

/**
 * K4's other side is "Ukraine and its allies": Kyiv set the truce-first
 * condition on 2025-04-23 and Berlin restated it on 2025-08-13, while Kyiv's
 * own offer of talks on 2025-07-19 came without it. Whether Kyiv's condition
 * still stands once Moscow's land-first condition is reported (2025-07-20)
 * is the analysis' call; either closes the cycle.
 */
export const expected: ReadonlyArray<Expected> = [
  { id: 'K1', type: 'incompatible', issues: ['territorial-concessions'], actors: ['russia', 'ukraine'], about: 'Moscow wants land handed over; Kyiv refuses any concession' },
  { id: 'K2', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], about: 'Kyiv wants an unconditional truce now; Moscow turns it down' },
  { id: 'K3', type: 'incompatible', issues: ['nato-membership'], actors: ['russia', 'ukraine'], about: 'Moscow wants Kyiv to drop NATO; Kyiv calls that surrender' },
  { id: 'K4', type: 'circular-precondition', issues: ['ceasefire', 'territorial-concessions'], actors: ['russia'], oneOf: ['ukraine', 'germany'], about: "Kyiv's side wants a truce before talks (on territory among other things); Moscow wants territory before a truce" },
  { id: 'K5', type: 'incompatible', issues: ['talks-format'], actors: ['russia', 'ukraine'], about: 'Kyiv asked for US officials in the room; Moscow refused' },
  { id: 'K6', type: 'conflicting-reports', issues: ['territorial-concessions'], actors: ['ukraine'], about: "Merz reports Kyiv open to talk about territory; another account has Kyiv refusing any concession" },
  { id: 'K7', type: 'incompatible', issues: ['territorial-concessions'], actors: ['ukraine', 'united-states'], about: 'Trump expects territory to change hands; Kyiv refuses' },
];

/**
 * The contradictions of the analysis that match an expectation. An issue
 * matches itself and, given `within` (the issue and its sub-issues, as the
 * registry's `descendants` tells), any of its sub-issues: read from text,
 * Kyiv asking for US officials in the room is a clash on `us-at-the-table`,
 * a question of the talks' format.
 */
export function matching(found: ReadonlyArray<ContradictionView>, e: Expected, within: (issue: string) => ReadonlySet<string> = (issue) => new Set([issue])): ContradictionView[] {
  return found.filter(
    (c) =>
      c.type === e.type &&
      e.issues.every((i) => {
        const accepted = within(i);
        return c.issues.some((x) => accepted.has(x));
      }) &&
      e.actors.every((a) => c.actors.includes(a)) &&
      (e.oneOf === undefined || e.oneOf.some((a) => c.actors.includes(a))),
  );
}
