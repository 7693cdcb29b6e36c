/**
 * @stancelog/report: a self-contained static HTML report of a stancelog:
 * the position matrix, a timeline per issue, the precondition graph, the
 * contradictions with their evidence, and an as-of slider that replays the
 * negotiation day by day.
 *
 * @packageDocumentation
 */
export * from './rule-descriptions.js';
// Moved to the core (a browser app renders evidence without the report); still exported here for the report's users.
export { statementIndex, statementInfo } from '@stancelog/core';
export type { StatementInfo } from '@stancelog/core';
export * from './deadlocks.js';
export * from './report-data.js';
export type { ReportContradiction, ReportContradictionVersion, ReportContradictionView, ReportIdList, ReportPosition, ReportPositionVersion, ReportStanceRun, ReportVersion } from './stored-positions.js';
// page.ts is internal: the page needs the style, script and graph library
// that only buildReport puts together.
export * from './report-error.js';
export * from './build-report.js';
