/**
 * Checks the options of `openFileStore` before anything is opened. The
 * types say what is allowed, but a JavaScript caller, or options read from a
 * configuration file, are not checked by them: `fsync: 'on'` would
 * otherwise mean "never sync" and `readonly: true` (misspelt) would take the
 * writer's lock, both without a word.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { optionsProblem, UPCASTERS_OPTION } from '@stancelog/core/store-kit';
import type { StoreUnavailable } from '@stancelog/core';
import type { OptionRule } from '@stancelog/core/store-kit';
import type { FileStoreOptions } from './file-store.js';

const number = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const wait: OptionRule = { accepts: (v) => number(v) && v >= 0, expected: 'milliseconds (0 or more)' };
// Node's timers take at most 2^31 - 1 ms (about 24.8 days): a longer interval runs every millisecond, with a warning.
const LONGEST_TIMER_MILLIS = 2 ** 31 - 1;
const interval: OptionRule = { accepts: (v) => number(v) && v > 0 && v <= LONGEST_TIMER_MILLIS, expected: `milliseconds (more than 0, at most ${LONGEST_TIMER_MILLIS})` };
const OPTIONS: Readonly<Record<string, OptionRule>> = {
  readOnly: { accepts: (v) => typeof v === 'boolean', expected: 'true or false' },
  mustExist: { accepts: (v) => typeof v === 'boolean', expected: 'true or false' },
  fsync: { accepts: (v) => v === 'always' || v === 'never', expected: '"always" or "never"' },
  pollIntervalMillis: interval,
  pollInterval: { ...interval, alias: true },
  lockWaitMillis: wait,
  lockWait: { ...wait, alias: true },
  // Each one's shape too: an upcaster without `up`, or `from` as a string, would fail only at the first old line.
  upcasters: UPCASTERS_OPTION,
};

/** The options as given, or a `StoreUnavailable` naming the option that is wrong and what it holds. */
export function checkFileStoreOptions(path: string, options: FileStoreOptions): Either<StoreUnavailable, FileStoreOptions> {
  const problem = optionsProblem(options, OPTIONS);
  return problem === undefined ? right(options) : left({ _tag: 'StoreUnavailable', message: `open ${path}: ${problem}` });
}
