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
import type { StoreUnavailable } from '@stancelog/core';
import type { FileStoreOptions } from './file-store.js';

const KNOWN: ReadonlySet<string> = new Set(['readOnly', 'fsync', 'pollIntervalMillis', 'pollInterval', 'lockWaitMillis', 'lockWait']);

// NaN and Infinity as they are, not as JSON's null.
const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value)));

function problemOf(options: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof options !== 'object' || options === null) return `expected an object of options, got ${shown(options)}`;
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) return `${key}: not an option (the options are ${[...KNOWN].filter((k) => k !== 'pollInterval' && k !== 'lockWait').join(', ')})`;
  }
  const { readOnly, fsync } = options;
  if (readOnly !== undefined && typeof readOnly !== 'boolean') return `readOnly: expected true or false, got ${shown(readOnly)}`;
  if (fsync !== undefined && fsync !== 'always' && fsync !== 'never') return `fsync: expected "always" or "never", got ${shown(fsync)}`;
  for (const key of ['lockWaitMillis', 'lockWait']) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) return `${key}: expected milliseconds (0 or more), got ${shown(value)}`;
  }
  for (const key of ['pollIntervalMillis', 'pollInterval']) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) return `${key}: expected milliseconds (more than 0), got ${shown(value)}`;
  }
  return undefined;
}

/** The options as given, or a `StoreUnavailable` naming the option that is wrong and what it holds. */
export function checkFileStoreOptions(path: string, options: FileStoreOptions): Either<StoreUnavailable, FileStoreOptions> {
  const problem = problemOf(options as Readonly<Record<string, unknown>>);
  return problem === undefined ? right(options) : left({ _tag: 'StoreUnavailable', message: `open ${path}: ${problem}` });
}
