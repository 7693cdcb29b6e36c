/**
 * How the analysis' state is written into a snapshot (internal): the
 * positions' histories as columns (positions-snapshot.ts), the ledger's
 * records as columns (ledger-snapshot.ts), one table of the statements' ids
 * for both, packed as bytes (a statement the ledger names is an index into
 * it, not its 32 digits again), and the registry and the rules' own states
 * as they are.
 *
 * @since 0.1.0
 */
import type { AnalysisState } from './analysis.js';
import { decodeLedger, encodeLedger } from './ledger-snapshot.js';
import type { EncodedLedger } from './ledger-snapshot.js';
import { decodePositions, encodePositions, otherPositionsFormat } from './positions-snapshot.js';
import type { EncodedPositions } from './positions-snapshot.js';
import type { SnapshotCodec } from './reducer.js';
import { IdTable, decodeIds } from './snapshot-columns.js';
import type { EncodedIds } from './snapshot-columns.js';

/**
 * Marks an encoded state. 1: the positions as columns of positions-columns@2,
 * the ledger as columns, one table of ids. (Before it, a snapshot kept the
 * ledger as objects, and the positions as positions-columns@1 with their
 * own ids: such a snapshot is refused, and the state replayed.)
 */
const FORMAT = 'analysis-columns@1';

interface EncodedAnalysis {
  readonly format: typeof FORMAT;
  readonly registry: AnalysisState['registry'];
  readonly positions: EncodedPositions;
  readonly contradictions: EncodedLedger;
  readonly rules: AnalysisState['rules'];
  readonly ids: EncodedIds;
}

function encode(state: AnalysisState): EncodedAnalysis {
  const ids = new IdTable();
  // The positions first: their entries' ids are the table's first rows, in order, so a history names none.
  const positions = encodePositions(state.positions, ids);
  const contradictions = encodeLedger(state.contradictions, ids);
  return { format: FORMAT, registry: state.registry, positions, contradictions, rules: state.rules, ids: ids.encode() };
}

function decode(kept: unknown): AnalysisState {
  const encoded = kept as Partial<EncodedAnalysis> | null;
  if (typeof encoded !== 'object' || encoded === null) return kept as AnalysisState;
  if (encoded.format !== FORMAT) {
    // A plain state (saved before the analysis had a codec) is read as it is; one of an older encoding is not a state.
    const other = encoded.format ?? otherPositionsFormat(encoded.positions) ?? ((encoded.positions as Partial<EncodedPositions> | undefined)?.format as string | undefined);
    if (other !== undefined) throw new Error(`the analysis was kept as ${other}, an encoding this release does not read (it reads ${FORMAT}): the state is replayed`);
    return kept as AnalysisState;
  }
  const ids = decodeIds(encoded.ids!);
  const positions = decodePositions(encoded.positions!, ids).state;
  // The fields in the order of the analysis' initial state.
  return { registry: encoded.registry!, positions, contradictions: decodeLedger(encoded.contradictions!, ids), rules: encoded.rules! };
}

/**
 * The snapshot codec of the analysis' state (see the module's notes).
 * @internal
 */
export const analysisSnapshot: SnapshotCodec<AnalysisState> = { encode, decode };
