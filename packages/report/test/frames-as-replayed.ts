import { analysis, contradictionEvidence, contradictionList, eventsAsOf, positionList, preconditionEdges, replay } from '@stancelog/core';
import type { AnalysisState, StoredEvent } from '@stancelog/core';
import { deadlockLinks, frameViews } from '@stancelog/report';
import type { ReportContradictionView, ReportData } from '@stancelog/report';

/** The contradictions a report's frame shows for `state`: core's list, with the sides each rests on that are reports. */
export function reportContradictions(state: AnalysisState): ReportContradictionView[] {
  return contradictionList(state).map((c) => ({ ...c, reported: contradictionEvidence(state, c).reported }));
}

/**
 * The report's oracle: each frame of `data` shows what a replay of `log`
 * as of the frame's day finds (positions, contradictions, the precondition
 * graph and its deadlocks, the sides of each contradiction that rest on
 * a third party's report), however the build got there.
 */
export function expectFramesAsReplayed(data: ReportData, log: ReadonlyArray<StoredEvent>): void {
  for (const frame of data.frames) {
    const state = replay(analysis(), eventsAsOf(log, { validTime: frame.day }));
    const views = frameViews(data, frame);
    expect(views.positions).toEqual(positionList(state));
    expect(views.contradictions).toEqual(reportContradictions(state));
    expect(views.edges).toEqual(preconditionEdges(state));
    expect(frame.cycleEdges).toEqual(deadlockLinks(state));
  }
}
