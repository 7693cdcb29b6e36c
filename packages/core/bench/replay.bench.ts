/**
 * Replay and incremental-update benchmark of the analysis (positions and
 * contradictions). Run: pnpm exec tsx packages/core/bench/replay.bench.ts [--quick]
 *
 * Baseline: a hand-written mutable fold (Map of holder x issue -> polarity
 * and count) over the same events, in the same process. Targets: replay at
 * least 1,000,000 statements/s and within 3x of the baseline; incremental
 * cost independent of the log's length; peak memory under 1 GiB at 1M.
 */
import { analysis, contradictionList, fold, positions, stepAll } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { livePages } from './live-pages.js';
import { shuffledLog, syntheticLog } from './synthetic.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const N = quick ? 100_000 : 1_000_000;
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// Memory first, before this process holds any event: replay a log streamed
// from the generator (as from a store) and weigh the state it leaves.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const heapBefore = process.memoryUsage().heapUsed;
const { stateBytes, streamedMs } = ((): { stateBytes: number; streamedMs: number } => {
  const streamed = time(() => {
    const f = fold(analysis());
    f.pushAll(syntheticLog({ count: N }));
    return f.done();
  });
  sample();
  gc();
  // Weighed while still referenced; dropped when this function returns.
  const bytes = process.memoryUsage().heapUsed - heapBefore;
  return streamed.value.positions.byIssue.size > 0 ? { stateBytes: bytes, streamedMs: streamed.ms } : { stateBytes: 0, streamedMs: streamed.ms };
})();
const streamPeak = peakRss;
console.log(`memory: replaying ${fmt(N)} streamed statements peaks at ${(streamPeak / 2 ** 20).toFixed(0)} MiB RSS; the analysis state holds ${(stateBytes / 2 ** 20).toFixed(0)} MiB of heap (target: under 1 GiB)`);
console.log(`  (that replay, generation of the events included: ${fmt(N / (streamedMs / 1000))} statements/s)`);

const events: StoredEvent[] = [...syntheticLog({ count: N })];
sample();

function baseline(evs: ReadonlyArray<StoredEvent>): number {
  const map = new Map<string, { polarity: string; count: number }>();
  for (const e of evs) {
    if (e.type !== 'statement-made') continue;
    const key = `${e.data.holder}\u0000${e.data.issue}`;
    const p = map.get(key);
    if (p) {
      p.polarity = e.data.polarity;
      p.count++;
    } else map.set(key, { polarity: e.data.polarity, count: 1 });
  }
  return map.size;
}

/**
 * The floor of any projection that keeps its evidence: the baseline's
 * lookups plus one small record per statement, retained in a list per
 * holder x issue (what `statements: [ids]` and the history need). It shows
 * how much of the gap to the baseline is the cost of keeping evidence at
 * all (allocation and garbage collection) rather than of the analysis.
 */
function evidenceFloor(evs: ReadonlyArray<StoredEvent>): number {
  const byIssue = new Map<string, Map<string, { polarity: string; evidence: { id: string; position: number; polarity: string; publisher: string | undefined }[] }>>();
  for (const e of evs) {
    if (e.type !== 'statement-made') continue;
    const d = e.data;
    let holders = byIssue.get(d.issue);
    if (!holders) byIssue.set(d.issue, (holders = new Map()));
    const record = { id: e.id, position: e.position, polarity: d.polarity, publisher: d.source.publisher };
    const p = holders.get(d.holder);
    if (p) {
      p.polarity = d.polarity;
      p.evidence.push(record);
    } else holders.set(d.holder, { polarity: d.polarity, evidence: [record] });
  }
  return byIssue.size;
}

const replayPositions = (evs: ReadonlyArray<StoredEvent>): number => {
  const f = fold(positions());
  f.pushAll(evs);
  // Keep only a count: the state must be garbage before the next phase.
  return f.done().byIssue.size;
};
const replayAnalysis = (evs: ReadonlyArray<StoredEvent>) => {
  const f = fold(analysis());
  f.pushAll(evs);
  return f.done();
};

// Warm up the code paths on a small prefix so the JIT measures steady state.
baseline(events.slice(0, 50_000));
evidenceFloor(events.slice(0, 50_000));
replayPositions(events.slice(0, 50_000));
replayAnalysis(events.slice(0, 50_000));

// A full collection before each timed phase: the garbage of the previous
// phase (a whole replayed state) must not be charged to the next one.
function timed<T>(f: (evs: ReadonlyArray<StoredEvent>) => T): { ms: number; value: T } {
  gc();
  return time(() => f(events));
}

// First pass: each fold once, as a command that replays once in a new
// process would (the heap grows as the state does: fresh memory costs).
const first = { base: timed(baseline), floor: timed(evidenceFloor), pos: timed(replayPositions), full: timed(replayAnalysis) };
sample();
const contradictions = contradictionList(first.full.value);
first.full.value = undefined as never;
// Then warm: the best of further passes, heap already grown (a long-lived
// reader replaying again, or any benchmark harness's steady state).
const PASSES = quick ? 2 : 3;
const warm = { base: Infinity, floor: Infinity, pos: Infinity, full: Infinity };
for (let i = 0; i < PASSES; i++) {
  warm.base = Math.min(warm.base, timed(baseline).ms);
  warm.floor = Math.min(warm.floor, timed(evidenceFloor).ms);
  warm.pos = Math.min(warm.pos, timed(replayPositions).ms);
  warm.full = Math.min(warm.full, timed(() => replayAnalysis(events).contradictions.byIssue.size).ms);
}
sample();

const rate = (ms: number) => fmt(N / (ms / 1000)).padStart(11);
const row = (label: string, firstMs: number, warmMs: number, ratios: boolean) =>
  console.log(
    `  ${label.padEnd(25)}${rate(firstMs)}/s${ratios ? ` (${(firstMs / first.base.ms).toFixed(2)}x)` : '         '}${rate(warmMs)}/s${ratios ? ` (${(warmMs / warm.base).toFixed(2)}x)` : ''}`,
  );
console.log(`analysis replay, ${fmt(N)} statements over 50 holders x 40 issues: statements/s (ratio to the baseline)`);
console.log(`  ${''.padEnd(25)}${'first pass'.padStart(13)}${''.padEnd(9)}${`warm, best of ${PASSES}`.padStart(13)}`);
row('baseline mutable fold', first.base.ms, warm.base, false);
row('evidence floor', first.floor.ms, warm.floor, true);
row('positions only', first.pos.ms, warm.pos, true);
row('positions+contradictions', first.full.ms, warm.full, true);
console.log(`  contradictions found    ${contradictions.length} (${contradictions.filter((c) => c.status === 'open').length} open)`);

// Incremental: append one event at a time under immer (as a live follower
// does) to logs of growing length; the cost must not grow with the log.
// The appended events continue the same negotiation (mostly restatements,
// a few reversals), so each size replays a prefix of one longer log.
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const LIVE = 1000;
const longest = [...syntheticLog({ count: sizes[sizes.length - 1]! + LIVE })];
const reducer = analysis();
const live = stepAll(reducer);
console.log(`incremental append + update (one produce per event, ${LIVE} events, after a first produce that freezes the replayed state)`);
// Warm up the live path first, so that the first size is not charged for
// the JIT's work on code that replay never ran (immer's drafts).
{
  const f = fold(reducer);
  f.pushAll(longest.slice(0, 10_000));
  let state = live(f.done(), [longest[10_000]!]);
  for (const e of longest.slice(10_001, 10_001 + 2 * LIVE)) state = live(state, [e]);
}
for (const size of sizes) {
  const f = fold(reducer);
  f.pushAll(longest.slice(0, size));
  let state = live(f.done(), [longest[size]!]);
  const extra = longest.slice(size + 1, size + 1 + LIVE);
  const t = time(() => {
    for (const e of extra) state = live(state, [e]);
    return state;
  });
  console.log(`  log of ${fmt(size).padStart(9)}: ${((t.ms / extra.length) * 1000).toFixed(1).padStart(8)} µs per event`);
}
sample();

// Late articles, live: statements older than others of their positions,
// each appended alone (an article of last month ingested today). The log of
// each size holds the rest; 200 statements of its middle come last, after 20
// that set up what a first statement read late sets up (the rule of cycles
// keeps positions of its own from then on). Most are restatements: they
// only displace, for a while, the word standing as their position's
// current one. Such a statement that no record lists the displaced word
// of derives nothing anew; it used to derive every cycle from every
// history with a condition, and weigh every other holder's history on its
// issue (15.8 ms per statement at 1M, growing with the log).
{
  const LATE = 200;
  console.log(`late articles, live: ${LATE} statements from the middle of the log appended last, one produce each`);
  // The first size (of 5,000 here, untimed) pays for compiling the paths of statements read late.
  for (const size of [5_000, ...sizes]) {
    const all = [...syntheticLog({ count: size })];
    const mid = Math.floor(size / 2);
    const late = all.slice(mid, mid + LATE + 20).reverse();
    const log = [...all.slice(0, mid), ...all.slice(mid + LATE + 20)].map((e, i) => ({ ...e, position: i + 1 }));
    const f = fold(reducer);
    f.pushAll(log);
    let state = live(f.done(), []);
    let position = log.length;
    const append = (e: StoredEvent) => (state = live(state, [{ ...e, position: ++position }]));
    late.slice(0, 20).forEach(append);
    // Each timed alone: a few statements that change a cycle or a clash derive anew, and weigh on the mean.
    const each = late.slice(20).map((e) => time(() => append(e)).ms * 1000).sort((a, b) => a - b);
    const mean = each.reduce((a, b) => a + b, 0) / each.length;
    const median = each[each.length >> 1]!;
    if (size === 5_000) continue;
    console.log(`  log of ${fmt(size).padStart(9)}: ${mean.toFixed(1).padStart(8)} µs per event on average, median ${median.toFixed(1)} µs, slowest ${each[each.length - 1]!.toFixed(0)} µs`);
  }
}
sample();

// Many statements of one position on one day (an archive of undated
// articles, all dated the day they were read): each is weighed against the
// day's winner only, so the day costs what spread-out days cost.
{
  const M = quick ? 50_000 : 200_000;
  const spread = [...syntheticLog({ count: M, holders: 4, issues: 5 })];
  const oneDay = [...syntheticLog({ count: M, holders: 4, issues: 5, days: 1 })];
  const best = (evs: ReadonlyArray<StoredEvent>) => Math.min(...[0, 1, 2].map(() => (gc(), time(() => replayAnalysis(evs)).ms)));
  const [spreadMs, oneDayMs] = [best(spread), best(oneDay)];
  console.log(
    `one day: ${fmt(M)} statements over 4 holders x 5 issues, all stated the same day: ${fmt(M / (oneDayMs / 1000))}/s, ${(oneDayMs / spreadMs).toFixed(2)}x the time of the same log over 1000 days`,
  );
}
sample();

// An archive imported while a follower runs: 5,000 statements of all dates
// (the log's 20,000 shuffled) appended at once onto the other 15,000, which
// the follower receives as a store's pages of 1,024, one live update each.
// Each page is read out of order, so the voice rules read most positions
// anew and incompatible weighs most pairs again, under immer's drafts: it
// costs a multiple of replaying the whole log. It took 11 s, 40 times the
// replay, when the voice rules copied an issue's whole ledger, once the
// page had changed it, for each position read anew.
{
  const M = 20_000;
  const shuffled = shuffledLog([...syntheticLog({ count: M })]);
  const replayMs = Math.min(...[0, 1, 2].map(() => (gc(), time(() => replayAnalysis(shuffled)).ms)));
  const pagesMs = Math.min(...[0, 1].map(() => livePages({ analysis, fold, stepAll }, shuffled, 15_000, gc).ms));
  console.log(
    `archive imported live: ${fmt(M - 15_000)} statements of all dates onto ${fmt(15_000)}, in pages of 1,024: ${pagesMs.toFixed(0)} ms, ${(pagesMs / replayMs).toFixed(1)}x the time of replaying all ${fmt(M)} (${replayMs.toFixed(0)} ms)`,
  );
}
sample();

// An archive read newest first (a backfill that walks a site's pages from
// the latest): every statement is older than all its position has, so it
// joins the history at its start and moves the start of its stance, and of
// its open clashes, back. The rules that derive records anew do it once
// per position for the batch, not once per statement. The ratio still grows
// with the log, slowly: each statement joins its history at the front,
// which moves the array, and incompatible weighs each pair of an issue's
// holders once the batch is read.
{
  // STANCELOG_BENCH_BACKWARDS=1000000 (sizes joined with commas) reads other sizes.
  const asked = process.env.STANCELOG_BENCH_BACKWARDS?.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const sizes = asked !== undefined && asked.length > 0 ? asked : quick ? [25_000, 50_000] : [100_000, 200_000, 400_000];
  for (const M of sizes) {
    const forward = [...syntheticLog({ count: M })];
    const backward = [...forward].reverse().map((e, i) => ({ ...e, position: i + 1 }));
    const best = (evs: ReadonlyArray<StoredEvent>) => Math.min(...[0, 1].map(() => (gc(), time(() => replayAnalysis(evs)).ms)));
    const [forwardMs, backwardMs] = [best(forward), best(backward)];
    console.log(
      `read backwards: ${fmt(M)} statements over 50 holders x 40 issues, newest first: ${fmt(M / (backwardMs / 1000))}/s, ${(backwardMs / forwardMs).toFixed(2)}x the time of reading them in order`,
    );
  }
}
sample();

// One holder's history on one issue read newest first, turning at nearly
// every word (a long archive of a party that keeps changing its mind): each
// word read late is a turn before all the others found, which renumbers
// them. The turns are derived once the batch is read, not word by word: the
// time grows with the history as reading it in order does (it grew as its
// square: 8,000 words took some 20 s).
{
  const sizes = quick ? [2_000, 8_000] : [2_000, 8_000, 32_000];
  for (const M of sizes) {
    const forward = [...syntheticLog({ count: M, holders: 1, issues: 1, flipRate: 1, days: M })];
    const backward = [...forward].reverse().map((e, i) => ({ ...e, position: i + 1 }));
    const best = (evs: ReadonlyArray<StoredEvent>) => Math.min(...[0, 1, 2].map(() => (gc(), time(() => replayAnalysis(evs)).ms)));
    const [forwardMs, backwardMs] = [best(forward), best(backward)];
    console.log(
      `turning at every word, newest first: ${fmt(M)} statements of one holder on one issue: ${backwardMs.toFixed(1)} ms, ${(backwardMs / forwardMs).toFixed(2)}x the time of reading them in order (${forwardMs.toFixed(1)} ms)`,
    );
  }
}
sample();
clearInterval(timer);
console.log(`peak RSS of the whole run ${(peakRss / 2 ** 20).toFixed(0)} MiB (the in-memory event arrays of the later phases included)`);
