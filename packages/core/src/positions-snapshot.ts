/**
 * How a positions state is written into a snapshot: each position's history
 * as columns, its strings (days, kinds, attributions, publishers, speakers)
 * kept once in a table for the whole snapshot, each column of numbers as
 * narrow as its values allow, and the statements' ids packed as bytes in
 * one table (see snapshot-columns.ts), which the analysis' ledger refers
 * to as well; the rules' slots with the field names of their objects kept
 * once.
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
import { IdTable, ListTable, ShapeTable, StringTable, decodeIds, decodeShapes, narrow, small } from './snapshot-columns.js';
import type { EncodedIds, NumberColumn } from './snapshot-columns.js';
import type { StanceEntry } from './stance-entry.js';
import type { Condition } from './statement.js';

/**
 * Marks an encoded state, so that a snapshot saved before the encoding
 * existed (a plain state) is read as it is, and one of an older encoding is
 * refused rather than misread. 1: the columns of doubles and 4-byte
 * indexes, with the ids as strings.
 */
export const POSITIONS_FORMAT = 'positions-columns@2';

interface HistoryColumns {
  readonly length: number;
  readonly positions: NumberColumn;
  readonly validFrom: NumberColumn;
  /** Indexes into the string table, a column for each field. */
  readonly label: NumberColumn;
  readonly kind: NumberColumn;
  readonly polarity: NumberColumn;
  readonly attribution: NumberColumn;
  readonly publisher: NumberColumn;
  readonly speaker: NumberColumn;
  /** 1: dated, 2: first-hand. */
  readonly flags: Uint8Array;
  /** An index into the table of conditions (0: none). */
  readonly conditions: NumberColumn;
}

type EncodedPosition = Omit<PositionState, 'history' | 'current' | 'slots'> & {
  readonly history: HistoryColumns;
  /** The rules' slots, each plain object's field names kept once in `shapes` (see {@link ShapeTable}). */
  readonly slots: unknown;
  /** The index of the current entry in the history, or the entry itself when the history does not hold it. */
  readonly current: number | StanceEntry;
};

/** A positions state as a snapshot keeps it. */
export interface EncodedPositions {
  readonly format: typeof POSITIONS_FORMAT;
  /** Index 0 stands for `undefined` (an unnamed speaker). */
  readonly strings: ReadonlyArray<string | undefined>;
  readonly conditions: ReadonlyArray<ReadonlyArray<Condition>>;
  /** The field names of the plain objects of the rules' slots, one list per set of them. */
  readonly shapes: ReadonlyArray<ReadonlyArray<string>>;
  readonly byIssue: Map<string, Map<string, EncodedPosition>>;
  readonly rest: Omit<PositionsState, 'byIssue'>;
  /**
   * The entries' ids, history after history in the order of `byIssue`; kept
   * beside the state by an encoding that shares the table (the analysis').
   */
  readonly ids?: EncodedIds | undefined;
}

const NONE: ReadonlyArray<Condition> = Object.freeze([]);

/** A positions state as columns, its entries' ids added to `ids` in the order of the histories. */
export function encodePositions(state: PositionsState, ids: IdTable): EncodedPositions {
  const strings = new StringTable();
  const conditions = new ListTable<Condition>();
  // Index 0: no conditions, the one empty list of every entry without.
  conditions.of(NONE);
  const shapes = new ShapeTable();
  const byIssue = new Map<string, Map<string, EncodedPosition>>();
  for (const [issue, holders] of state.byIssue) {
    const encoded = new Map<string, EncodedPosition>();
    for (const [holder, p] of holders) {
      const h = p.history;
      const n = h.length;
      const positions = new Float64Array(n);
      const validFrom = new Float64Array(n);
      const label = new Uint32Array(n);
      const kind = new Uint32Array(n);
      const polarity = new Uint32Array(n);
      const attribution = new Uint32Array(n);
      const publisher = new Uint32Array(n);
      const speaker = new Uint32Array(n);
      const flags = new Uint8Array(n);
      const conditionsOf = new Uint32Array(n);
      let current = -1;
      for (let k = 0; k < n; k++) {
        const e = h[k]!;
        if (e.position === p.current.position && e.id === p.current.id) current = k;
        ids.push(e.id);
        positions[k] = e.position;
        validFrom[k] = e.validFrom;
        label[k] = strings.of(e.label);
        kind[k] = strings.of(e.kind);
        polarity[k] = strings.of(e.polarity);
        attribution[k] = strings.of(e.attribution);
        publisher[k] = strings.of(e.publisher);
        speaker[k] = strings.of(e.speaker);
        flags[k] = (e.dated ? 1 : 0) | (e.firstHand ? 2 : 0);
        conditionsOf[k] = e.conditions.length === 0 ? 0 : conditions.of(e.conditions);
      }
      const history: HistoryColumns = {
        length: n,
        positions: narrow(positions),
        validFrom: narrow(validFrom),
        label: narrow(label),
        kind: narrow(kind),
        polarity: narrow(polarity),
        attribution: narrow(attribution),
        publisher: narrow(publisher),
        speaker: narrow(speaker),
        flags,
        conditions: narrow(conditionsOf),
      };
      encoded.set(holder, { ...p, history, current: current >= 0 ? current : p.current, slots: shapes.encode(p.slots) });
    }
    byIssue.set(issue, encoded);
  }
  const { byIssue: _, ...rest } = state;
  return { format: POSITIONS_FORMAT, strings: strings.list, conditions: conditions.list, shapes: shapes.shapes, byIssue, rest };
}

/** Whether a kept value is a positions state as columns of another encoding than this one, which must not be read as a state. */
export function otherPositionsFormat(kept: unknown): string | undefined {
  if (typeof kept !== 'object' || kept === null) return undefined;
  const format = (kept as { format?: unknown }).format;
  return typeof format === 'string' && format !== POSITIONS_FORMAT ? format : undefined;
}

/** The positions state again, its entries' ids taken in order from `ids`, from `at` on; returns the state and where the next ids start. */
export function decodePositions(encoded: EncodedPositions, ids: ReadonlyArray<string>, at = 0): { state: PositionsState; next: number } {
  const { strings, conditions, shapes, byIssue: encodedByIssue, rest } = encoded;
  const seen = new Map<object, unknown>();
  let next = at;
  const byIssue = new Map<string, Map<string, PositionState>>();
  for (const [issue, holders] of encodedByIssue) {
    const decoded = new Map<string, PositionState>();
    for (const [holder, p] of holders) {
      const c = p.history;
      const n = c.length;
      const history = new Array<StanceEntry>(n);
      for (let k = 0; k < n; k++) {
        const flags = c.flags[k]!;
        // The fields in the order `stanceEntry` makes them: one shape for entries replayed and entries read back.
        history[k] = {
          id: ids[next++]!,
          position: small(c.positions[k]!),
          validFrom: small(c.validFrom[k]!),
          label: strings[c.label[k]!]!,
          dated: (flags & 1) !== 0,
          polarity: strings[c.polarity[k]!] as StanceEntry['polarity'],
          kind: strings[c.kind[k]!] as StanceEntry['kind'],
          conditions: conditions[c.conditions[k]!]!,
          firstHand: (flags & 2) !== 0,
          attribution: strings[c.attribution[k]!]!,
          publisher: strings[c.publisher[k]!]!,
          speaker: strings[c.speaker[k]!],
        };
      }
      decoded.set(holder, { ...p, history, current: typeof p.current === 'number' ? history[p.current]! : p.current, slots: decodeShapes(shapes, p.slots, seen) as unknown[] });
    }
    byIssue.set(issue, decoded);
  }
  return { state: { ...rest, byIssue }, next };
}

function encode(state: PositionsState): EncodedPositions {
  const ids = new IdTable();
  const encoded = encodePositions(state, ids);
  return { ...encoded, ids: ids.encode() };
}

function decode(kept: unknown): PositionsState {
  const other = otherPositionsFormat(kept);
  if (other !== undefined) throw new Error(`the positions were kept as ${other}, an encoding this release does not read (it reads ${POSITIONS_FORMAT}): the state is replayed`);
  if (typeof kept !== 'object' || kept === null || (kept as Partial<EncodedPositions>).format !== POSITIONS_FORMAT) return kept as PositionsState;
  const encoded = kept as EncodedPositions;
  return decodePositions(encoded, decodeIds(encoded.ids!)).state;
}

/**
 * The snapshot codec of a positions state (see the module's notes).
 * @internal
 */
export const positionsSnapshot: SnapshotCodec<PositionsState> = { encode, decode };
