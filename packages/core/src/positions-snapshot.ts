/**
 * How a positions state is written into a snapshot: each position's history
 * as columns, its strings (days, kinds, attributions, publishers, speakers)
 * kept once in a table for the whole snapshot.
 *
 * Why: a snapshot store writes the state with the structured clone
 * algorithm (node:v8's `serialize`), which keeps shared objects shared but
 * writes a string each time it meets it. In memory a million entries share
 * a few hundred day labels, attributions and publishers; written as
 * objects they came back as a million copies of each, and the state loaded
 * from a snapshot took twice the heap of the state replayed, and most of
 * the loading time went to allocating and collecting them. Read back, the
 * entries are made again in the shape `stanceEntry` gives them, sharing
 * their strings as a replay's entries do, and a position's current entry is
 * again the entry of its history.
 *
 * Internal: the positions and analysis reducers carry it as their
 * {@link SnapshotCodec}.
 *
 * @since 0.1.0
 */
import type { SnapshotCodec } from './reducer.js';
import type { PositionState, PositionsState } from './positions.js';
import type { StanceEntry } from './stance-entry.js';
import type { Condition } from './statement.js';

/** Marks an encoded state, so that a snapshot saved before the encoding existed (a plain state) is read as it is. */
const FORMAT = 'positions-columns@1';

interface HistoryColumns {
  readonly ids: string[];
  readonly positions: Float64Array;
  readonly validFrom: Float64Array;
  /** Six indexes into the string table per entry: label, kind, polarity, attribution, publisher, speaker. */
  readonly strings: Uint32Array;
  /** 1: dated, 2: first-hand. */
  readonly flags: Uint8Array;
  /** An index into the table of conditions (0: none). */
  readonly conditions: Uint32Array;
}

type EncodedPosition = Omit<PositionState, 'history' | 'current'> & {
  readonly history: HistoryColumns;
  /** The index of the current entry in the history, or the entry itself when the history does not hold it. */
  readonly current: number | StanceEntry;
};

interface EncodedPositions {
  readonly format: typeof FORMAT;
  /** Index 0 stands for `undefined` (an unnamed speaker). */
  readonly strings: ReadonlyArray<string | undefined>;
  readonly conditions: ReadonlyArray<ReadonlyArray<Condition>>;
  readonly byIssue: Map<string, Map<string, EncodedPosition>>;
  readonly rest: Omit<PositionsState, 'byIssue'>;
}

const STRINGS_PER_ENTRY = 6;
const NONE: ReadonlyArray<Condition> = Object.freeze([]);

function encode(state: PositionsState): EncodedPositions {
  const strings: Array<string | undefined> = [undefined];
  const stringIndex = new Map<string | undefined, number>([[undefined, 0]]);
  const conditions: Array<ReadonlyArray<Condition>> = [NONE];
  const conditionIndex = new Map<string, number>();
  const indexOf = (s: string | undefined): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      stringIndex.set(s, (i = strings.length));
      strings.push(s);
    }
    return i;
  };
  const conditionsOf = (cs: ReadonlyArray<Condition>): number => {
    if (cs.length === 0) return 0;
    // By content: equal conditions of many statements are one array when read back.
    const key = JSON.stringify(cs);
    let i = conditionIndex.get(key);
    if (i === undefined) {
      conditionIndex.set(key, (i = conditions.length));
      conditions.push(cs);
    }
    return i;
  };
  const byIssue = new Map<string, Map<string, EncodedPosition>>();
  for (const [issue, holders] of state.byIssue) {
    const encoded = new Map<string, EncodedPosition>();
    for (const [holder, p] of holders) {
      const h = p.history;
      const n = h.length;
      const columns: HistoryColumns = {
        ids: new Array<string>(n),
        positions: new Float64Array(n),
        validFrom: new Float64Array(n),
        strings: new Uint32Array(n * STRINGS_PER_ENTRY),
        flags: new Uint8Array(n),
        conditions: new Uint32Array(n),
      };
      let current = -1;
      for (let k = 0; k < n; k++) {
        const e = h[k]!;
        if (e.position === p.current.position && e.id === p.current.id) current = k;
        columns.ids[k] = e.id;
        columns.positions[k] = e.position;
        columns.validFrom[k] = e.validFrom;
        const s = k * STRINGS_PER_ENTRY;
        columns.strings[s] = indexOf(e.label);
        columns.strings[s + 1] = indexOf(e.kind);
        columns.strings[s + 2] = indexOf(e.polarity);
        columns.strings[s + 3] = indexOf(e.attribution);
        columns.strings[s + 4] = indexOf(e.publisher);
        columns.strings[s + 5] = indexOf(e.speaker);
        columns.flags[k] = (e.dated ? 1 : 0) | (e.firstHand ? 2 : 0);
        columns.conditions[k] = conditionsOf(e.conditions);
      }
      encoded.set(holder, { ...p, history: columns, current: current >= 0 ? current : p.current });
    }
    byIssue.set(issue, encoded);
  }
  const { byIssue: _, ...rest } = state;
  return { format: FORMAT, strings, conditions, byIssue, rest };
}

// A whole number read from a Float64Array as the small integer a replay
// stores: an entry whose number fields held doubles would have another
// shape than the replayed ones, and code reading both would slow down.
function small(x: number): number {
  return (x | 0) === x ? x | 0 : x;
}

function decode(encoded: unknown): PositionsState {
  if (typeof encoded !== 'object' || encoded === null || (encoded as Partial<EncodedPositions>).format !== FORMAT) return encoded as PositionsState;
  const { strings, conditions, byIssue: encodedByIssue, rest } = encoded as EncodedPositions;
  const byIssue = new Map<string, Map<string, PositionState>>();
  for (const [issue, holders] of encodedByIssue) {
    const decoded = new Map<string, PositionState>();
    for (const [holder, p] of holders) {
      const c = p.history;
      const n = c.ids.length;
      const history = new Array<StanceEntry>(n);
      for (let k = 0; k < n; k++) {
        const s = k * STRINGS_PER_ENTRY;
        const flags = c.flags[k]!;
        // The fields in the order `stanceEntry` makes them: one shape for entries replayed and entries read back.
        history[k] = {
          id: c.ids[k]!,
          position: small(c.positions[k]!),
          validFrom: small(c.validFrom[k]!),
          label: strings[c.strings[s]!]!,
          dated: (flags & 1) !== 0,
          polarity: strings[c.strings[s + 2]!] as StanceEntry['polarity'],
          kind: strings[c.strings[s + 1]!] as StanceEntry['kind'],
          conditions: conditions[c.conditions[k]!]!,
          firstHand: (flags & 2) !== 0,
          attribution: strings[c.strings[s + 3]!]!,
          publisher: strings[c.strings[s + 4]!]!,
          speaker: strings[c.strings[s + 5]!],
        };
      }
      decoded.set(holder, { ...p, history, current: typeof p.current === 'number' ? history[p.current]! : p.current });
    }
    byIssue.set(issue, decoded);
  }
  return { ...rest, byIssue };
}

/**
 * The snapshot codec of a positions state (see the module's notes).
 * @internal
 */
export const positionsSnapshot: SnapshotCodec<PositionsState> = { encode, decode };
