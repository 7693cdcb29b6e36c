import { analysis, contradictionList, eventsAsOf, positionList, preconditionEdges, replay } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { deadlockLinks, frameViews } from '@stancelog/report';
import type { ReportData } from '@stancelog/report';

/**
 * The report's oracle: each frame of `data` shows what a replay of `log`
 * as of the frame's day finds (positions, contradictions, the precondition
 * graph and its deadlocks), however the build got there.
 */
export function expectFramesAsReplayed(data: ReportData, log: ReadonlyArray<StoredEvent>): void {
  for (const frame of data.frames) {
    const state = replay(analysis(), eventsAsOf(log, { validTime: frame.day }));
    const views = frameViews(data, frame);
    expect(views.positions).toEqual(positionList(state));
    expect(views.contradictions).toEqual(contradictionList(state));
    expect(views.edges).toEqual(preconditionEdges(state));
    expect(frame.cycleEdges).toEqual(deadlockLinks(state));
  }
}
