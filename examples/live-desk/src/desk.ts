/**
 * A live desk: a small HTTP service (node:http, no framework) over one file
 * log. It appends the statements posted to it and answers from a live
 * projection, the analysis kept up to date by `follow` as the log grows:
 *
 *   POST /statements      a statement, or a list of them, as JSON (the input contract of `stancelog append`)
 *   GET  /positions       ?holder=ID&issue=ID
 *   GET  /contradictions  ?type=TYPE&status=open|resolved&actor=ID&issue=ID
 *   GET  /health          the position the analysis stands at (503 once following stopped)
 *
 * One process writes a file log (the store's lock refuses a second
 * writer); any number of desks opened `readOnly` on the same log follow
 * what the writer appends and answer the same reads, sharing its
 * snapshots (a restart replays only the events after the last one).
 */
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, contradictionTypes, follow, positionList, statementMade } from '@stancelog/core';
import type { AnalysisState, LiveProjection, StatementInput, StoreError } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import type { FileStore, FileStoreError } from '@stancelog/store-file';

/** Where the desk's log is, and where it listens. */
export interface DeskOptions {
  /** The file log (created as the desk opens it, unless `readOnly`; removed again if the desk cannot listen). */
  readonly log: string;
  /** The port, 0 to 65535 (default 0: one the system picks; `desk.url` says which); another throws a RangeError. */
  readonly port?: number;
  /** The address to listen on (default 127.0.0.1: the desk has no authentication of its own). */
  readonly host?: string;
  /** Follow another process's log and answer reads; posts are refused (405). */
  readonly readOnly?: boolean;
  /** The largest body a post may have, in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Told when following stops on an error (the log moved or deleted); `/health` says so too. */
  readonly onError?: (error: unknown) => void;
}

/** A desk that listens. */
export interface Desk {
  /** Where it listens: `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The live projection it answers from. */
  readonly live: LiveProjection<AnalysisState>;
  /** Stops listening (requests under way are answered first), stops following and closes the log. */
  close(): Promise<void>;
}

/** Why a desk did not start: the log could not be opened or projected, or the port could not be taken. */
export type DeskError = FileStoreError | StoreError | { readonly _tag: 'ListenFailed'; readonly message: string };

/** An answer: a status and a JSON body. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
  /** Close the connection once answered (a body refused unread, or the desk closing). */
  readonly close?: boolean;
}

const PARAMETERS = {
  '/positions': ['holder', 'issue'],
  '/contradictions': ['type', 'status', 'actor', 'issue'],
  '/health': [],
} as const;

/**
 * Opens the log, projects it (from its snapshot, when there is one),
 * follows it, and listens.
 */
export async function openDesk(options: DeskOptions): Promise<Either<DeskError, Desk>> {
  // A mistake of the caller's, said before the log is opened: node's own refusal comes from listen(), with the log
  // open and locked, and unwinds past the code that would close it.
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`openDesk: port: expected a whole number from 0 to 65535, got ${String(options.port)}`);
  // A writer's store creates the log as it opens: one this desk created is removed again if the desk does not start.
  const existed = existsSync(options.log);
  const opened = await openFileStore(options.log, { readOnly: options.readOnly ?? false });
  if (opened._tag === 'Left') return opened;
  const store = opened.right;
  // The log's own snapshots: a restart replays only what was appended since the last one.
  const live = follow(store, analysis(), { snapshots: store.snapshots, ...(options.onError === undefined ? {} : { onError: options.onError }) });
  const ready = await live.ready;
  if (ready._tag === 'Left') {
    await store.close();
    return ready;
  }
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  // Once close() began, each answer closes its connection: a client sends its next request on a new one (refused,
  // plainly not appended) rather than on this one, which close() would otherwise wait on until it idled out.
  let closing = false;
  const server = createServer((request, response) => {
    answer(request, store, live, maxBodyBytes, options.readOnly ?? false).then(
      (a) => send(response, closing ? { ...a, close: true } : a),
      // A bug of the desk's own: said as such, not as the client's fault.
      (e: unknown) => send(response, { status: 500, body: { error: `the desk failed: ${e instanceof Error ? e.message : String(e)}` } }),
    );
  });
  const listening = await listen(server, port, options.host ?? '127.0.0.1');
  if (listening._tag === 'Left') {
    await live.stop();
    await store.close();
    if (!existed && (await stat(options.log).catch(() => undefined))?.size === 0) await rm(options.log, { force: true });
    return listening;
  }
  const bound = (server.address() as AddressInfo).port;
  return right({
    url: `http://${options.host ?? '127.0.0.1'}:${bound}`,
    live,
    close: async () => {
      // The requests under way are answered (an append, then its wait for the projection) before following stops.
      closing = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await live.stop();
      await store.close();
    },
  });
}

function listen(server: Server, port: number, host: string): Promise<Either<DeskError, void>> {
  return new Promise((resolve) => {
    server.once('error', (e: Error) => resolve(left({ _tag: 'ListenFailed', message: `listen on ${host}:${port}: ${e.message}` })));
    server.listen(port, host, () => resolve(right(undefined)));
  });
}

function send(response: ServerResponse, a: Answer): void {
  response.writeHead(a.status, { 'content-type': 'application/json; charset=utf-8', ...(a.close === true ? { connection: 'close' } : {}) });
  response.end(`${JSON.stringify(a.body)}\n`);
}

const refused = (status: number, error: string): Answer => ({ status, body: { error } });

async function answer(request: IncomingMessage, store: FileStore, live: LiveProjection<AnalysisState>, maxBodyBytes: number, readOnly: boolean): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://desk');
  if (url.pathname === '/statements') {
    if (request.method !== 'POST') return refused(405, `${request.method} /statements: post statements here (POST)`);
    if (readOnly) return refused(405, 'POST /statements: this desk follows another process\'s log and appends nothing: post to the desk that writes it');
    const body = await readBody(request, maxBodyBytes);
    if (body._tag === 'Left') return body.left;
    return append(body.right, store, live);
  }
  if (!(url.pathname in PARAMETERS)) return refused(404, `${url.pathname}: no such resource (the desk has /statements, ${Object.keys(PARAMETERS).join(', ')})`);
  const path = url.pathname as keyof typeof PARAMETERS;
  if (request.method !== 'GET') return refused(405, `${request.method} ${path}: read it with GET`);
  const query = queryOf(url, path);
  if (query._tag === 'Left') return query.left;
  const state = live.state;
  // Following stops on a store's error (the log deleted or moved): said, so that a supervisor restarts the desk.
  if (path === '/health') {
    return live.error === undefined
      ? { status: 200, body: { position: live.position } }
      : { status: 503, body: { position: live.position, error: `the desk stopped following its log: ${describe(live.error)}` } };
  }
  if (path === '/positions') return { status: 200, body: positionList(state, query.right) };
  const { type, status } = query.right;
  // A misspelt type would list nothing, as a type nothing has: refused, with the types this analysis finds.
  const types = contradictionTypes(state);
  if (type !== undefined && !types.includes(type)) return refused(400, `type: ${JSON.stringify(type)} is no contradiction type (the types are ${types.join(', ')})`);
  if (status !== undefined && status !== 'open' && status !== 'resolved') return refused(400, `status: ${JSON.stringify(status)}: expected open or resolved`);
  return { status: 200, body: contradictionList(state, { ...query.right, status }) };
}

/** The query's parameters, each given at most once, none the resource lacks. */
function queryOf(url: URL, path: keyof typeof PARAMETERS): Either<Answer, Record<string, string>> {
  const known: ReadonlyArray<string> = PARAMETERS[path];
  const out: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!known.includes(name)) {
      const which = known.length === 0 ? 'it takes none' : `the parameters are ${known.join(', ')}`;
      return left(refused(400, `${path}: unknown query parameter ${JSON.stringify(name)} (${which})`));
    }
    if (name in out) return left(refused(400, `${path}: ${name} given twice`));
    out[name] = value;
  }
  return right(out);
}

function readBody(request: IncomingMessage, maxBodyBytes: number): Promise<Either<Answer, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > maxBodyBytes) return; // refused already: the rest is read and dropped, so that the client gets the answer
      size += chunk.length;
      if (size > maxBodyBytes) {
        chunks.length = 0;
        resolve(left({ ...refused(413, `body: more than ${maxBodyBytes} bytes (the desk's maxBodyBytes): post fewer statements at a time, or shorten a statement that alone is longer`), close: true }));
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', () => resolve(left(refused(400, 'body: the request was cut off'))));
    request.on('end', () => {
      if (size > maxBodyBytes) return;
      const text = Buffer.concat(chunks).toString('utf8');
      // JSON.parse's word for nothing posted is "Unexpected end of JSON input".
      if (text.trim() === '') return resolve(left(refused(400, 'body: empty: post a statement, or a list of them, as JSON')));
      try {
        resolve(right(JSON.parse(text)));
      } catch (e) {
        resolve(left(refused(400, `body: not JSON (${(e as Error).message}): post a statement, or a list of them`)));
      }
    });
  });
}

/**
 * Appends the statements posted, all or none (the store checks the whole
 * batch first), and answers once the projection holds them: a client that
 * posts and then reads sees what it posted.
 */
async function append(body: unknown, store: FileStore, live: LiveProjection<AnalysisState>): Promise<Answer> {
  const inputs = Array.isArray(body) ? body : [body];
  if (inputs.length === 0) return refused(400, 'body: an empty list: post a statement, or a list of them');
  // An event (`{ type, data }`, a line of a log or of `stancelog append`'s input) would be read as a statement missing
  // every field: said as what it is.
  const event = inputs.findIndex((input) => typeof input === 'object' && input !== null && 'type' in input && 'data' in input);
  if (event >= 0) {
    const type = (inputs[event] as { type: unknown }).type;
    return refused(400, `event ${event + 1} of the batch: an event (type ${JSON.stringify(type)}), not a statement: post the statement itself (its data: holder, issue, kind, polarity, source, ...); register actors and issues with stancelog append`);
  }
  // Checked by the store, not here: its refusal names the statement and the field (`event 2 of the batch: data.polarity: ...`).
  const appended = await store.append(inputs.map((input) => statementMade(input as StatementInput)));
  if (appended._tag === 'Left') {
    const e = appended.left;
    const status = e._tag === 'InvalidEvent' ? 400 : e._tag === 'AppendConflict' ? 409 : 503;
    return refused(status, e.message);
  }
  const { appended: events, duplicates, head } = appended.right;
  const projected = await live.reached(head);
  if (!projected) return refused(503, `appended up to position ${head}, but the desk stopped following its log: ${live.error === undefined ? 'it was closed' : describe(live.error)}`);
  return {
    status: events.length === 0 ? 200 : 201,
    body: { appended: events.map((e) => ({ id: e.id, position: e.position })), duplicates, position: head },
  };
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
