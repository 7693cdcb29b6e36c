/**
 * Checks of a test log for what no store would ever hold: positions that
 * repeat or go back, a withdrawal of an event not before it. Internal: the
 * entry point does not export this module.
 */
import { endOf } from '@stancelog/core';
import { TagIndex, checkAppend } from '@stancelog/core/store-kit';
import type { NewEvent, StoredEvent } from '@stancelog/core';

/** Thrown by `stored()` when two events' positions do not increase; `earlier` and `later` are indexes in its input. */
export class PositionClash extends RangeError {
  constructor(
    readonly earlier: number,
    readonly later: number,
    readonly positions: readonly [number, number],
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by `stored()` for an event no store would take; `index` is in its input, `problem` what is wrong with it (its fields). */
export class InvalidTestEvent extends TypeError {
  constructor(
    readonly index: number,
    readonly problem: string,
    message: string,
  ) {
    super(message);
  }
}

/** The first two neighbours whose positions do not increase, as indexes, if any. */
export function firstClash(log: ReadonlyArray<Pick<StoredEvent, 'position'>>): { earlier: number; later: number } | undefined {
  for (let i = 1; i < log.length; i++) if (log[i]!.position <= log[i - 1]!.position) return { earlier: i - 1, later: i };
  return undefined;
}

/** What to do about a clash: the usual cause is two `stored()` calls, each numbering from 1. */
export const CLASH_HINT =
  'a log has one event per position, increasing: events stored by separate stored() calls are each numbered from 1 (or from `after`), so store them in one stored([...]) call, or pass the builder events unstored and let the spec number them';

/** A short name of an event in messages: `statement-made russia ceasefire (reject -)`. */
export function describeEvent(event: NewEvent | StoredEvent): string {
  switch (event.type) {
    case 'statement-made':
      return `statement-made ${event.data.holder} ${event.data.issue} (${event.data.kind} ${event.data.polarity})`;
    case 'issue-defined':
    case 'actor-registered':
      return `${event.type} ${event.data.id}`;
    case 'event-withdrawn':
      return `event-withdrawn of ${event.data.event}`;
    case 'alias-added':
      return `alias-added ${event.data.actor} ${JSON.stringify(event.data.alias)}`;
    default:
      return (event as { type: string }).type;
  }
}

/**
 * The error a store gives a withdrawal of an event neither in the log nor
 * before it, with the index of the withdrawal: core's own append check, on
 * the whole test log as one batch, so specs refuse what every store refuses.
 */
export function orphanWithdrawal(log: ReadonlyArray<StoredEvent>): { index: number; message: string } | undefined {
  const checked = checkAppend(log, {}, { head: 0, has: () => false, at: () => undefined, positionOf: () => undefined, tags: new TagIndex() });
  // The field's own message: the spec names the event itself (the store's message names its place in the batch).
  if (checked._tag === 'Left' && checked.left._tag === 'InvalidEvent') return { index: checked.left.index, message: checked.left.issues[0]?.message ?? checked.left.message.replace(/^append: /, '') };
  return undefined;
}

/**
 * When a statement is recorded by default: `fallback`, or the last second of
 * the period it was stated in if that is later, so that the log never
 * records words before they were said (`asOf.recordedTime` would leave them
 * out without a word).
 */
export function recordedNoEarlierThanStated(event: NewEvent, fallback: string): string {
  if (event.type !== 'statement-made' || event.data.statedAt === undefined) return fallback;
  let end: number;
  try {
    end = endOf(event.data.statedAt);
  } catch {
    return fallback; // an invalid date is refused by the event's own check, with a better message
  }
  // The last whole second of the period: timestamps in the log are to the second.
  const last = Math.floor((end - 1) / 1000) * 1000;
  return last > Date.parse(fallback) ? new Date(last).toISOString().replace(/\.000Z$/, 'Z') : fallback;
}
