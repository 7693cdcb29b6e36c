/**
 * The schema of a log, as numbered migrations. A migration is never edited
 * once released: a change to the schema is a new migration.
 *
 * @since 0.1.0
 */
import type { LogNames } from './schema-name.js';

/**
 * One step of the schema.
 *
 * @example
 * import { logNames, MIGRATIONS } from '@stancelog/store-postgres'
 * import type { Migration } from '@stancelog/store-postgres'
 * const names = logNames('newsroom')
 * if (names._tag === 'Left') throw new Error(names.left.message)
 * // The SQL a run would apply to schema "newsroom", for review before `stancelog store migrate`.
 * const script = MIGRATIONS.map((m: Migration) => `-- ${m.version}: ${m.name}\n${m.sql(names.right)}`).join('\n')
 * assert.ok(script.includes('create table "newsroom".events'))
 * @category postgres
 * @since 0.1.0
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements, for the log's schema. */
  readonly sql: (names: LogNames) => string;
}

/**
 * Every migration, in order. The last one's version is the schema version
 * this release needs. A log records each migration's version and name, and
 * a store opening it compares them with these (a schema whose `migrations`
 * table records other names is another application's): a migration once
 * released keeps its name.
 *
 * @example
 * import { MIGRATIONS } from '@stancelog/store-postgres'
 * assert.strictEqual(MIGRATIONS[0]?.version, 1)
 * @category postgres
 * @since 0.1.0
 */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: 'events and snapshots',
    sql: (n) => `
      -- The log. "body" is the stored event (position included) as the
      -- JSON text the writer produced: text rather than json or jsonb, so
      -- that every string the event codecs accept is kept exactly (json
      -- refuses escaped NUL characters and lone surrogates), writing costs no parsing on
      -- the server, and reading is one JSON.parse. SQL can still look
      -- inside with body::json. "id" and "tags" are copied out of it for
      -- the unique index and the tag index.
      create table ${n.events} (
        position bigint primary key,
        id text not null unique,
        tags text[] not null,
        body text not null
      );
      create index events_tags on ${n.events} using gin (tags);
      -- A projection's state after the event at "position", per reducer
      -- and reducer version (node:v8 serialisation: Maps and Sets survive).
      create table ${n.snapshots} (
        reducer text not null,
        version text not null,
        position bigint not null,
        state bytea not null,
        saved_at timestamptz not null default now(),
        primary key (reducer, version)
      );
    `,
  },
  {
    version: 2,
    name: 'identity',
    sql: (n) => `
      -- Which log this is: a random id drawn once, when the log is created
      -- (or, for a log created before version 2, when it is migrated).
      -- A store reads it on open and checks it again where it matters (a
      -- subscription's catch-up, head, read, append): a schema dropped and
      -- created again holds another id, so a reader or writer opened on
      -- the old log stops with an error instead of taking the new log for
      -- the old one. Safe to run twice: the table and its row are made
      -- only when missing. md5 of random() rather than gen_random_uuid(),
      -- which PostgreSQL 12 lacks.
      create table if not exists ${n.identity} (
        only_row boolean primary key default true check (only_row),
        id text not null,
        created_at timestamptz not null default now()
      );
      insert into ${n.identity} (id)
        select md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text)
        where not exists (select 1 from ${n.identity});
    `,
  },
  {
    version: 3,
    name: 'snapshot event',
    sql: (n) => `
      -- The id of the event at a snapshot's "position": a projection starts
      -- from a snapshot only when the log still holds that event there, so
      -- a snapshot is never applied to other events (the log restored to an
      -- earlier point and appended to, its events deleted and appended
      -- again). Snapshots saved before have none: they are ignored, and
      -- replaced by the next projection's. Safe to run twice.
      alter table ${n.snapshots} add column if not exists event_id text;
    `,
  },
  {
    version: 4,
    name: 'truncate draws a new identity',
    sql: (n) => `
      -- A log emptied by hand ("truncate events", then its events appended
      -- again, perhaps edited) is another log from then on: it draws a new
      -- identity, so that a reader, writer or subscription opened before
      -- stops with an error rather than go on from what it read, and its
      -- snapshots go with its events (the check of the event at a
      -- snapshot's position cannot tell: ids are hashes of content). A
      -- delete of some events is a restore to an earlier point, which the
      -- stores tell by position, and keeps the identity. Safe to run twice.
      create or replace function "${n.schema}".stancelog_events_truncated() returns trigger language plpgsql as $body$
      begin
        update ${n.identity} set id = md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text);
        delete from ${n.snapshots};
        return null;
      end
      $body$;
      drop trigger if exists events_truncated on ${n.events};
      create trigger events_truncated after truncate on ${n.events}
        for each statement execute function "${n.schema}".stancelog_events_truncated();
    `,
  },
  {
    version: 5,
    name: 'events are never changed',
    sql: (n) => `
      -- The log is append-only: a row changed by hand (a quote corrected in
      -- place) would keep its id, a hash of the content it no longer holds,
      -- so appending the statement it held would count as a duplicate and
      -- the original would be lost without a word. An update is refused,
      -- naming the position; a statement is corrected by withdrawing it and
      -- appending the corrected one. (Deleting the events after a point
      -- restores the log to that point, and stays allowed.) Safe to run twice.
      create or replace function "${n.schema}".stancelog_events_unchanged() returns trigger language plpgsql as $body$
      begin
        raise exception 'the log is append-only: the event at position % cannot be changed; correct a statement by withdrawing it and appending the corrected one', old.position
          using errcode = 'P0001';
      end
      $body$;
      drop trigger if exists events_unchanged on ${n.events};
      create trigger events_unchanged before update on ${n.events}
        for each row execute function "${n.schema}".stancelog_events_unchanged();
    `,
  },
];

/**
 * The schema version this release reads and writes.
 *
 * @example
 * import { MIGRATIONS, SCHEMA_VERSION } from '@stancelog/store-postgres'
 * assert.strictEqual(SCHEMA_VERSION, MIGRATIONS[MIGRATIONS.length - 1]?.version)
 * @category postgres
 * @since 0.1.0
 */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * The oldest schema version a store of this release opens: version 1 logs
 * (created before the log's identity) are read and written as they are,
 * without the identity check, until `stancelog store migrate` gives them
 * one.
 *
 * @example
 * import { OLDEST_OPENABLE_VERSION, SCHEMA_VERSION } from '@stancelog/store-postgres'
 * assert.ok(OLDEST_OPENABLE_VERSION >= 1 && OLDEST_OPENABLE_VERSION <= SCHEMA_VERSION)
 * @category postgres
 * @since 0.1.0
 */
export const OLDEST_OPENABLE_VERSION: number = 1;
