/**
 * Running `COPY ... TO STDOUT` on a `pg` connection, and finding the data
 * in its messages where it lies in the socket's chunks.
 *
 * The server sends the COPY's data as one CopyData message a row. A reader
 * that cuts each message out into a buffer of its own (as `pg-copy-streams`
 * does, and joins them again) spends about as long on that as on parsing
 * the row's JSON. Here the COPY's messages pass as the socket delivered them
 * ({@link CopyOutStream}); {@link CopyDataReader} then walks their headers
 * and hands each message's data to the binary COPY parser as a range of the
 * chunk it lies in: no buffer is made per row.
 *
 * The COPY's part of the protocol (PostgreSQL's docs, "COPY Operations"):
 * CopyOutResponse (`H`), CopyData (`d`) messages, CopyDone (`c`); Notice
 * (`N`), ParameterStatus (`S`) and NotificationResponse (`A`) may come in
 * between. An ErrorResponse (`E`) ends it instead. Each message is a type
 * byte and an int32 length that counts itself but not the type.
 *
 * @since 0.1.0
 */
import { Readable } from 'node:stream';
import type * as pg from 'pg';
import { CopyFormatError } from './copy-binary.js';
import type { CopyBinaryParser, CopyRow } from './copy-binary.js';

const COPY_OUT_RESPONSE = 0x48; // H
const COPY_DATA = 0x64; // d
const COPY_DONE = 0x63; // c
const NOTICE = 0x4e; // N
const PARAMETER_STATUS = 0x53; // S
const NOTIFICATION = 0x41; // A
const ERROR_RESPONSE = 0x45; // E
/** A message's type byte and length. */
const HEADER = 5;

/** The messages that belong to a COPY under way (the rest end it, and are `pg`'s to read). */
const inCopy = (type: number): boolean =>
  type === COPY_DATA || type === COPY_OUT_RESPONSE || type === NOTICE || type === PARAMETER_STATUS || type === NOTIFICATION;

/** What `pg` gives a submitted query: its connection, whose socket the COPY reads while it runs. */
type Connection = pg.Connection & { query(text: string): void };

/**
 * A `COPY ... TO STDOUT` statement to pass to `client.query`: a readable
 * stream of the COPY's messages (CopyOutResponse to CopyDone, the chunks
 * as the socket delivered them), to read with {@link CopyDataReader}. While
 * it runs it reads the connection's socket itself, paused while its reader
 * is behind (back-pressure reaches the server); what follows the COPY goes
 * back to `pg`. An error of the server (a statement time-out, a bad
 * statement) fails the stream with `pg`'s error.
 *
 * A reader that stops early must not give the connection back for reuse:
 * the COPY is still running on it (release it with an error).
 *
 * @example
 * // doc-test: skip (an internal module, not exported by the package; tested in test/copy-out.test.ts)
 * import { CopyBinaryParser } from './copy-binary.js'
 * import { CopyDataReader, CopyOutStream } from './copy-out.js'
 * declare const client: import('pg').Client
 * const parser = new CopyBinaryParser()
 * const reader = new CopyDataReader(parser, (row) => console.log(row.int64(0), row.text(1)))
 * for await (const chunk of client.query(new CopyOutStream('copy (select position, body from events) to stdout (format binary)'))) reader.push(chunk)
 * reader.end()
 * parser.end()
 * @since 0.1.0
 */
export class CopyOutStream extends Readable implements pg.Submittable {
  private connection: Connection | undefined;
  /** `pg`'s own reader of the socket, set aside while the COPY runs. */
  private pgReader: ((chunk: Buffer) => void) | undefined;
  private wanted = false;
  private forwarding = false;
  private finished = false;
  private readonly messages = new MessageWalk();
  private readonly onReadable = (): void => this.forward();

  constructor(private readonly text: string) {
    super();
  }

  /** Called by `pg` when the statement's turn comes. */
  submit(connection: pg.Connection): void {
    const c = connection as Connection;
    this.connection = c;
    const socket = c.stream;
    const readers = socket.listeners('data') as ((chunk: Buffer) => void)[];
    if (readers.length !== 1) throw new Error(`COPY: the connection's socket has ${readers.length} data listeners, expected pg's one`);
    this.pgReader = readers[0]!;
    socket.removeListener('data', this.pgReader);
    socket.pause();
    socket.on('readable', this.onReadable);
    c.query(this.text);
  }

  override _read(): void {
    this.wanted = true;
    this.forward();
  }

  /** Passes on what the socket holds, while the reader wants more. */
  private forward(): void {
    const socket = this.connection?.stream;
    if (socket === undefined || this.forwarding || this.finished) return;
    this.forwarding = true;
    let chunk: Buffer | null;
    while (this.wanted && !this.finished && (chunk = socket.read() as Buffer | null) !== null) this.walk(chunk);
    this.forwarding = false;
  }

  /** Walks a chunk's message headers: the COPY's messages are passed on, and at its end the rest is `pg`'s. */
  private walk(chunk: Buffer): void {
    const [buffer, walked] = this.messages.walk(chunk, this.atHeader);
    if (!this.finished && walked > 0) this.wanted = this.push(walked === buffer.length ? buffer : buffer.subarray(0, walked));
  }

  /** At a message's header: whether the COPY ends there (see `MessageWalk.walk`). */
  private readonly atHeader = (buffer: Buffer, at: number, type: number, length: number): boolean => {
    if (type === COPY_DONE) {
      this.finish(buffer, at + 1 + length, false);
      return true;
    }
    // pg reads the error, and fails the stream with it (`handleError`).
    if (type === ERROR_RESPONSE) {
      this.finish(buffer, at, true);
      return true;
    }
    // Not pg's to read either: it would take a message it does not expect for the query's. The connection is left as it is,
    // for its owner to close (as after a reader that stops early).
    if (!inCopy(type)) this.fail(new CopyFormatError(`the server sent a message of type ${JSON.stringify(String.fromCharCode(type))} in the middle of the COPY`));
    else if (length < 4) this.fail(new CopyFormatError(`a message of type ${JSON.stringify(String.fromCharCode(type))} has a length of ${length}`));
    return this.finished;
  };

  /**
   * The COPY ended at `end` of `buffer` (with CopyDone, or before an
   * ErrorResponse): what is before is passed on, what follows goes back to
   * `pg`, which reads it as the end of the statement, or as the error that
   * ended it (then `handleError` fails the stream, at once or once the rest
   * of the error arrives).
   */
  private finish(buffer: Buffer, end: number, failed: boolean): void {
    this.finished = true;
    if (end > 0) this.push(buffer.subarray(0, end));
    const socket = this.connection!.stream;
    socket.removeListener('readable', this.onReadable);
    socket.on('data', this.pgReader!);
    if (end < buffer.length) this.pgReader!(buffer.subarray(end));
    // Resumed on the next tick: `pg`'s reader may pause the socket while it reads.
    process.nextTick(() => socket.resume());
    if (!failed) this.push(null);
  }

  private fail(error: Error): void {
    this.finished = true;
    this.destroy(error);
  }

  /** Called by `pg` with the server's error, or the connection's. */
  handleError(error: Error): void {
    this.destroy(error);
  }

  /** Called by `pg` once the COPY's CommandComplete is read: nothing to do. */
  handleCommandComplete(): void {}

  /** Called by `pg` once the connection is ready for the next statement: nothing to do. */
  handleReadyForQuery(): void {}
}

/**
 * Reads the messages of a COPY ({@link CopyOutStream}'s chunks) and hands
 * each CopyData message's bytes to a binary COPY parser as a range of the
 * chunk (see `CopyBinaryParser.pushRange`). A message may span chunks, and
 * so may a row.
 * @since 0.1.0
 */
export class CopyDataReader {
  private readonly messages = new MessageWalk();
  private readonly atData = (buffer: Buffer, start: number, end: number): void => {
    if (this.messages.type === COPY_DATA) this.parser.pushRange(buffer, start, end, this.onRow);
  };

  constructor(
    private readonly parser: CopyBinaryParser,
    private readonly onRow: (row: CopyRow) => void,
  ) {}

  /** Reads a chunk of the COPY's messages; `onRow` is called for each row it completes, and may throw. */
  push(chunk: Buffer): void {
    this.messages.walk(chunk, goOn, this.atData);
  }

  /** Checks that the messages ended whole. */
  end(): void {
    if (!this.messages.whole) throw new CopyFormatError("the COPY's messages ended in the middle of a message");
  }
}

const goOn = (): boolean => false;

/**
 * Walks protocol messages across the chunks they arrive in. A header cut
 * by the end of a chunk is held back, to be joined to the next one: its
 * type may decide whose the bytes after it are.
 */
class MessageWalk {
  /** The type of the message being walked. */
  type = 0;
  /** How many of its bytes are still to come. */
  private left = 0;
  private held: Buffer | undefined;

  /** Whether the messages walked so far ended whole. */
  get whole(): boolean {
    return this.held === undefined && this.left === 0;
  }

  /**
   * Walks a chunk: at each header, `atHeader` (the header's place, the
   * message's type and length) returns true to stop the walk there, the
   * header unread; `atBody` sees each run of a message's bytes. Returns the
   * chunk as walked (after what was held back of the one before) and how
   * far the walk went: to the end, but for a header held back or a stop.
   */
  walk(chunk: Buffer, atHeader: (buffer: Buffer, at: number, type: number, length: number) => boolean, atBody?: (buffer: Buffer, start: number, end: number) => void): [Buffer, number] {
    const buffer = this.held === undefined ? chunk : Buffer.concat([this.held, chunk]);
    this.held = undefined;
    const n = buffer.length;
    let at = 0;
    while (at < n) {
      if (this.left > 0) {
        const step = Math.min(this.left, n - at);
        atBody?.(buffer, at, at + step);
        this.left -= step;
        at += step;
        continue;
      }
      if (n - at < HEADER) {
        this.held = buffer.subarray(at);
        break;
      }
      const type = buffer[at]!;
      const length = buffer.readUInt32BE(at + 1);
      if (atHeader(buffer, at, type, length)) break;
      this.type = type;
      this.left = length - 4;
      at += HEADER;
    }
    return [buffer, at];
  }
}
