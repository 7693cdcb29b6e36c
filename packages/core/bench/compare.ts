/**
 * Compares two builds of @stancelog/core: first that they find the same
 * contradictions and positions on five logs, then how fast each replays the
 * 1M-statement log, in one process, rounds interleaved in shuffled order.
 *
 * On a shared machine the same fold can take twice as long from one minute
 * to the next, so two benchmark runs cannot tell a 10% change from noise;
 * two builds timed side by side in one process can. An optimisation that
 * changes any output fails the check before it is timed.
 *
 *   git worktree add ../stancelog-base <commit>
 *   (cd ../stancelog-base && pnpm install --offline && pnpm -s --filter @stancelog/core exec tsc -b)
 *   pnpm -s --filter @stancelog/core exec tsc -b
 *   node --import tsx packages/core/bench/compare.ts ../stancelog-base/packages/core [--rounds 8] [--variants all,conflicting-reports] [--flip-rate 0.02]
 *
 * `--flip-rate R` times a log whose stances flip more often than the default
 * (0.002); `--late` times logs read out of order instead (shuffled, and an
 * archive read newest first); `--live` times live updates (immer's drafts) of
 * logs read out of order and in order, and of statements read late; both
 * for each variant, as the replay in order is. A build is a core package directory with `dist/esm` built; the second
 * defaults to this checkout's. `--timing-only` skips the check, for builds
 * whose outputs differ on purpose (a rule that dates or names things
 * differently): it then times them without saying they agree. A variant is `all` (the analysis),
 * `positions`, or rule types joined with `+` (the analysis with those rules).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { StoredEvent } from '@stancelog/core';
import { livePages } from './live-pages.js';
import { seededRandom, shuffledLog, syntheticLog } from './synthetic.js';
import type { SyntheticOptions } from './synthetic.js';
import { refuseUnknownVariants, variantReducer } from './variants.js';

type Core = typeof import('@stancelog/core');

// node's own parser: a flag before a directory (`--timing-only ../base`) no longer hides it, and a misspelt option is refused.
const { values: args, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '8' },
    variants: { type: 'string', default: 'all' },
    'flip-rate': { type: 'string', default: '0.002' },
    'timing-only': { type: 'boolean', default: false },
    late: { type: 'boolean', default: false },
    live: { type: 'boolean', default: false },
  },
});
if (dirs.length < 1 || dirs.length > 2) {
  console.error('usage: compare.ts <baseline core dir> [<candidate core dir>] [--rounds N] [--variants all,positions,...]');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const builds = [resolve(dirs[0]!), resolve(dirs[1] ?? join(here, '..'))];
const cores = (await Promise.all(builds.map((dir) => import(pathToFileURL(join(dir, 'dist', 'esm', 'index.js')).href)))) as Core[];
const rounds = Number(args.rounds);
const variants = args.variants.split(',');
// A misspelt rule type is refused now, before the check of the outputs, not after it.
refuseUnknownVariants(cores, variants);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A log that exercises the rarer paths: statements read out of order (their
 * contents swapped with one up to 200 places earlier), and, when `messy`,
 * retractions, `0` stances, undated statements, several speakers per holder
 * and statements without a speaker.
 */
function checkLog(options: SyntheticOptions & { shuffle?: number; messy?: boolean }): StoredEvent[] {
  const r = seededRandom(options.seed ?? 1);
  const events = [...syntheticLog(options)].map((e) => ({ ...e, data: { ...(e.data as Record<string, unknown>) } })) as Array<StoredEvent & { data: Record<string, unknown> }>;
  if (options.shuffle) {
    for (let i = events.length - 1; i > 0; i--) {
      if (r() >= options.shuffle) continue;
      const j = Math.max(0, i - Math.floor(r() * 200));
      [events[i]!.data, events[j]!.data] = [events[j]!.data, events[i]!.data];
    }
  }
  if (options.messy) {
    for (const { data } of events) {
      const x = r();
      if (x < 0.02) data.kind = 'retract';
      else if (x < 0.04) Object.assign(data, { kind: 'hedge', polarity: '0' });
      else if (x < 0.07) delete data.statedAt;
      else if (x < 0.09) data.speaker = { name: `Other speaker ${Math.floor(r() * 3)}`, actor: data.holder };
      else if (x < 0.1) delete data.speaker;
    }
  }
  return events;
}

const checks: Array<[string, SyntheticOptions & { shuffle?: number; messy?: boolean }]> = [
  ['plain', { count: 100_000 }],
  ['flip-heavy', { count: 60_000, flipRate: 0.05, holders: 8, issues: 5 }],
  ['shuffled', { count: 60_000, flipRate: 0.02, holders: 10, issues: 6, shuffle: 0.3 }],
  ['messy', { count: 60_000, flipRate: 0.03, holders: 6, issues: 4, shuffle: 0.1, messy: true }],
  ['messy, narrow', { count: 30_000, flipRate: 0.1, holders: 4, issues: 3, shuffle: 0.5, messy: true, seed: 7 }],
];
let different = 0;
const timingOnly = args['timing-only'];
if (!timingOnly) console.log('same output (contradictions and positions, as JSON):');
for (const [name, options] of timingOnly ? [] : checks) {
  const events = checkLog(options);
  const [a, b] = cores.map((core) => {
    const f = core.fold(core.analysis());
    f.pushAll(events);
    const state = f.done();
    return JSON.stringify([core.contradictionList(state), core.positionList(state)]);
  });
  if (a !== b) different++;
  console.log(`  ${name.padEnd(14)} ${a === b ? 'same' : 'DIFFERENT'} (${(JSON.parse(a!) as unknown[][])[0]!.length} and ${(JSON.parse(b!) as unknown[][])[0]!.length} contradictions)`);
}
if (different > 0) {
  console.error(`${different} of ${checks.length} logs differ: not timed`);
  process.exit(1);
}

// `--late`: time logs read out of order instead (the paths of statements read late), each a few rounds.
if (args.late) {
  const late: Array<[string, StoredEvent[]]> = [
    ['shuffled (60k)', checkLog(checks[2]![1])],
    ['shuffled, flip 0.1 (30k)', checkLog({ count: 30_000, flipRate: 0.1, holders: 4, issues: 3, shuffle: 0.5, seed: 7 })],
    // An archive read newest first: each statement older than every one before it.
    ['read backwards (20k, one position)', [...syntheticLog({ count: 20_000, flipRate: 0.01, holders: 1, issues: 1 })].reverse().map((e, i) => ({ ...e, position: i + 1 }))],
    // The same, of a holder that turns 2,000 times: each earliest word of another stance is a turn before all the others.
    ['backwards, 2k turns (8k, one position)', [...syntheticLog({ count: 8_000, flipRate: 0.25, holders: 1, issues: 1, days: 8_000 })].reverse().map((e, i) => ({ ...e, position: i + 1 }))],
    // Newest first over 50 holders x 40 issues: every open clash of a holder moves back with each of its older words.
    ['backwards, 50 x 40 (50k)', [...syntheticLog({ count: 50_000 })].reverse().map((e, i) => ({ ...e, position: i + 1 }))],
  ];
  console.log(`logs read out of order, ${rounds} rounds: best ms of baseline and candidate`);
  for (const variant of variants) {
    for (const [name, log] of late) {
      const ms = cores.map(() => Infinity);
      for (let round = 0; round < rounds; round++) {
        for (const build of round % 2 === 0 ? [0, 1] : [1, 0]) {
          gc();
          const t0 = performance.now();
          replay(cores[build]!, variant, log);
          ms[build] = Math.min(ms[build]!, performance.now() - t0);
        }
      }
      console.log(`  ${variant.padEnd(22)} ${name.padEnd(36)} ${ms.map((m) => m.toFixed(0).padStart(6)).join(' ')}  (${(ms[1]! / ms[0]!).toFixed(2)}x)`);
    }
  }
  process.exit(0);
}

// `--live`: time live updates (immer's drafts, as `follow` applies them) instead: a log read out of order and one read
// in order, applied in chunks of 1,024 (a store's page, what a subscription delivers at once) onto a state of 15,000,
// and 200 statements of a 100k log's middle appended last, one update each (their total).
if (args.live) {
  const singles = (core: Core, variant: string, size: number): { ms: number; state: unknown } => {
    const all = [...syntheticLog({ count: size })];
    const mid = Math.floor(size / 2);
    const late = all.slice(mid, mid + 200).reverse();
    const log = [...all.slice(0, mid), ...all.slice(mid + 200)].map((e, i) => ({ ...e, position: i + 1 }));
    const f = core.fold(variantReducer(core, variant), { freeze: true });
    f.pushAll(log);
    let state = f.done();
    const step = core.stepAll(variantReducer(core, variant));
    const each = late.map((e, i) => {
      const t0 = performance.now();
      state = step(state, [{ ...e, position: log.length + i + 1 }]);
      return performance.now() - t0;
    });
    return { ms: each.reduce((x, y) => x + y, 0), state };
  };
  const cases: Array<[string, (core: Core, variant: string) => { ms: number; state: unknown }]> = [
    ['out of order, chunks (20k)', (core, variant) => livePages(core, shuffledLog([...syntheticLog({ count: 20_000 })]), 15_000, gc, variantReducer(core, variant))],
    ['in order, chunks (20k)', (core, variant) => livePages(core, [...syntheticLog({ count: 20_000 })], 15_000, gc, variantReducer(core, variant))],
    ['late singles, 200 (100k)', (core, variant) => singles(core, variant, 100_000)],
  ];
  console.log(`live updates, ${rounds} rounds: best ms of baseline and candidate`);
  for (const variant of variants) for (const [name, run] of cases) {
    const ms = cores.map(() => Infinity);
    const found: string[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const build of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const { ms: took, state } = run(cores[build]!, variant);
        ms[build] = Math.min(ms[build]!, took);
        const core = cores[build]!;
        // The positions alone have no contradictions: their list is compared.
        if (round === 0 && !timingOnly) found[build] = JSON.stringify(variant === 'positions' ? core.positionList(state as never) : core.contradictionList(state as never));
      }
    }
    const same = timingOnly ? '' : found[0] === found[1] ? ' same' : ' DIFFERENT';
    console.log(`  ${variant.padEnd(22)} ${name.padEnd(30)} ${ms.map((m) => m.toFixed(0).padStart(7)).join(' ')}  (${(ms[1]! / ms[0]!).toFixed(2)}x)${same}`);
  }
  process.exit(0);
}

const N = 1_000_000;
// `--flip-rate 0.02`: a log whose stances flip often (one statement in 50), where opening and resolving contradictions sets the pace.
const flipRate = Number(args['flip-rate']);
const events = [...syntheticLog({ count: N, flipRate })];
function replay(core: Core, variant: string, log: ReadonlyArray<StoredEvent>): void {
  const f = core.fold(variantReducer(core, variant));
  f.pushAll(log);
  f.done();
}
const cases = cores.flatMap((core, build) => variants.map((variant) => ({ core, build, variant, ms: [] as number[] })));
for (const c of cases) replay(c.core, c.variant, events.slice(0, 50_000));
const next = seededRandom(42);
for (let round = 0; round < rounds; round++) {
  for (const c of [...cases].sort(() => next() - 0.5)) {
    gc();
    const t0 = performance.now();
    replay(c.core, c.variant, events);
    c.ms.push(performance.now() - t0);
  }
}
const best = (ms: number[]) => Math.min(...ms);
const median = (ms: number[]) => [...ms].sort((x, y) => x - y)[ms.length >> 1]!;
console.log(`replay of ${N.toLocaleString('en-US')} statements (flip rate ${flipRate}), ${rounds} rounds: best and median ms (statements/s at best)`);
for (const variant of variants) {
  const [base, candidate] = [0, 1].map((build) => cases.find((c) => c.build === build && c.variant === variant)!);
  for (const c of [base!, candidate!]) {
    console.log(`  ${variant.padEnd(20)} ${(c.build === 0 ? 'baseline' : 'candidate').padEnd(10)} ${best(c.ms).toFixed(0).padStart(6)} ${median(c.ms).toFixed(0).padStart(6)}  (${Math.round(N / (best(c.ms) / 1000)).toLocaleString('en-US')}/s)`);
  }
  console.log(`  ${variant.padEnd(20)} candidate / baseline: best ${(best(candidate!.ms) / best(base!.ms)).toFixed(2)}x, median ${(median(candidate!.ms) / median(base!.ms)).toFixed(2)}x`);
}
