// The COPY reader is internal to the package (not exported), so it is imported from its module.
import { PassThrough } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import pg from 'pg';
import { CopyBinaryParser, CopyFormatError } from '../src/copy-binary.js';
import type { CopyRow } from '../src/copy-binary.js';
import { CopyDataReader, CopyOutStream } from '../src/copy-out.js';
import { int16, int32, int64, SIGNATURE } from './copy-bytes.js';
import { describePostgres, dropSchemas, freshSchema } from './postgres-server.js';

/** A protocol message: its type, and its length (counting itself) before its bytes. */
const message = (type: string, payload: Buffer = Buffer.alloc(0)): Buffer => Buffer.concat([Buffer.from(type, 'latin1'), int32(payload.length + 4), payload]);

/** A row of the binary COPY format: a position (int8) and a body (text). */
const row = (position: number, body: string): Buffer => {
  const text = Buffer.from(body, 'utf8');
  return Buffer.concat([int16(2), int32(8), int64(position), int32(text.length), text]);
};
const HEADER = Buffer.concat([SIGNATURE, int32(0), int32(0)]);
const TRAILER = int16(-1);

const ROWS: Array<[number, string]> = [
  [1, '{"a":1}'],
  [2, '{"quote":"Kyiv said \\"no\\" — 停火"}'],
  [3, '{"b":[1,2,3]}'],
];

/**
 * What the server sends for a COPY of ROWS, as PostgreSQL does (the header
 * with the first row, a CopyData message a row, a notice in between), then
 * what follows the COPY: CommandComplete and ReadyForQuery, pg's to read.
 */
function serverBytes(): { copy: Buffer; after: Buffer } {
  const copy = Buffer.concat([
    message('H', Buffer.concat([Buffer.from([1]), int16(2), int16(1), int16(1)])),
    message('d', Buffer.concat([HEADER, row(...ROWS[0]!)])),
    message('N', Buffer.from('SNOTICE\0Mhello\0\0', 'latin1')),
    message('d', row(...ROWS[1]!)),
    // A row split across two messages: the protocol allows it.
    message('d', row(...ROWS[2]!).subarray(0, 9)),
    message('d', row(...ROWS[2]!).subarray(9)),
    message('d', TRAILER),
    message('c'),
  ]);
  const after = Buffer.concat([message('C', Buffer.from('COPY 3\0', 'latin1')), message('Z', Buffer.from('I', 'latin1'))]);
  return { copy, after };
}

/** Cuts bytes into chunks of `size` (the last one shorter). */
const chunks = (bytes: Buffer, size: number): Buffer[] => {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
};

/**
 * A connection as pg hands it to a submitted query: its socket (here a
 * stream the test writes to, chunk by chunk, each read on its own) with
 * pg's reader on it, and `query`, which makes the "server" answer.
 */
function fakeConnection(answer: ReadonlyArray<Buffer>): { connection: pg.Connection; pgRead: Buffer[]; sent: string[]; served: Promise<void> } {
  const socket = new PassThrough();
  const pgRead: Buffer[] = [];
  const sent: string[] = [];
  socket.on('data', (chunk: Buffer) => pgRead.push(Buffer.from(chunk)));
  let serve: () => void = () => undefined;
  const served = new Promise<void>((resolve) => (serve = resolve));
  const connection = {
    stream: socket,
    query(text: string) {
      sent.push(text);
      void (async () => {
        for (const chunk of answer) {
          socket.write(chunk);
          await tick();
        }
        serve();
      })();
    },
  };
  return { connection: connection as unknown as pg.Connection, pgRead, sent, served };
}

/** Reads the stream's chunks with a CopyDataReader: the rows as [position, body]. */
async function readRows(stream: CopyOutStream): Promise<Array<[number, string]>> {
  const rows: Array<[number, string]> = [];
  const parser = new CopyBinaryParser();
  const reader = new CopyDataReader(parser, (r: CopyRow) => rows.push([r.int64(0)!, r.text(1)!]));
  for await (const chunk of stream) reader.push(chunk as Buffer);
  reader.end();
  parser.end();
  return rows;
}

describe('reading a COPY where its data lies in the socket chunks', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 11, 64, 4096])('reads every row once, whole, in chunks of %i bytes, and gives pg exactly what follows the COPY', async (size) => {
    const { copy, after } = serverBytes();
    const { connection, pgRead, sent, served } = fakeConnection(chunks(Buffer.concat([copy, after]), size));
    const stream = new CopyOutStream('copy (select 1) to stdout (format binary)');
    stream.submit(connection);
    expect(sent).toEqual(['copy (select 1) to stdout (format binary)']);
    expect(await readRows(stream)).toEqual(ROWS);
    await served;
    await tick();
    // pg reads the end of the statement itself (CommandComplete, ReadyForQuery), and nothing of the COPY.
    expect(Buffer.concat(pgRead).equals(after)).toBe(true);
  });

  it("fails with the server's error when an ErrorResponse ends the COPY, having passed the rows before it, and gives pg the error to read", async () => {
    const error = message('E', Buffer.from('SERROR\0C57014\0Mcanceling statement due to statement timeout\0\0', 'latin1'));
    const bytes = Buffer.concat([message('H', Buffer.concat([Buffer.from([1]), int16(2), int16(1), int16(1)])), message('d', Buffer.concat([HEADER, row(...ROWS[0]!)])), error, message('Z', Buffer.from('I', 'latin1'))]);
    for (const size of [3, 5, 1000]) {
      const { connection, pgRead, served } = fakeConnection(chunks(bytes, size));
      const stream = new CopyOutStream('copy (select 1) to stdout (format binary)');
      stream.submit(connection);
      const rows: Array<[number, string]> = [];
      const parser = new CopyBinaryParser();
      const reader = new CopyDataReader(parser, (r) => rows.push([r.int64(0)!, r.text(1)!]));
      const reading = (async () => {
        for await (const chunk of stream) reader.push(chunk as Buffer);
      })();
      await served;
      await tick();
      // pg got the ErrorResponse whole: it calls the query's handleError with what it parsed.
      expect(Buffer.concat(pgRead).subarray(0, error.length).equals(error)).toBe(true);
      stream.handleError(new Error('canceling statement due to statement timeout'));
      await expect(reading).rejects.toThrow('canceling statement due to statement timeout');
      expect(rows).toEqual([ROWS[0]]);
    }
  });

  it('fails, naming the message, when the server answers with something other than a COPY, and hands pg nothing it does not expect', async () => {
    const { connection, pgRead, served } = fakeConnection([message('T', int16(0)), message('C', Buffer.from('SELECT 0\0', 'latin1')), message('Z', Buffer.from('I', 'latin1'))]);
    const stream = new CopyOutStream('select 1');
    stream.submit(connection);
    await expect(readRows(stream)).rejects.toThrow(new CopyFormatError('the server sent a message of type "T" in the middle of the COPY'));
    await served;
    await tick();
    // The connection is its owner's to close: pg would take a row description for the query's.
    expect(pgRead).toEqual([]);
  });

  it('refuses messages that end in the middle of one', () => {
    const reader = new CopyDataReader(new CopyBinaryParser(), () => undefined);
    reader.push(message('d', Buffer.concat([HEADER, row(...ROWS[0]!)])).subarray(0, 12));
    expect(() => reader.end()).toThrow("the COPY's messages ended in the middle of a message");
  });

  it('reads rows given as ranges of a larger buffer, a row spanning two ranges included', () => {
    const data = Buffer.concat([HEADER, row(...ROWS[0]!), row(...ROWS[1]!), row(...ROWS[2]!), TRAILER]);
    // Padding around the data: the parser must read only its ranges.
    const padded = Buffer.concat([Buffer.from('xxxx'), data, Buffer.from('yyyy')]);
    for (let cut = 5; cut < 4 + data.length; cut += 7) {
      const parser = new CopyBinaryParser();
      const rows: Array<[number, string]> = [];
      const onRow = (r: CopyRow): void => void rows.push([r.int64(0)!, r.text(1)!]);
      parser.pushRange(padded, 4, cut, onRow);
      parser.pushRange(padded, cut, 4 + data.length, onRow);
      parser.end();
      expect(rows).toEqual(ROWS);
    }
  });
});

describePostgres('reading a COPY from a real server', (url) => {
  it('reads every row when the server sends notices in the middle of the COPY, and leaves the connection usable', async () => {
    const schema = freshSchema('copy');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema "${schema}"`);
      await client.query(`create table "${schema}".t (position bigint, body text)`);
      await client.query(`insert into "${schema}".t select i, '{"n":' || i || '}' from generate_series(1, 5000) i`);
      // A function that raises a notice every 100 rows: the server sends them between the COPY's rows.
      await client.query(`create function "${schema}".noisy(p bigint) returns bigint language plpgsql as $$ begin if p % 100 = 0 then raise notice 'row %', p; end if; return p; end $$`);
      const stream = client.query(new CopyOutStream(`copy (select "${schema}".noisy(position), body from "${schema}".t order by position) to stdout (format binary)`));
      const rows: Array<[number, string]> = [];
      const parser = new CopyBinaryParser();
      const reader = new CopyDataReader(parser, (r) => rows.push([r.int64(0)!, r.text(1)!]));
      let notices = 0;
      for await (const chunk of stream) {
        reader.push(chunk as Buffer);
        // The notices' texts, as they pass in the COPY's messages (and are skipped).
        for (let at = (chunk as Buffer).indexOf('Mrow '); at >= 0; at = (chunk as Buffer).indexOf('Mrow ', at + 1)) notices++;
      }
      reader.end();
      parser.end();
      expect(notices).toBeGreaterThan(10);
      expect(rows.length).toBe(5000);
      expect(rows.every(([p, body], i) => p === i + 1 && JSON.parse(body).n === i + 1)).toBe(true);
      // The same connection runs the next statement.
      expect((await client.query('select 41 + 1 as n')).rows[0].n).toBe(42);
    } finally {
      await client.end();
      await dropSchemas(url, [schema]);
    }
  });
});
