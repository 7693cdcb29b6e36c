/**
 * One append as one transaction.
 *
 * Positions must be gapless and in commit order, so that a reader that has
 * seen position N has seen everything before N. The transaction therefore
 * first takes a transaction-level advisory lock private to the log; only
 * then does it read the head (`max(position)`, a single index probe) and the
 * conditions, insert the batch at head+1..., and commit. The lock is released
 * by the commit, after the rows became visible, so the next writer's head
 * includes them. A sequence would not do: it hands out numbers at insert
 * time, and a transaction that commits late would make a reader that already
 * moved past its number skip it.
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import type { Either } from 'fp-ts/lib/Either.js';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import { withdrawnBy } from '@stancelog/core';
import { checkAppend } from '@stancelog/core/store-kit';
import type { AppendOptions, AppendResult, Statement, StoreError, StoredEvent } from '@stancelog/core';
import type { LoggedEvent, PreparedEvent } from '@stancelog/core/store-kit';
import { statementName } from './schema-name.js';
import type { LogNames } from './schema-name.js';

interface CheckRow {
  head: string;
  known: string[];
  last: string | null;
  identity: string | null;
}

/** Quotes a string as an SQL literal (for the simple-protocol statements that carry no parameters). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The SQL of a log's appends, built once per store.
 */
export interface AppendStatements {
  readonly begin: string;
  readonly checkName: string;
  readonly checkTagsName: string;
  readonly check: string;
  readonly checkTags: string;
  readonly insert: string;
  readonly commitNotify: (head: number) => string;
}

/**
 * Builds the statements of a log's appends.
 */
export function appendStatements(names: LogNames, withIdentity: boolean): AppendStatements {
  const [lockClass, lockObject] = names.appendLock;
  // The log's identity comes with the head, in the same statement (one more index probe, no round trip).
  const heads = `coalesce((select max(position) from ${names.events}), 0)::text as head, ${withIdentity ? `(select id from ${names.identity})` : 'null::text'} as identity`;
  const variant = withIdentity ? '' : '_v1';
  const known = `array(select id from ${names.events} where id = any($1::text[])) as known`;
  return {
    // Simple protocol, one round trip: BEGIN and the lock need no parameters.
    begin: `begin; select pg_advisory_xact_lock(${lockClass}, ${lockObject})`,
    checkName: statementName(`check${variant}`, names.schema),
    checkTagsName: statementName(`check_tags${variant}`, names.schema),
    check: `select ${heads}, ${known}, null::text as last`,
    // Scans only the rows after the condition's position (the primary key range), not every row of the tags.
    checkTags: `select ${heads}, ${known}, (select max(position) from ${names.events} where position > $2 and tags && $3::text[])::text as last`,
    // The batch travels as three texts (ids, tags, bodies), one line per event: lines are
    // separated by U+001E and tags by U+001F, control characters that JSON.stringify always
    // escapes and ids never contain. Cheaper on both ends than array literals.
    insert: `insert into ${names.events} (position, id, tags, body)
      select $1::bigint + e.n, e.id, coalesce(string_to_array(e.tags, chr(31)), '{}'), e.body
      from unnest(string_to_array($2::text, chr(30)), string_to_array($3::text, chr(30)), string_to_array($4::text, chr(30)))
        with ordinality as e(id, tags, body, n)`,
    // The notification is sent at commit, so a subscriber woken by it finds the rows.
    commitNotify: (head) => `select pg_notify(${literal(names.channel)}, '${head}'); commit`,
  };
}

// The errors an append met while it waited for the append lock (a statement timeout there is another writer's hold).
const lockWaits = new WeakSet<object>();

/**
 * Whether an error of `appendPrepared` came while the append waited for the
 * log's append lock, before any of its own statements ran: a statement
 * timeout then means another writer held the lock that long.
 */
export function waitedForLock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && lockWaits.has(error);
}

/** The events of the log a batch's corrections name, by position and by id: what checkAppend's `at` and `positionOf` answer from. */
interface CorrectedEvents {
  readonly at: ReadonlyMap<number, LoggedEvent>;
  readonly positionOf: ReadonlyMap<string, number>;
}

const NONE: CorrectedEvents = { at: new Map(), positionOf: new Map() };

/**
 * Reads the events of the log at the places the batch's corrections take
 * and those they name (a correction of a correction names the copy, found
 * by its id), in one query by the primary key and the id index; none for a
 * batch without a correction, the common case.
 */
async function correctedEvents(client: pg.ClientBase, names: LogNames, batch: ReadonlyArray<PreparedEvent>, head: number): Promise<CorrectedEvents> {
  const places: number[] = [];
  const ids: string[] = [];
  for (const e of batch) {
    const corrects = e.type === 'statement-made' ? (e.data as Statement).corrects : undefined;
    // A place past the head is in the batch (or refused as not before its correction): checkAppend reads it there.
    if (corrects === undefined || corrects.position > head) continue;
    places.push(corrects.position);
    ids.push(corrects.event);
  }
  if (places.length === 0) return NONE;
  const rows = await client.query<{ position: string; body: string }>({
    text: `select position::text, body from ${names.events} where position = any($1::bigint[]) or id = any($2::text[])`,
    values: [places, ids],
  });
  const at = new Map<number, LoggedEvent>();
  const positionOf = new Map<string, number>();
  for (const row of rows.rows) {
    const event = JSON.parse(row.body) as LoggedEvent;
    at.set(Number(row.position), event);
    positionOf.set(event.id, Number(row.position));
  }
  return { at, positionOf };
}

/**
 * Appends a validated batch on a client of the pool. Throws what the driver
 * throws (the caller maps it to `StoreUnavailable`); returns conflicts as
 * values. The client is left outside any transaction.
 */
export async function appendPrepared(
  client: pg.ClientBase,
  names: LogNames,
  sql: AppendStatements,
  batch: ReadonlyArray<PreparedEvent>,
  options: AppendOptions,
  guard?: { readonly identity: string; readonly replaced: StoreError },
): Promise<Either<StoreError, AppendResult>> {
  try {
    await client.query(sql.begin);
  } catch (error) {
    if (typeof error === 'object' && error !== null) lockWaits.add(error);
    throw error;
  }
  let open = true;
  try {
    // The events the batch withdraws are looked up with its own: a withdrawal of an event the log does not hold is refused (checkAppend).
    const ids = batch.map((e) => e.id);
    for (const e of batch) {
      const target = withdrawnBy(e);
      if (target !== undefined) ids.push(target);
    }
    const condition = options.condition;
    const checked = await client.query<CheckRow>(
      condition === undefined
        ? { name: sql.checkName, text: sql.check, values: [ids] }
        : { name: sql.checkTagsName, text: sql.checkTags, values: [ids, condition.after, condition.tags] },
    );
    const row = checked.rows[0]!;
    // A writer opened on another log (the schema created again since) appends nothing to this one.
    if (guard !== undefined && row.identity !== guard.identity) {
      open = false;
      await client.query('rollback');
      return left(guard.replaced);
    }
    const head = Number(row.head);
    const known = new Set(row.known);
    const last = row.last === null ? 0 : Number(row.last);
    const logged = await correctedEvents(client, names, batch, head);
    const verdict = checkAppend(batch, options, {
      head,
      has: (id) => known.has(id),
      at: (p) => logged.at.get(p),
      positionOf: (id) => logged.positionOf.get(id),
      // Only asked for the condition's tags, and only positions after `after` matter.
      tags: { lastPosition: () => last },
    });
    if (isLeft(verdict)) {
      open = false;
      await client.query('rollback');
      return verdict;
    }
    const { fresh, duplicates } = verdict.right;
    if (fresh.length === 0) {
      open = false;
      await client.query('commit');
      return right({ appended: [], duplicates, head });
    }
    let idLines = '';
    let tags = '';
    let bodies = '';
    for (let i = 0; i < fresh.length; i++) {
      const e = fresh[i]!;
      if (i > 0) {
        idLines += '\u001e';
        tags += '\u001e';
        bodies += '\u001e';
      }
      idLines += e.id;
      tags += e.tags.join('\u001f');
      // The stored JSON starts with the position, then the envelope and event as prepared.
      bodies += `{"position":${head + 1 + i},${JSON.stringify(e).slice(1)}`;
    }
    await client.query({ name: statementName('insert', names.schema), text: sql.insert, values: [head, idLines, tags, bodies] });
    const newHead = head + fresh.length;
    open = false;
    await client.query(sql.commitNotify(newHead));
    const appended = fresh.map((e, i) => ({ ...e, position: head + 1 + i }) as StoredEvent);
    return right({ appended, duplicates, head: newHead });
  } catch (error) {
    if (open) await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

