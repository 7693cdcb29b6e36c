/**
 * Positions of a rule's own (internal), for the rules that weigh a holder's
 * words anew, in the order of valid times, after statements read late: an
 * empty state, or one holding a holder's position as the first entries of
 * its history leave it, to apply the next ones to (`applyEntry`). Either
 * keeps the own-words window of the analysis's positions.
 *
 * @since 0.1.0
 */
import { getPosition, historyPrefix, positionOf } from '../positions.js';
import type { PositionsState, PositionState } from '../positions.js';
import type { StanceEntry } from '../stance-entry.js';

/** Positions with none yet, weighed as `like` weighs its own (its own-words window). */
export function emptyScratch(like: Pick<PositionsState, 'ownWordsDays'>): PositionsState {
  return like.ownWordsDays === undefined ? { byIssue: new Map() } : { byIssue: new Map(), ownWordsDays: like.ownWordsDays };
}

/** Positions holding `p`'s holder's position on its issue as the first `count` entries of `history` leave it (none while `count` is 0). */
export function scratchAt(like: Pick<PositionsState, 'ownWordsDays'>, p: Pick<PositionState, 'holder' | 'issue' | 'key' | 'ownWordsWindow'>, history: ReadonlyArray<StanceEntry>, count: number): PositionsState {
  const scratch = emptyScratch(like);
  if (count > 0) scratch.byIssue.set(p.issue, new Map([[p.holder, positionOf(p, historyPrefix(history, count))]]));
  return scratch;
}

/** Positions holding a copy of the position of `p`'s holder on its issue that `scratch` holds (none when it holds none), to weigh apart from it. */
export function scratchCopy(like: Pick<PositionsState, 'ownWordsDays'>, scratch: PositionsState, p: Pick<PositionState, 'holder' | 'issue'>): PositionsState {
  const copy = emptyScratch(like);
  const position = getPosition(scratch, p.holder, p.issue);
  // Its lists of conditions are never changed in place (see `PositionState.preconditions`): shared. Its history grows: copied.
  if (position !== undefined) copy.byIssue.set(p.issue, new Map([[p.holder, { ...position, history: [...position.history] }]]));
  return copy;
}
