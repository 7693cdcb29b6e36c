/**
 * Whether the log a store opened is still the one in its schema.
 *
 * A store holds no lock on its schema: the schema can be dropped, dropped
 * and created again (by `stancelog store migrate`, or a writer opening with
 * `migrate: true`), or restored from a backup to an earlier point while the
 * store is open. Positions then name other events: a subscription at
 * position 200 would wait for a position 201 of a log it never read, and
 * report nothing more, or skip what the new log holds before it. So the
 * store checks, and each case is a clear error, not silence:
 *
 * - the log's **identity**, a random id drawn when the schema was created
 *   (migration 2), read on open and compared on each catch-up of a
 *   subscription, each `read`, `head` and `append`: another id means the
 *   schema was created again;
 * - the **schema or its tables missing**: dropped;
 * - for a subscription, the **event at the position it had read up to**:
 *   still there with the same id, or the log was cut back (restored to an
 *   earlier point, perhaps appended to since), which a restore keeps the
 *   identity through.
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import type { StoreUnavailable } from '@stancelog/core';
import { statementName } from './schema-name.js';
import type { LogNames } from './schema-name.js';

/** The log's identity, or undefined for a schema migrated before version 2 (no identity to check). */
export async function readIdentity(client: pg.ClientBase | pg.Pool, names: LogNames): Promise<string | undefined> {
  const present = await client.query<{ present: boolean }>('select to_regclass($1) is not null as present', [names.identity]);
  if (!present.rows[0]?.present) return undefined;
  const r = await client.query<{ id: string }>(`select id from ${names.identity}`);
  return r.rows[0]?.id;
}

/**
 * Whether a driver error says a table or the schema of the log is missing
 * (undefined_table, invalid_schema_name).
 */
export function isMissingRelation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '42P01' || code === '3F000';
}

/**
 * The messages of a log that is no longer the one a store opened. `where`
 * is `the log at <redacted url> schema <name>`; `who` is `reader` or
 * `writer`.
 */
export const logChanged = {
  gone: (where: string, who: string): string =>
    `${where} is gone (its schema or its tables were dropped) since this ${who} opened it: open it again once it is back`,
  replaced: (where: string, who: string): string => `${where} was replaced (its identity changed) since this ${who} opened it: open it again`,
  cutBack: (where: string, who: string, head: number, seen: number): string =>
    `${where} ends at position ${head}, before position ${seen} that this ${who} had read: it was restored to an earlier point or replaced since (open it again, and read it from the start)`,
  rewritten: (where: string, who: string, seen: number): string =>
    `${where} holds another event at position ${seen} than the one this ${who} read there: it was restored to an earlier point and appended to, or replaced, since (open it again, and read it from the start)`,
};

/** A {@link StoreUnavailable} with one of the messages above. */
export function changedLog(message: string, cause?: unknown): StoreUnavailable {
  return cause === undefined ? { _tag: 'StoreUnavailable', message } : { _tag: 'StoreUnavailable', message, cause };
}

/**
 * The statement that checks a subscription's log before each catch-up:
 * the identity now (null for a schema without one), the id of the event at
 * position $1 (null when the log ends before it), and the head. One round
 * trip of index probes.
 */
export function checkStatement(names: LogNames, withIdentity: boolean): pg.QueryConfig {
  return {
    name: statementName(`log_check${withIdentity ? '' : '_v1'}`, names.schema),
    text: `select ${withIdentity ? `(select id from ${names.identity})` : 'null::text'} as identity,
      (select id from ${names.events} where position = $1) as at,
      coalesce((select max(position) from ${names.events}), 0)::text as head`,
  };
}

/** A row of {@link checkStatement}. */
export interface CheckRow {
  readonly identity: string | null;
  readonly at: string | null;
  readonly head: string;
}
