/**
 * The checks of the conformance suites (internal), each failing with a
 * sentence that names the operation, what came back and what was expected.
 * Jest prints no code frame for a failure in a file under `node_modules`,
 * where the suite runs from in an adapter's project: a bare matcher diff
 * (`Received: false`) there said nothing of which call gave what.
 *
 * @since 0.1.0
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Either } from 'fp-ts/lib/Either.js';
import { StoreReadError } from '@stancelog/core';
import type { AppendResult, StoredEvent, StoreError } from '@stancelog/core';
import { brief } from './show.js';
import { structuralDiff } from './structural-diff.js';

/**
 * How a suite declares its specifications: jest's `describe` and `it`
 * ({@link jestSpecs}), or a test's own, which runs them one by one (the
 * kit's tests of the suites' messages, against stores broken on purpose).
 */
export interface SpecApi {
  describe(name: string, body: () => void): void;
  /** A group left out: the harness lacks what it needs (a `reopen`, a `writeRaw`). */
  skip(name: string, body: () => void): void;
  it(name: string, spec: () => Promise<void>): void;
  afterAll(hook: () => Promise<void>): void;
}

/** Jest's, each specification given `timeoutMs` when set (whatever the timeout of the project that runs it). */
export function jestSpecs(timeoutMs?: number): SpecApi {
  return {
    describe: (name, body) => describe(name, body),
    skip: (name, body) => describe.skip(name, body),
    it: (name, spec) => it(name, spec, timeoutMs),
    afterAll: (hook) => afterAll(hook),
  };
}

/** Fails the specification with `message`, a sentence readable on its own. */
export function fail(message: string): never {
  throw new Error(message);
}

/** Whether jest's `toEqual` takes `actual` for `expected` (properties set to undefined are absent, as the suite always took them). */
export function equal(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

/** A value as messages show it: short, whatever its size (the six results of an append once came to 6 KB). */
export function shown(value: unknown, max = 200): string {
  if (isStoredEvent(value)) return eventLabel(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isStoredEvent)) return events(value);
  try {
    return brief(value, max);
  } catch {
    // An invalid Date has no ISO form to print.
    return String(value);
  }
}

function isStoredEvent(value: unknown): value is StoredEvent {
  return typeof value === 'object' && value !== null && typeof (value as StoredEvent).position === 'number' && typeof (value as StoredEvent).type === 'string' && typeof (value as StoredEvent).id === 'string';
}

/** An event as messages name it: its position, type and the start of its id. */
export function eventLabel(e: StoredEvent): string {
  return `#${e.position} ${e.type} ${String(e.id).slice(0, 8)}…`;
}

/** Events as messages name them, a long list cut. */
export function events(list: ReadonlyArray<StoredEvent>): string {
  if (list.length === 0) return 'none';
  const head = list.slice(0, 4).map(eventLabel).join(', ');
  return list.length <= 4 ? `[${head}]` : `[${head}, … ${list.length} in all]`;
}

/** Fails unless `actual` equals `expected` (as jest's `toEqual`), saying `what` was compared. */
export function same(actual: unknown, expected: unknown, what: string): void {
  if (!equal(actual, expected)) fail(`${what}: got ${shown(actual)}, expected ${shown(expected)}`);
}

/** Fails unless `actual` equals `expected` (as jest's `toEqual`), naming the first differences by their path under `root` (`events[0].recordedAt`). */
export function sameValue(actual: unknown, expected: unknown, what: string, root: string): void {
  if (equal(actual, expected)) return;
  const differences = structuralDiff(expected, actual, { root, limit: 3 });
  fail(`${what}: ${differences.length > 0 ? differences.join('; ') : `got ${shown(actual)}, expected ${shown(expected)}`}`);
}

/** Fails unless `actual` is a string that `pattern` matches. */
export function matches(actual: unknown, pattern: RegExp, what: string): void {
  if (typeof actual !== 'string' || !pattern.test(actual)) fail(`${what}: got ${shown(actual)}, expected a string matching ${pattern}`);
}

/** Positions as messages show them: runs as `1..60`, a long list cut. */
export function positionList(list: ReadonlyArray<number>): string {
  if (list.length === 0) return '[]';
  const parts: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${list[i]}..${list[j]}` : j === i ? `${list[i]}` : `${list[i]}, ${list[j]}`);
    i = j + 1;
  }
  const cut = parts.length > 12 ? [...parts.slice(0, 10), '…', parts[parts.length - 1]!] : parts;
  return `[${cut.join(', ')}]${parts.length > 12 ? ` (${list.length} positions)` : ''}`;
}

/** What sets `actual` apart from `expected`: the positions missing, those not expected, those given twice, or the order. */
export function positionDifference(actual: ReadonlyArray<number>, expected: ReadonlyArray<number>): string {
  const want = new Set(expected);
  const got = new Set(actual);
  const missing = expected.filter((p) => !got.has(p));
  const extra = [...new Set(actual.filter((p) => !want.has(p)))];
  const twice = [...new Set(actual.filter((p, i) => actual.indexOf(p) !== i))];
  const notes = [
    missing.length > 0 ? `missing ${positionList(missing)}` : '',
    extra.length > 0 ? `not expected ${positionList(extra)}` : '',
    twice.length > 0 ? `given more than once ${positionList(twice)}` : '',
  ].filter((n) => n !== '');
  return notes.length > 0 ? notes.join('; ') : 'the same positions, out of order';
}

/** Fails unless the positions are `expected`, saying what was read and how they differ. */
export function samePositions(actual: ReadonlyArray<number>, expected: ReadonlyArray<number>, what: string): void {
  if (equal(actual, expected)) return;
  fail(`${what}: positions ${positionList(actual)}, expected ${positionList(expected)} (${positionDifference(actual, expected)})`);
}

/** A store error as messages name it: its tag and message. */
export function errorLabel(error: StoreError): string {
  return `${error._tag}: ${error.message}`;
}

/** An append's result as messages name it, short. */
export function resultLabel(result: Either<StoreError, AppendResult>): string {
  if (result._tag === 'Left') return `refused with ${errorLabel(result.left)}`;
  const { appended, duplicates, head } = result.right;
  const parts = [`head ${head}`, appended.length > 0 ? `appended ${positionList(appended.map((e) => e.position))}` : 'nothing appended'];
  if (duplicates.length > 0) parts.push(`${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'}`);
  return `succeeded (${parts.join(', ')})`;
}

/** What `append` returned; a throw fails, naming it: an append returns its failures as values. */
export async function tryAppend(append: () => Promise<Either<StoreError, AppendResult>>, what: string): Promise<Either<StoreError, AppendResult>> {
  try {
    return await append();
  } catch (error) {
    return fail(`${what}: the append threw ${error instanceof Error ? `${error.name}: ${error.message}` : shown(error)}; expected a Left (an append returns its failures as values; prepareBatch refuses what is not a batch of events)`);
  }
}

/** The result of an append that should succeed; a refusal fails with `what` was appended and why it was refused (and `hint`, what the refusal most likely means). */
export function mustAppend(result: Either<StoreError, AppendResult>, what = 'an append', hint?: (error: StoreError) => string | undefined): AppendResult {
  if (result._tag === 'Right') return result.right;
  const more = hint?.(result.left);
  return fail(`${what}: the append was refused with ${errorLabel(result.left)}; expected it to succeed${more ? ` (${more})` : ''}`);
}

/** Fails unless the append was refused with an AppendConflict of `expected` and `actual` (each checked when given). */
export function mustConflict(result: Either<StoreError, AppendResult>, conflict: { expected?: number; actual?: number }, what: string): void {
  const wanted = `an AppendConflict ${brief({ expected: conflict.expected, actual: conflict.actual })}, appending nothing`;
  if (result._tag === 'Right') fail(`${what}: the append ${resultLabel(result)}; expected ${wanted}`);
  const error = result.left;
  if (error._tag !== 'AppendConflict') fail(`${what}: the append was refused with ${errorLabel(error)}; expected ${wanted}`);
  const off = (['expected', 'actual'] as const).filter((k) => conflict[k] !== undefined && error[k] !== conflict[k]);
  if (off.length > 0) fail(`${what}: an AppendConflict ${brief({ expected: error.expected, actual: error.actual })}; expected ${wanted}${off.includes('actual') ? ' (actual names the latest event the condition matches: the position to read up to before retrying)' : ''}`);
}

/** The error an append that should be refused with `tag` was refused with; anything else fails, naming it. */
export function mustRefuse<T extends StoreError['_tag']>(result: Either<StoreError, AppendResult>, tag: T, what: string): Extract<StoreError, { _tag: T }> {
  if (result._tag === 'Right') return fail(`${what}: the append ${resultLabel(result)}; expected a refusal with ${tag}, appending nothing`);
  if (result.left._tag !== tag) return fail(`${what}: the append was refused with ${errorLabel(result.left)}; expected ${tag}`);
  return result.left as Extract<StoreError, { _tag: T }>;
}

/** Fails unless `error` (what a read or head rejected with, or onError was told) is a StoreReadError carrying a `tag` whose message matches. */
export function mustBeRefusal(error: unknown, tag: StoreError['_tag'], message: RegExp, what: string): void {
  const wanted = `a StoreReadError carrying a ${tag} whose message matches ${message}`;
  if (error === undefined) fail(`${what}: no error; expected ${wanted}`);
  if (!(error instanceof StoreReadError)) fail(`${what}: ${error instanceof Error ? `${error.name}: ${error.message}` : shown(error)}; expected ${wanted} (a refusal is thrown as a StoreReadError, its StoreError value as \`error\`)`);
  const carried = error.error as StoreError | undefined;
  if (carried?._tag !== tag || !message.test(carried.message)) fail(`${what}: a StoreReadError carrying ${carried ? errorLabel(carried) : 'nothing'}; expected ${wanted}`);
  if (error.message !== carried.message) fail(`${what}: a StoreReadError whose message ${shown(error.message)} is not its error's (${shown(carried.message)}): build it as new StoreReadError(error)`);
}

/** Polls `condition` every 10 ms; after `timeoutMs`, fails saying what was awaited and, from `seen`, how far it got. */
export async function waitUntil(condition: () => boolean, what: string, seen?: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) fail(`timed out after ${timeoutMs / 1000} s waiting until ${what}${seen ? `: ${seen()}` : ''}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** What a subscription delivered, against the positions it should: for `waitUntil`'s message. */
export function delivered(seen: ReadonlyArray<number>, expected: ReadonlyArray<number>): string {
  const missing = expected.filter((p) => !seen.includes(p));
  return `${seen.length} delivered ${positionList(seen)}${missing.length > 0 ? `, missing ${positionList(missing)}` : ''}`;
}

/** How `promise` settled within `millis`: resolved, rejected (with what), or still pending. */
export async function settled(promise: Promise<unknown>, millis: number): Promise<{ state: 'resolved' } | { state: 'rejected'; error: unknown } | { state: 'pending' }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<{ state: 'pending' }>((resolve) => (timer = setTimeout(() => resolve({ state: 'pending' }), millis)));
  try {
    return await Promise.race([promise.then(() => ({ state: 'resolved' as const }), (error: unknown) => ({ state: 'rejected' as const, error })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fails unless `promise` settles within `millis` (a loose bound, for what must not wait out a 30 s retry), with `what` and, when given, `cause`: what most likely holds it. */
export async function mustSettle(promise: Promise<unknown>, millis: number, what: string, cause?: string): Promise<void> {
  const s = await settled(promise, millis);
  if (s.state === 'pending') fail(`${what} did not resolve in ${millis / 1000} s${cause ? `: ${cause}` : ''}`);
}
