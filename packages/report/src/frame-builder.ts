/**
 * Report frames built from one analysis state a day. Positions and
 * contradictions are stored once each, with the versions their views went
 * through and the frames each version holds in (see stored-positions.ts):
 * a frame itself keeps only its day and its precondition graph.
 *
 * @since 0.1.0
 */
import { allContradictions, contradictionList, positionList, preconditionEdges } from '@stancelog/core';
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
 * // Two days, one position with one version, in force from the first frame on.
 * const { frames, positions } = built.views()
 * assert.deepStrictEqual([frames.map((f) => f.day), positions.map((p) => p.versions.map((v) => v.from))], [['2025-05-16', '2025-05-17'], [[0]]])
 * @category report
 * @since 0.1.0
 * @internal
 */
export class FrameBuilder {
  readonly frames: ReportFrame[] = [];
  // Positions and contradictions grow from day to day: stored as versions, their lists of statements in one table.
  private readonly lists = new IdListStore();
  private readonly positions = new PositionStore(this.lists);
  private readonly contradictions = new ContradictionStore(this.lists);
  private readonly edges = new Interned<PreconditionEdge>();

  /** Adds the frame of a day, as the analysis stood at its end. */
  add(day: string, state: AnalysisState): void {
    const frame = this.frames.length;
    this.frames.push({ day, edges: preconditionEdges(state).map((v) => this.edges.indexOf(v)), cycleEdges: deadlockLinks(state) });
    for (const view of positionList(state)) this.positions.add(view, frame);
    // Core lists contradictions by start, then id; the view gives the start only as a label (a week, a month).
    // Looked up once a day, and only on a day with a contradiction new to the report.
    let starts: Map<string, number> | undefined;
    const startOf = (id: string) => {
      if (starts === undefined) {
        starts = new Map();
        for (const r of allContradictions(state.contradictions)) starts.set(r.id, r.since);
      }
      return starts.get(id)!;
    };
    for (const view of contradictionList(state)) this.contradictions.add(view, frame, startOf);
  }

  /** The frames and the views they show. Call once, after the last frame. */
  views(): Pick<ReportData, 'statementIds' | 'idLists' | 'positions' | 'contradictions' | 'edges' | 'frames'> {
    return {
      statementIds: this.lists.statementIds,
      idLists: this.lists.idLists,
      positions: this.positions.done(this.frames.length),
      contradictions: this.contradictions.done(this.frames.length),
      edges: this.edges.values,
      frames: this.frames,
    };
  }
}
