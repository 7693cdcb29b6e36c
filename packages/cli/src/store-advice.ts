/**
 * The stores' advice in the terms of the command line. A store's message
 * tells a program what to do with the store's API (`open it with readOnly:
 * true`, `open the store again`); reaching a person through `stancelog`, it
 * says instead which command to run or which setting to change.
 *
 * @since 0.1.0
 */

/**
 * What a user told there is no log yet does: append statements, from
 * either form `append` reads, or name the log meant. Every message that
 * says a log is missing ends with it.
 *
 * @example
 * import { NO_LOG_ADVICE } from './store-advice.js'
 * assert.ok(NO_LOG_ADVICE.includes('FILE.jsonl') && NO_LOG_ADVICE.includes('FILE.csv'))
 * @category cli
 * @since 0.1.0
 * @internal
 */
export const NO_LOG_ADVICE = 'append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store';

/**
 * The stores' words, and the CLI's. Each names the whole clause, so that a
 * store message worded otherwise passes unchanged (a test checks that each
 * is still in a store's messages).
 * @example
 * import { STORE_ADVICE } from './store-advice.js'
 * assert.ok(STORE_ADVICE.every(([api, cli]) => api !== cli))
 * @category cli
 * @since 0.1.0
 * @internal
 */
export const STORE_ADVICE: ReadonlyArray<readonly [string, string]> = [
  // @stancelog/store-file: a writer's lock held by another process.
  ['open it with readOnly: true to read, or with a longer lockWaitMillis', 'reading commands work meanwhile, or wait longer with STANCELOG_LOCK_WAIT_MS=60000'],
  ['open it with readOnly: true to read, or with lockWaitMillis to wait for the lock', 'reading commands work meanwhile, or wait for the lock with STANCELOG_LOCK_WAIT_MS=60000'],
  // A folder where the writer's lock file cannot be made.
  ['make the folder writable, or open the log with readOnly: true to read it', 'make the folder writable; reading commands (log, positions, contradictions) need no lock file'],
  // A log file the user may not write to: reading still works.
  ['reading it still works: open it with readOnly: true to read it', 'reading commands (log, positions, contradictions) still work'],
  // A log a reading command found missing, or a file changed under an open store.
  [
    'there is no log there yet, and a read-only store does not create one: open it for writing first (a writer creates it)',
    `there is no log there yet: ${NO_LOG_ADVICE}`,
  ],
  ['open the store again to use the file now at that path', 'run the command again to use the file now at that path'],
  ['open the store again to read the file as it is now', 'run the command again to read the file as it is now'],
  ['open the store again to go on from what the file holds now', 'run the command again to go on from what the file holds now'],
  // @stancelog/store-postgres: a log without its schema, or one replaced under a reader.
  ['(or open with migrate: true)', '(or run a writing command such as stancelog append, which creates it)'],
  // First: the clause after these may say when ("once it is back"), which the next keeps.
  ['since this reader opened it: open it again', 'since this command opened it: run the command again'],
  ['since this writer opened it: open it again', 'since this command opened it: run the command again'],
  ['open it again once it is back', 'run the command again once it is back'],
  // A log holding an event of an older schema: the commands take upcasters from a module $STANCELOG_UPCASTERS names.
  ['(the upcasters option of openFileStore)', '(in a JavaScript module that STANCELOG_UPCASTERS names, its default export an array of upcasters { type, from, up })'],
  // The same, of a row of a PostgreSQL log.
  ['(the upcasters option of openPostgresStore)', '(in a JavaScript module that STANCELOG_UPCASTERS names, its default export an array of upcasters { type, from, up })'],
  ['(open it again, and read it from the start)', '(run the command again: it reads the log from the start)'],
];

/**
 * `message` with the advice a store gives its API's users replaced by what
 * a user of `stancelog` does about it.
 *
 * @example
 * import { inCliTerms } from './store-advice.js'
 * const said = '/tmp/talks.jsonl was deleted or moved away since the store opened it (open the store again to use the file now at that path)'
 * assert.strictEqual(inCliTerms(said), '/tmp/talks.jsonl was deleted or moved away since the store opened it (run the command again to use the file now at that path)')
 * assert.strictEqual(inCliTerms('talks.jsonl: no such file'), 'talks.jsonl: no such file')
 * // A position to go on from is for programs: a command is run again.
 * assert.strictEqual(inCliTerms('lost after position 48000: ECONNREFUSED; subscribe again from there (after: 48000)'), 'lost after position 48000: ECONNREFUSED; run the command again once the server takes connections')
 * // A call given to programs after the command is left out.
 * assert.strictEqual(inCliTerms("run `stancelog store migrate --store '<url>?schema=talks'` (in code: migrate({ url, schema: 'talks' }))"), "run `stancelog store migrate --store '<url>?schema=talks'`")
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function inCliTerms(message: string): string {
  let text = message;
  for (const [api, cli] of STORE_ADVICE) if (text.includes(api)) text = text.split(api).join(cli);
  // A position to go on from is a program's (`subscribe(h, { after })`, `read({ after })`): a command starts again.
  text = text.replace(FROM_POSITION, '; run the command again once the server takes connections');
  // What a program would call instead of the command the message names first: "(in code: migrate({ url, schema }))".
  return text.replace(IN_CODE, '');
}

// The PostgreSQL store's advice when a read or a subscription lost its server: go on after the last position given.
const FROM_POSITION = /; (?:subscribe again|read on) from there \(after: \d+\)/g;

// The store's aside for programs, after the command it gives: a call, its parentheses nested once.
const IN_CODE = / \(in code: [^()]*\([^()]*\)\)/g;
