/**
 * `@stancelog/report/data`: the report's data without the page, for a page
 * of one's own. {@link reportData} replays a log into the frames the
 * report's slider steps through, and {@link frameViews} gives one frame's
 * positions and contradictions whole, as the report's page computes them;
 * with {@link deadlockLinks} and the rule descriptions
 * ({@link describeRule}, {@link ruleDescriptions}).
 *
 * It imports no Node built-in, so a browser app bundles it (esbuild
 * `--platform=browser`, Vite): the package's main entry point also holds
 * `buildReport`, which writes files, and a bundler for the browser refuses
 * its `node:fs` (esbuild: `Could not resolve "node:fs/promises"`; Vite:
 * `"constants" is not exported by "__vite-browser-external"`). Everything
 * here is also exported by `@stancelog/report`.
 *
 * @module @stancelog/report/data
 * @since 0.1.0
 */
export * from './rule-descriptions.js';
export * from './deadlocks.js';
export * from './report-data.js';
export type { ReportContradiction, ReportContradictionVersion, ReportContradictionView, ReportIdList, ReportPosition, ReportPositionVersion, ReportStanceRun, ReportVersion } from './stored-positions.js';
