/**
 * Reading the whole log into memory, with a progress bar on a terminal:
 * what `timeline`, `diff`, `explain` and `report` start from, since they
 * need the statements' quotes as well as the analysis (which `timeline`
 * and `explain` take from the snapshot for the log as it is now, and then
 * read only the statements they quote, by tag: see tag-read.ts).
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { replay, visibleAt, withoutWithdrawn } from '@stancelog/core';
import type { AnalysisState, AsOf, EventStore, ReadQuery, StoredEvent } from '@stancelog/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { analyseAt } from './analyse.js';
import type { AnalyseOptions } from './analyse.js';
import { analysisWith } from './rules-option.js';
import type { AnyRule } from './rules-option.js';
import { namingOnce, withStore } from './store-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { snapshotsOf } from './snapshot-option.js';
import type { TagRead } from './tag-read.js';

/**
 * Every event of the store, in log order; with `query`, those it selects
 * (the progress bar then counts positions of the log passed).
 *
 * @example
 * import { readEvents } from './read-events.js'
 * import { openMemoryStore } from '@stancelog/core'
 * const io = { stdout: process.stdout, stderr: { write: () => true }, cwd: '.', env: {} }
 * assert.deepStrictEqual(await readEvents(openMemoryStore(), 'memory', io), { _tag: 'Right', right: [] })
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }, { type: 'alias-added', data: { actor: 'russia', alias: 'Moscow' } }])
 * const read = await readEvents(store, 'memory', io, { tags: ['actor:russia'] })
 * assert.ok(read._tag === 'Right' && read.right.length === 1 && read.right[0]!.position === 2)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function readEvents(store: EventStore, spec: string, io: CliIo, query?: ReadQuery): Promise<Either<CliError, StoredEvent[]>> {
  const bar = progressBar(io, query ? 'reading the log by tag' : 'reading the log');
  try {
    const total = await store.head();
    const events: StoredEvent[] = [];
    for await (const chunk of store.read(query)) {
      for (const e of chunk) events.push(e);
      const done = query ? (events[events.length - 1]?.position ?? 0) : events.length;
      bar.update(done, Math.max(total, done));
    }
    return right(events);
  } catch (error) {
    // A line of the log named by the file store (`/home/ana/talks.jsonl:3: ...`) names the store once.
    return left(cliError(namingOnce(error instanceof Error ? error.message : String(error), spec, io.cwd, 'store')));
  } finally {
    bar.stop();
  }
}

/**
 * The analysis of the events visible at a bitemporal point (all of them
 * without one), without those the log withdraws, as `project` would give it;
 * with `rules` (`--rules`) run beside the built-in ones.
 *
 * @example
 * import { analyseEvents } from './read-events.js'
 * import { contradictionTypes } from '@stancelog/core'
 * assert.strictEqual(analyseEvents([], { validTime: '2025-05-16' }).positions.byIssue.size, 0)
 * const count = { type: 'threat-count', version: '1', initial: () => ({ count: 0 }), onStatement: () => undefined }
 * assert.ok(contradictionTypes(analyseEvents([], undefined, [count])).includes('threat-count'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function analyseEvents(events: ReadonlyArray<StoredEvent>, asOf?: AsOf, rules?: ReadonlyArray<AnyRule>): AnalysisState {
  return replay(analysisWith(rules), withoutWithdrawn(asOf ? events.filter(visibleAt(asOf)) : events));
}

/**
 * Opens the store named by `--store` read-only, reads every event (with a
 * progress bar on a terminal) and hands them to `use`; the store is closed
 * afterwards. What the analyst commands (timeline, diff, explain, report)
 * all start with.
 *
 * @example
 * import { withEvents } from './read-events.js'
 * const r = await withEvents('no-such-log.jsonl', { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }, async (events) => ({ _tag: 'Right', right: events.length }))
 * assert.strictEqual(r._tag, 'Left')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function withEvents<A>(
  option: string | undefined,
  io: CliIo,
  use: (events: StoredEvent[]) => Promise<Either<CliError, A>> | Either<CliError, A>,
): Promise<Either<CliError, A>> {
  return withStore(option, io, 'read', async (store, spec) => {
    const events = await readEvents(store, spec, io);
    return isLeft(events) ? events : use(events.right);
  });
}

/** The events a {@link TagRead} names: those carrying any of its tags, or the first of each. */
async function readTagged(store: EventStore, spec: string, io: CliIo, read: TagRead): Promise<Either<CliError, StoredEvent[]>> {
  if (read.firstOfEach !== true) return read.tags.length === 0 ? right([]) : readEvents(store, spec, io, { tags: read.tags });
  const found: StoredEvent[] = [];
  for (const tag of read.tags) {
    const first = await readEvents(store, spec, io, { tags: [tag], limit: 1 });
    if (isLeft(first)) return first;
    found.push(...first.right);
  }
  return right(found);
}

/**
 * Like {@link withEvents}, and hands `use` the analysis of the events too,
 * as of `asOf`, with `options.rules` (`--rules`) run beside the built-in
 * rules. The log as it is now (no `asOf`) is analysed from the
 * snapshot kept with the store, as `positions` is (see `analyseAt`), unless
 * `options.snapshots` is false (`--no-snapshots`); the events are read after it,
 * and those appended since it read are left out, so that both are of the
 * same log. Then `narrow`, given the analysis, may name a {@link TagRead}:
 * only the events carrying its tags are read, and handed to `use` if they
 * hold all it needs; otherwise the whole log is. Without the snapshot the
 * events are read whole, and analysed in memory when `use` asks (a command
 * may refuse its options on the events alone, and spare the replay).
 *
 * @example
 * import { withAnalysis } from './read-events.js'
 * const io = { stdout: process.stdout, stderr: process.stderr, cwd: '.', env: {} }
 * const r = await withAnalysis('no-such-log.jsonl', io, undefined, { snapshots: true }, async (events, analysed) => ({ _tag: 'Right', right: analysed().positions.byIssue.size }))
 * assert.strictEqual(r._tag, 'Left')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function withAnalysis<A>(
  option: string | undefined,
  io: CliIo,
  asOf: AsOf | undefined,
  options: Pick<AnalyseOptions, 'snapshots' | 'rules'>,
  use: (events: StoredEvent[], analysed: () => AnalysisState) => Promise<Either<CliError, A>> | Either<CliError, A>,
  narrow?: (state: AnalysisState) => TagRead | undefined,
): Promise<Either<CliError, A>> {
  return withStore(option, io, 'read', async (store, spec) => {
    if (asOf === undefined && options.snapshots !== false && snapshotsOf(store) !== undefined) {
      // The analysis first: read after it, the events hold every statement it names.
      const analysed = await analyseAt(store, spec, undefined, { snapshots: true, io, rules: options.rules });
      if (isLeft(analysed)) return analysed;
      const { state, position } = analysed.right;
      const read = narrow?.(state);
      if (read !== undefined) {
        const tagged = await readTagged(store, spec, io, read);
        if (isLeft(tagged)) return tagged;
        const events = tagged.right.filter((e) => e.position <= position);
        if (read.holdsAll(events)) return use(events, () => state);
      }
      const events = await readEvents(store, spec, io);
      if (isLeft(events)) return events;
      return use(events.right.filter((e) => e.position <= position), () => state);
    }
    const events = await readEvents(store, spec, io);
    if (isLeft(events)) return events;
    let state: AnalysisState | undefined;
    return use(events.right, () => (state ??= analyseEvents(events.right, asOf, options.rules)));
  });
}
