/**
 * Report frames whose views are kept once each: a frame names its positions,
 * contradictions and edges by index into lists of distinct views, so a view
 * unchanged from one day to the next is stored (and embedded in the page)
 * once, not once a day.
 *
 * @since 0.1.0
 */
import { contradictionList, positionList, preconditionEdges } from '@stancelog/core';
import type { AnalysisState, PreconditionEdge } from '@stancelog/core';
import { deadlockLinks } from './deadlocks.js';
import type { ReportData, ReportFrame } from './report-data.js';
import { ContradictionStore, IdListStore, PositionStore, copied } from './stored-positions.js';

/**
 * Distinct values, each kept once and named by its index (equal as JSON,
 * equal here). A value is kept as a copy: a view shares its lists with the
 * analysis state, which the next day's statements change in place.
 */
class Interned<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();
  indexOf(value: T): number {
    const key = JSON.stringify(value);
    let i = this.indexes.get(key);
    if (i === undefined) {
      i = this.values.push(copied(value)) - 1;
      this.indexes.set(key, i);
    }
    return i;
  }
}

/**
 * Gathers frames, one analysis state a day.
 *
 * @example
 * import { FrameBuilder } from './frame-builder.js'
 * import { analysis, replay } from '@stancelog/core'
 * const built = new FrameBuilder()
 * const state = replay(analysis(), [{ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'q' } } }] as any[])
 * built.add('2025-05-16', state)
 * built.add('2025-05-17', state)
 * // Two days, one position view.
 * assert.deepStrictEqual([built.frames.map((f) => f.positions), built.views().positions.length], [[[0], [0]], 1])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class FrameBuilder {
  readonly frames: ReportFrame[] = [];
  // Positions and contradictions grow from day to day: stored as what each view adds to the one before (see
  // stored-positions.ts), their lists of statements in one table.
  private readonly lists = new IdListStore();
  private readonly positions = new PositionStore(this.lists);
  private readonly contradictions = new ContradictionStore(this.lists);
  private readonly edges = new Interned<PreconditionEdge>();

  /** Adds the frame of a day, as the analysis stood at its end. */
  add(day: string, state: AnalysisState): void {
    this.frames.push({
      day,
      positions: positionList(state).map((v) => this.positions.indexOf(v)),
      contradictions: contradictionList(state).map((v) => this.contradictions.indexOf(v)),
      edges: preconditionEdges(state).map((v) => this.edges.indexOf(v)),
      cycleEdges: deadlockLinks(state),
    });
  }

  /** The frames and the views they name. */
  views(): Pick<ReportData, 'positions' | 'idLists' | 'contradictions' | 'edges' | 'frames'> {
    return { positions: this.positions.positions, idLists: this.lists.idLists, contradictions: this.contradictions.contradictions, edges: this.edges.values, frames: this.frames };
  }
}
