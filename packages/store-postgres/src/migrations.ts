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
 * this release needs.
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
