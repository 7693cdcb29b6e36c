/**
 * `stancelog contradictions --watch`: the contradictions, then each change
 * to them as the log grows (another process ingesting or appending), until
 * interrupted.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { contradictionChanges, contradictionList, follow } from '@stancelog/core';
import type { AnalysisState, ContradictionChanges as CoreChanges, ContradictionFilter, ContradictionView, EventStore, StoreError } from '@stancelog/core';
import { snapshotEvery, snapshotWarning } from './analyse.js';
import { cliError } from './cli-error.js';
import { shortIds } from './explain.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { analysisWith, ruleFailureOf } from './rules-option.js';
import type { AnyRule } from './rules-option.js';
import { snapshotsOf } from './snapshot-option.js';
import { maskSecrets, namesStore, namingOnce } from './store-option.js';
import { issuesWithin, onIssuesWithin } from './within-option.js';

/**
 * How the contradictions changed (see core's `contradictionChanges`) at a
 * log position.
 * @example
 * import type { ContradictionChanges } from './watch.js'
 * const none: ContradictionChanges = { at: 3, opened: [], resolved: [], reopened: [], gone: [] }
 * assert.strictEqual(none.at, 3)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface ContradictionChanges extends CoreChanges {
  /** The log position the new state stands at. */
  readonly at: number;
  /**
   * With `--within`: the contradictions on an issue placed under the watched one by this change (an `issue-defined`
   * with a new parent), which came into view unchanged; a change of their own is among the others.
   */
  readonly placed?: ReadonlyArray<ContradictionView>;
  /** With `--within`: the contradictions whose issues this change moved out from under the watched one. */
  readonly movedOut?: ReadonlyArray<ContradictionView>;
}

/**
 * The changes from `before` to `after` (contradiction lists), the new
 * state standing at position `at`.
 * @example
 * import { changesBetween } from './watch.js'
 * const c = (id: string, status: 'open' | 'resolved', since = '2025-05-01') => ({ id, status, since }) as any
 * const changes = changesBetween([c('a', 'open')], [c('a', 'resolved')], 9)
 * assert.deepStrictEqual([changes.at, changes.resolved.map((v) => v.id)], [9, ['a']])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function changesBetween(before: ReadonlyArray<ContradictionView>, after: ReadonlyArray<ContradictionView>, at: number): ContradictionChanges {
  return { at, ...contradictionChanges(before, after) };
}

/**
 * The changes on an issue `--within` keeps: those the log's latest events
 * brought by the issues within it now (`now`), and a contradiction gone by
 * those within it before them (`before`) as well, as it went with them.
 *
 * @example
 * import { changesWithin } from './watch.js'
 * const c = (id: string, issue: string) => ({ id, issues: [issue] }) as any
 * const found = { at: 4, opened: [c('a', 'territorial-concessions'), c('b', 'sanctions')], resolved: [], reopened: [], gone: [c('g', 'talks-format')] }
 * const changes = changesWithin(found, new Set(['peace-talks', 'territorial-concessions']), new Set(['peace-talks', 'talks-format']))
 * assert.deepStrictEqual([changes.opened.map((v) => v.id), changes.gone.map((v) => v.id)], [['a'], ['g']])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function changesWithin(changes: ContradictionChanges, now: ReadonlySet<string>, before: ReadonlySet<string>): ContradictionChanges {
  const on = (issues: ReadonlySet<string>) => (c: ContradictionView) => c.issues.some((issue) => issues.has(issue));
  return {
    at: changes.at,
    opened: changes.opened.filter(on(now)),
    resolved: changes.resolved.filter(on(now)),
    reopened: changes.reopened.filter(on(now)),
    gone: changes.gone.filter((c) => on(now)(c) || on(before)(c)),
  };
}

/**
 * The contradictions a change of the hierarchy alone brings under `--within`
 * or takes from it: `placed`, those of `after` on an issue within it now
 * (`now`) and on none within it before (`before`), and `movedOut`, those of
 * `before` the other way round and still found; each kept by `keep` (the
 * `--status` the first table shows). Those `changes` names (opened,
 * resolved, reopened, gone) are said there, not here.
 *
 * @example
 * import { placings } from './watch.js'
 * const c = (id: string, issue: string) => ({ id, issues: [issue], status: 'open' }) as any
 * const none = { at: 5, opened: [], resolved: [], reopened: [], gone: [] }
 * // prisoners placed under peace-talks; sanctions moved out from under it.
 * const was = [c('a', 'prisoners'), c('b', 'sanctions'), c('t', 'territory')]
 * const moved = placings(none, was, was, new Set(['peace-talks', 'prisoners', 'territory']), new Set(['peace-talks', 'sanctions', 'territory']), () => true)
 * assert.deepStrictEqual([moved.placed.map((v) => v.id), moved.movedOut.map((v) => v.id)], [['a'], ['b']])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function placings(
  changes: CoreChanges,
  before: ReadonlyArray<ContradictionView>,
  after: ReadonlyArray<ContradictionView>,
  now: ReadonlySet<string>,
  was: ReadonlySet<string>,
  keep: (c: ContradictionView) => boolean,
): { placed: ContradictionView[]; movedOut: ContradictionView[] } {
  const on = (issues: ReadonlySet<string>) => (c: ContradictionView) => c.issues.some((issue) => issues.has(issue));
  const said = new Set([...changes.opened, ...changes.resolved, ...changes.reopened, ...changes.gone].map((c) => c.id));
  const found = new Map(after.map((c) => [c.id, c]));
  return {
    placed: after.filter((c) => on(now)(c) && !on(was)(c) && !said.has(c.id) && keep(c)),
    // As it stands now. Moved out as it changed: its change is not said (it is no longer watched), its leaving is.
    movedOut: before.flatMap((c) => {
      const stands = found.get(c.id);
      return on(was)(c) && !on(now)(c) && stands !== undefined && keep(stands) ? [stands] : [];
    }),
  };
}

/**
 * One line per change, for people, each with the short id `stancelog
 * explain` takes when `ids` has one.
 * @example
 * import { changeLines } from './watch.js'
 * const c = { id: 'incompatible:ceasefire:russia~ukraine', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: '2025-03-13', until: null, status: 'open', summary: 'russia reject ceasefire (-) against ukraine demand ceasefire (+)' } as any
 * assert.strictEqual(changeLines({ at: 2, opened: [c], resolved: [], reopened: [], gone: [] }), '#2  opened    incompatible on ceasefire (russia, ukraine) since 2025-03-13: russia reject ceasefire (-) against ukraine demand ceasefire (+)\n')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function changeLines(changes: ContradictionChanges, ids: ReadonlyMap<string, string> = new Map()): string {
  // The id `stancelog explain` takes, for those still found.
  const what = (c: ContradictionView) => `${c.type} on ${c.issues.join(', ')} (${c.actors.join(', ')})${ids.has(c.id) ? ` [${ids.get(c.id)}]` : ''}`;
  let text = '';
  for (const c of changes.opened) text += `#${changes.at}  opened    ${what(c)} since ${c.since}: ${c.summary}\n`;
  for (const c of changes.resolved) text += `#${changes.at}  resolved  ${what(c)} ${c.until === null ? '' : `on ${c.until}`}`.trimEnd() + '\n';
  for (const c of changes.reopened) text += `#${changes.at}  reopened  ${what(c)}: ${c.summary}\n`;
  for (const c of changes.gone) text += `#${changes.at}  gone      ${what(c)}: a statement it rested on was withdrawn, or one read late changed it\n`;
  const state = (c: ContradictionView) => (c.status === 'open' ? 'open' : `resolved${c.until === null ? '' : ` on ${c.until}`}`);
  for (const c of changes.placed ?? []) text += `#${changes.at}  placed    ${what(c)} since ${c.since}, ${state(c)}: its issue is placed within the one watched\n`;
  for (const c of changes.movedOut ?? []) text += `#${changes.at}  moved out ${what(c)}: its issues are no longer within the one watched\n`;
  return text;
}

/**
 * How long a watch that is behind the log's head waits for the rest of an
 * append before it reports anyway (a flood of appends is reported at least
 * this often): `STANCELOG_WATCH_EVERY_MS`, 1000 by default.
 *
 * @example
 * import { watchEveryMs } from './watch.js'
 * assert.deepStrictEqual([watchEveryMs({}), watchEveryMs({ STANCELOG_WATCH_EVERY_MS: '250' })], [{ _tag: 'Right', right: 1000 }, { _tag: 'Right', right: 250 }])
 * assert.strictEqual(watchEveryMs({ STANCELOG_WATCH_EVERY_MS: '1s' })._tag, 'Left')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function watchEveryMs(env: CliIo['env']): Either<CliError, number> {
  const text = env['STANCELOG_WATCH_EVERY_MS'];
  if (text === undefined || text.trim() === '') return right(1000);
  if (!/^\s*\d+\s*$/.test(text)) return left(cliError(`STANCELOG_WATCH_EVERY_MS must be a whole number of milliseconds, got ${JSON.stringify(text)}`));
  return right(Number(text));
}

/**
 * Follows `store` and prints each change of the contradictions `filter`
 * keeps, as lines (or JSON lines), until `io.interrupted` resolves. The
 * contradictions as they stand are printed first by `first`; `io.interrupted`
 * is called only then (Ctrl-C while the log is first read ends the process
 * as it ends any other command). The log as it stands is read
 * from the snapshot kept with the store (see `analyseAt`), unless
 * `options.snapshots` is false (`--no-snapshots`), and the snapshot is
 * saved again as the log grows. `options.rules` (`--rules`) run beside the
 * built-in rules; `options.within` (`--within`) keeps the contradictions on
 * an issue under it by the hierarchy of each state the log grows to, and
 * says those an issue placed under it brings (`placed`) or one moved out
 * from under it takes away (`movedOut`) when it is placed.
 * @example
 * import { watchContradictions } from './watch.js'
 * import { openMemoryStore } from '@stancelog/core'
 * let out = ''
 * const later = () => new Promise<void>((resolve) => setTimeout(resolve, 20))
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: '.', env: {}, interrupted: later }
 * const r = await watchContradictions(openMemoryStore(), 'memory', {}, false, io, () => 'nothing yet\n')
 * assert.ok(r._tag === 'Right' && out === 'nothing yet\n')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function watchContradictions(
  store: EventStore,
  spec: string,
  filter: ContradictionFilter,
  json: boolean,
  io: CliIo,
  first: (views: ReadonlyArray<ContradictionView>, state: AnalysisState) => string,
  options: { readonly snapshots?: boolean | undefined; readonly rules?: ReadonlyArray<AnyRule> | undefined; readonly within?: string | undefined } = {},
): Promise<Either<CliError, ReadonlyArray<ContradictionView>>> {
  if (io.interrupted === undefined) return left(cliError('--watch runs until interrupted: give the CLI io an interrupted() promise to stop it (the stancelog command stops on Ctrl-C)'));
  const every = watchEveryMs(io.env);
  if (isLeft(every)) return every;
  // Listened to once the log as it stands is read (below): the first reading may be one long run of rules
  // (a slow rule of --rules), during which a listener could not run, and would only keep Ctrl-C from ending
  // the process as it ends any other command.
  let interrupted: Promise<void> | undefined;
  // Changes are found among all the contradictions the filter's other conditions keep: --status chooses
  // what the table first shows, while a contradiction leaving the open ones is news (resolved), not gone.
  const { status: _status, ...watched } = filter;
  // --within chooses among the changes by the hierarchy of the state they come with (an issue defined under it as the
  // log grows comes in), and of the state before for those gone. A change of the hierarchy alone changes no
  // contradiction: what it brings into view, or takes from it, is said as placed or moved out (as opened, or gone,
  // it would read as news of the contradiction, or as withdrawn).
  let withinBefore: ReadonlySet<string> | undefined;
  let current: ReadonlyArray<ContradictionView> = [];
  // Changes are printed once the contradictions as they stood are: those before are part of them.
  let started = false;
  let failure: unknown;
  let failed: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (failed = resolve));
  // Since when the watch has been behind the log's head without printing: a second since the flood began, not since the last print.
  let behindSince: number | undefined;
  let checking = false;
  let again = false;
  // Started from the snapshot kept with the store, as `contradictions` is, and saved again as the log grows (as
  // often as a run saves it: a save serialises the whole analysis, which holds the deliveries up meanwhile).
  const snapshots = options.snapshots !== false ? snapshotsOf(store) : undefined;
  let warned = false;
  const live = follow(store, analysisWith(options.rules), {
    ...(snapshots
      ? {
          snapshots,
          snapshotEvery,
          // Once: a folder that refuses one save refuses the next ones too.
          onSnapshotError: (error: StoreError) => {
            if (!warned) io.stderr.write(snapshotWarning(spec, error, 'watch'));
            warned = true;
          },
        }
      : {}),
    onChange: () => {
      if (!started) return;
      if (checking) again = true;
      else void report();
    },
    onError: (error) => {
      failure = error;
      failed();
    },
  });
  // Printed once caught up with the log (an append of many events reaches a follower in several
  // deliveries, whose states in between the log never held), or at least once a second in a flood.
  const report = async (): Promise<void> => {
    checking = true;
    try {
      const position = live.position;
      if (position < (await store.head())) {
        behindSince ??= Date.now();
        if (Date.now() - behindSince < every.right) return;
      }
      behindSince = undefined;
      const next = contradictionList(live.state, watched);
      const found = changesBetween(current, next, live.position);
      const before = current;
      current = next;
      const withinNow = issuesWithin(live.state.registry, options.within);
      // A placing under the watched issue (or out from under it) shows what it brings, as the first table would now.
      const changes =
        withinNow === undefined
          ? found
          : { ...changesWithin(found, withinNow, withinBefore!), ...placings(found, before, next, withinNow, withinBefore!, (c) => filter.status === undefined || c.status === filter.status) };
      withinBefore = withinNow;
      if (changes.opened.length + changes.resolved.length + changes.reopened.length + changes.gone.length + (changes.placed?.length ?? 0) + (changes.movedOut?.length ?? 0) === 0) return;
      // Short ids are unambiguous among all the contradictions: listed again only when a filter narrowed `next`.
      const all = () => (watched.type === undefined && watched.actor === undefined && watched.issue === undefined && options.within === undefined ? next : contradictionList(live.state));
      io.stdout.write(json ? JSON.stringify(changes) + '\n' : changeLines(changes, shortIds(all().map((c) => c.id))));
    } catch (error) {
      failure = error;
      failed();
    } finally {
      checking = false;
    }
    // A delivery that came while this one checked: look again.
    if (again) {
      again = false;
      void report();
    }
  };
  let ready;
  try {
    ready = await live.ready;
  } catch (error) {
    // A rule of one's own that fails says so itself, as it does without --watch.
    const failed = ruleFailureOf(error);
    if (failed !== undefined) throw failed;
    return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (isLeft(ready)) return left(cliError(namingOnce(ready.left.message, spec, io.cwd, 'store')));
  interrupted = io.interrupted();
  current = contradictionList(live.state, watched);
  withinBefore = issuesWithin(live.state.registry, options.within);
  started = true;
  io.stdout.write(first(onIssuesWithin(contradictionList(live.state, filter), live.state, options.within), live.state));
  io.stderr.write(`watching ${spec} for changes (Ctrl-C to stop)\n`);
  // Until interrupted, or until following stops on an error.
  await Promise.race([interrupted, stopped]);
  await live.stop();
  if (failure !== undefined) {
    const message = typeof failure === 'object' && failure !== null && 'message' in failure ? String((failure as { message: unknown }).message) : String(failure);
    // A rule of one's own failed, not the store.
    const failed = ruleFailureOf(failure);
    if (failed !== undefined) return left(cliError(`${failed.message}; the watch of ${spec} stopped`));
    // A message that names the store (the file's path, the log's URL) is not preceded by its name a second time.
    return left(cliError(namesStore(message, spec, io.cwd) ? `following stopped: ${maskSecrets(message, spec)}` : `store ${spec}: following stopped: ${message}`));
  }
  return right(current);
}
