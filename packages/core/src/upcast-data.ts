/**
 * Turning an event's data from the schema version it was written with into
 * this release's, and keeping, beside an event read that way, the record
 * as it was written: what its id is the hash of, and what a copy writes.
 * Apart from `upcast.ts` so that `envelope.ts`, which `upcast.ts` imports,
 * can use it too.
 *
 * @since 0.1.0
 */
import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from './either.js';
import type { DecodeIssue } from './decode-error.js';
import type { Upcaster } from './upcast.js';

/**
 * The data of one event of `type`, written with schema version `schema`,
 * turned into version `target` by `upcasters`, one version at a time; or
 * the issue, at `schema`, that says the event is of an older schema and
 * which upcaster it lacks (or which one threw on it). Stores tell such a
 * record from a damaged one by that path.
 * @example
 * import { upcastData } from './upcast-data.js'
 * const up = upcastData('alias-added', 0, { actor: 'ukraine', name: 'Kyiv' }, 1, [{ type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }])
 * assert.deepStrictEqual(up, { _tag: 'Right', right: { actor: 'ukraine', alias: 'Kyiv' } })
 * const none = upcastData('alias-added', 0, {}, 1, [])
 * assert.ok(none._tag === 'Left' && none.left.message === 'schema: written by an older schema (alias-added version 0; this release reads version 1): open the store with an upcaster for alias-added 0→1')
 * @since 0.1.0
 * @internal
 */
export function upcastData(
  type: string,
  schema: number,
  data: unknown,
  target: number,
  upcasters: ReadonlyArray<Upcaster>,
): Either<DecodeIssue, unknown> {
  let version = schema;
  let current = data;
  // Said as what it is, an event of an older schema, not a damaged one: stores tell the two apart by this issue's path.
  const written = `written by an older schema (${type} version ${schema}; this release reads version ${target})`;
  while (version < target) {
    const step = upcasters.find((u) => u.type === type && u.from === version);
    if (!step) {
      return left({
        path: 'schema',
        expected: `an upcaster for ${type} from version ${version}`,
        actual: String(version),
        message: `schema: ${written}: open the store with an upcaster for ${type} ${version}→${version + 1}`,
      });
    }
    try {
      current = step.up(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return left({ path: 'schema', expected: `an upcaster for ${type} from version ${version} that takes the event`, actual: String(version), message: `schema: ${written}: the upcaster for ${type} ${version}→${version + 1} threw: ${reason}` });
    }
    version++;
  }
  return right(current);
}

/**
 * An event as its record was written: its schema version and data, before
 * any upcast.
 * @example
 * import type { WrittenForm } from './upcast-data.js'
 * const written: WrittenForm = { schema: 0, data: { actor: 'ukraine', name: 'Kyiv' } }
 * assert.strictEqual(written.schema, 0)
 * @since 0.1.0
 * @internal
 */
export interface WrittenForm {
  readonly schema: number;
  readonly data: unknown;
}

// Kept aside, as `placeInBatch` is in envelope.ts, so that an event read carries nothing a reducer, a JSON dump or a
// deep equality would see.
const writtenForms = new WeakMap<object, WrittenForm>();

/**
 * Records that `event`, as read, was upcast from `written` (`decodeStored` does).
 * @example
 * import { rememberWritten, writtenAs } from './upcast-data.js'
 * const event = { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }
 * rememberWritten(event, { schema: 0, data: { actor: 'ukraine', name: 'Kyiv' } })
 * assert.strictEqual(writtenAs(event)?.schema, 0)
 * @since 0.1.0
 * @internal
 */
export function rememberWritten(event: object, written: WrittenForm): void {
  writtenForms.set(event, written);
}

/**
 * How an event read from a store was written, when it was upcast on the
 * read (the very object `decodeStored` returned, as stores built from the
 * store kit hand it out; not a copy of it), else undefined.
 * @example
 * import { decodeStored } from '@stancelog/core/store-kit'
 * import { writtenAs } from './upcast-data.js'
 * const line = { id: 'a1', position: 1, recordedAt: '2025-01-01T00:00:00Z', schema: 0, tags: [], type: 'alias-added', data: { actor: 'ukraine', name: 'Kyiv' } }
 * const r = decodeStored(line, { upcasters: [{ type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }] })
 * assert.ok(r._tag === 'Right' && r.right !== null)
 * assert.deepStrictEqual(writtenAs(r.right), { schema: 0, data: { actor: 'ukraine', name: 'Kyiv' } })
 * assert.strictEqual(writtenAs({ ...r.right }), undefined) // a copy is no event read
 * @since 0.1.0
 * @internal
 */
export function writtenAs(event: object): WrittenForm | undefined {
  return writtenForms.get(event);
}
