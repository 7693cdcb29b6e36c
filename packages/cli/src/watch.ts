/**
 * `stancelog contradictions --watch`: the contradictions, then each change
 * to them as the log grows (another process ingesting or appending), until
 * interrupted.
 *
 * @since 0.1.0
 */
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, follow } from '@stancelog/core';
import type { AnalysisState, ContradictionFilter, ContradictionView, EventStore } from '@stancelog/core';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';

/**
 * How the contradictions changed between two states of a followed log:
 * those found anew, those resolved since, and those no longer found (a
 * withdrawal took back a statement they rested on).
 * @example
 * import type { ContradictionChanges } from './watch.js'
 * const none: ContradictionChanges = { at: 3, opened: [], resolved: [], gone: [] }
 * assert.strictEqual(none.at, 3)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface ContradictionChanges {
  /** The log position the new state stands at. */
  readonly at: number;
  readonly opened: ReadonlyArray<ContradictionView>;
  readonly resolved: ReadonlyArray<ContradictionView>;
  readonly gone: ReadonlyArray<ContradictionView>;
}

/**
 * The changes from `before` to `after` (contradiction lists, by id).
 * @example
 * import { changesBetween } from './watch.js'
 * const c = (id: string, status: 'open' | 'resolved') => ({ id, status }) as any
 * const changes = changesBetween([c('a', 'open'), c('b', 'open')], [c('a', 'resolved'), c('x', 'open')], 9)
 * assert.deepStrictEqual([changes.opened, changes.resolved, changes.gone].map((list) => list.map((v) => v.id)), [['x'], ['a'], ['b']])
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function changesBetween(before: ReadonlyArray<ContradictionView>, after: ReadonlyArray<ContradictionView>, at: number): ContradictionChanges {
  const was = new Map(before.map((c) => [c.id, c]));
  const now = new Set(after.map((c) => c.id));
  const opened: ContradictionView[] = [];
  const resolved: ContradictionView[] = [];
  for (const c of after) {
    const previous = was.get(c.id);
    if (previous === undefined) (c.status === 'open' ? opened : resolved).push(c);
    else if (previous.status === 'open' && c.status === 'resolved') resolved.push(c);
  }
  const gone = before.filter((c) => !now.has(c.id));
  return { at, opened, resolved, gone };
}

/**
 * One line per change, for people.
 * @example
 * import { changeLines } from './watch.js'
 * const c = { id: 'incompatible:ceasefire:russia~ukraine', type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since: '2025-03-13', until: null, status: 'open', summary: 'russia reject ceasefire (-) against ukraine demand ceasefire (+)' } as any
 * assert.strictEqual(changeLines({ at: 2, opened: [c], resolved: [], gone: [] }), '#2  opened    incompatible on ceasefire (russia, ukraine) since 2025-03-13: russia reject ceasefire (-) against ukraine demand ceasefire (+)\n')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function changeLines(changes: ContradictionChanges): string {
  const what = (c: ContradictionView) => `${c.type} on ${c.issues.join(', ')} (${c.actors.join(', ')})`;
  let text = '';
  for (const c of changes.opened) text += `#${changes.at}  opened    ${what(c)} since ${c.since}: ${c.summary}\n`;
  for (const c of changes.resolved) text += `#${changes.at}  resolved  ${what(c)} ${c.until === null ? '' : `on ${c.until}`}`.trimEnd() + '\n';
  for (const c of changes.gone) text += `#${changes.at}  gone      ${what(c)}: a statement it rested on was withdrawn\n`;
  return text;
}

/**
 * Follows `store` and prints each change of the contradictions `filter`
 * keeps, as lines (or JSON lines), until `io.interrupted` resolves. The
 * contradictions as they stand are printed first by `first`.
 * @example
 * import { watchContradictions } from './watch.js'
 * import { openMemoryStore } from '@stancelog/core'
 * let out = ''
 * const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: '.', env: {}, interrupted: () => Promise.resolve() }
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
): Promise<Either<CliError, ReadonlyArray<ContradictionView>>> {
  const interrupted = io.interrupted;
  if (interrupted === undefined) return left(cliError('--watch runs until interrupted: give the CLI io an interrupted() promise to stop it (the stancelog command stops on Ctrl-C)'));
  let current: ReadonlyArray<ContradictionView> = [];
  // Changes are printed once the contradictions as they stood are: those before are part of them.
  let started = false;
  let failure: unknown;
  let failed: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (failed = resolve));
  const live = follow(store, analysis(), {
    onChange: (state, position) => {
      if (!started) return;
      const next = contradictionList(state, filter);
      const changes = changesBetween(current, next, position);
      current = next;
      if (changes.opened.length + changes.resolved.length + changes.gone.length === 0) return;
      io.stdout.write(json ? JSON.stringify(changes) + '\n' : changeLines(changes));
    },
    onError: (error) => {
      failure = error;
      failed();
    },
  });
  let ready;
  try {
    ready = await live.ready;
  } catch (error) {
    return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (isLeft(ready)) return left(cliError(`store ${spec}: ${ready.left.message}`));
  current = contradictionList(live.state, filter);
  started = true;
  io.stdout.write(first(current, live.state));
  io.stderr.write(`watching ${spec} for changes (Ctrl-C to stop)\n`);
  // Until interrupted, or until following stops on an error.
  await Promise.race([interrupted(), stopped]);
  await live.stop();
  if (failure !== undefined) {
    const message = typeof failure === 'object' && failure !== null && 'message' in failure ? String((failure as { message: unknown }).message) : String(failure);
    return left(cliError(`store ${spec}: following stopped: ${message}`));
  }
  return right(current);
}
