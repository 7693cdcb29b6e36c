/**
 * The contradiction rules' slots of a position held on the position itself,
 * beside its `slots` array, for a replay to reach them.
 *
 * The analysis hands each rule its slot at every statement. Read from
 * `PositionState.slots`, that is two more objects per statement, rarely in
 * the cache on a log that goes from one position to another at each
 * statement: the array and its elements. Held as properties of the position
 * (its property store, which the collector keeps beside the position), they
 * cost one; a replay of the benchmark's log took about a tenth less CPU time.
 *
 * The `slots` array stays what the state says: the held ones are a copy of
 * it, kept under symbols and not enumerable, so that nothing that reads a
 * state sees them (comparisons, snapshots, `structuredClone`, spreads, JSON),
 * and a copy of a position holds none (it is read from its array). A
 * live update never reads or writes them: immer's draft of a position would
 * copy one it read into the position it makes. A rule that puts another slot
 * in a position's array does it with {@link setSlot}, which keeps the copy.
 *
 * @since 0.1.0
 */
import { isDraft } from 'immer';
import type { PositionState } from './positions.js';

/** How many slots a position holds (the built-in rules keep four); a rule's slot past them is read from the array. */
export const HELD_SLOTS = 6;

const SLOT_0 = Symbol('slot 0');
const SLOT_1 = Symbol('slot 1');
const SLOT_2 = Symbol('slot 2');
const SLOT_3 = Symbol('slot 3');
const SLOT_4 = Symbol('slot 4');
const SLOT_5 = Symbol('slot 5');
const KEYS = [SLOT_0, SLOT_1, SLOT_2, SLOT_3, SLOT_4, SLOT_5] as const;
// The array the held slots were taken from: a position holds them while its `slots` is that array. A copy of the
// position that kept them (immer's strict copies keep properties that are not enumerable) but was given a new array,
// or a position whose array was replaced, holds none, and is read from its array.
const HOLDS = Symbol('slots held');

/** A position with its slots held (see {@link holdSlots}). */
type Holding = PositionState & { [HOLDS]?: unknown[]; [SLOT_0]?: unknown; [SLOT_1]?: unknown; [SLOT_2]?: unknown; [SLOT_3]?: unknown; [SLOT_4]?: unknown; [SLOT_5]?: unknown };

/**
 * Whether a position holds its slots: the analysis made or met it in a
 * replay (a plain state). Not to be asked of a draft.
 */
export function holdsSlots(position: PositionState): boolean {
  return (position as Holding)[HOLDS] === position.slots;
}

/**
 * Holds a position's slots on it (at most {@link HELD_SLOTS}), from its
 * `slots` array, when it can take properties (a position of a frozen state
 * cannot: its slots are then read from the array). Returns whether it holds
 * them. Of a plain state only: never a draft.
 */
export function holdSlots(position: PositionState): boolean {
  const slots = position.slots;
  if (slots.length === 0 || !Object.isExtensible(position)) return false;
  const n = Math.min(slots.length, HELD_SLOTS);
  for (let k = 0; k < n; k++) Object.defineProperty(position, KEYS[k]!, { value: slots[k], writable: true, enumerable: false, configurable: true });
  Object.defineProperty(position, HOLDS, { value: slots, writable: true, enumerable: false, configurable: true });
  return true;
}

/**
 * The slot at index `at` of a position that holds its slots (see
 * {@link holdsSlots}): the held one, or from the array past
 * {@link HELD_SLOTS}.
 */
export function heldSlot(position: PositionState, at: number): unknown {
  const p = position as Holding;
  // One property per index, each read by its own name: a read of a name V8 knows, not a lookup by key.
  switch (at) {
    case 0:
      return p[SLOT_0];
    case 1:
      return p[SLOT_1];
    case 2:
      return p[SLOT_2];
    case 3:
      return p[SLOT_3];
    case 4:
      return p[SLOT_4];
    case 5:
      return p[SLOT_5];
    default:
      return position.slots[at];
  }
}

/**
 * Puts `slot` at index `at` of a position's slots (a rule giving a position
 * a slot of its own in place of a shared one), and into the slots it holds,
 * if it holds them: a rule that wrote the array alone would be handed the
 * old slot at the position's next statement.
 */
export function setSlot(position: PositionState, at: number, slot: unknown): void {
  position.slots[at] = slot;
  if (at < HELD_SLOTS && !isDraft(position) && holdsSlots(position)) (position as Holding)[KEYS[at]!] = slot;
}
