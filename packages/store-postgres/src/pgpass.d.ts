// pgpass (the password file reader pg itself uses) ships no types.
declare module 'pgpass' {
  /** Looks up the password of a connection in the password file (PGPASSFILE, or ~/.pgpass); undefined when none matches. */
  function pgpass(connection: { host?: string | undefined; port?: number | string | undefined; database?: string | undefined; user?: string | undefined }, found: (password: string | undefined) => void): void;
  export = pgpass;
}
