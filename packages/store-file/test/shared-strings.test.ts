// What a read of the file store holds: `JSON.parse` makes a string of every text on every line, though the
// publishers, speakers, tags and recording times of a log repeat from line to line; the read keeps one of each.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { statementMade } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { tempDir } from './support.js';

const COUNT = 20_000;

/** A log of COUNT statements, each naming `publisher` and `speaker`, appended in batches (each batch recorded at one time). */
async function logNaming(publisher: string, speaker: string): Promise<string> {
  const path = join(tempDir(), 'talks.jsonl');
  const opened = await openFileStore(path, { fsync: 'never' });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  for (let first = 0; first < COUNT; first += 1_000) {
    const batch = Array.from({ length: 1_000 }, (_, i) =>
      statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16', speaker: { name: speaker }, source: { quote: `restated, ${first + i}`, publisher } }),
    );
    const r = await opened.right.append(batch);
    if (r._tag === 'Left') throw new Error(r.left.message);
  }
  await opened.right.close();
  return path;
}

// The built store (the test command builds before it runs jest), read in a process of its own: in a jest worker, what
// other suites' files left running there (a follower's polls) allocated during the read, and a CI run counted 20 MB more.
const BUILT = pathToFileURL(join(__dirname, '..', 'dist', 'esm', 'index.js')).href;
const READ = `
import { openFileStore } from ${JSON.stringify(BUILT)};
const opened = await openFileStore(process.env.LOG_PATH);
if (opened._tag === 'Left') throw new Error(opened.left.message);
gc();
const before = process.memoryUsage().heapUsed;
const events = [];
for await (const chunk of opened.right.read()) events.push(...chunk);
gc();
const held = process.memoryUsage().heapUsed - before;
await opened.right.close();
process.stdout.write(JSON.stringify({ held, count: events.length }));
`;

/** The heap the events of a whole read of `path` hold, once everything else the read made is garbage. */
function heldByRead(path: string): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', READ], { env: { ...process.env, LOG_PATH: path }, encoding: 'utf8' });
  const { held, count } = JSON.parse(out) as { held: number; count: number };
  expect(count).toBe(COUNT);
  return held;
}

describe('a read of the file store', () => {
  it('holds a publisher and a speaker named on 20,000 lines once each: long names weigh no more than short ones', async () => {
    const long = (what: string) => `${what} `.repeat(100).trim();
    const [short, named] = [await logNaming('Wire', 'A spokesperson'), await logNaming(long('The Evening Wire of the Capital'), long('A spokesperson of the ministry'))];
    const [heldShort, heldLong] = [heldByRead(short), heldByRead(named)];
    // A string each a line, the long names' 6,300 characters would be some 120 MB more.
    expect(heldLong - heldShort).toBeLessThan(2_000_000);
  });

  it('gives the texts of each event as its line has them', async () => {
    const path = await logNaming('Wire', 'A spokesperson');
    const opened = await openFileStore(path);
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const events: StoredEvent[] = [];
    for await (const chunk of opened.right.read({ limit: 2 })) events.push(...chunk);
    await opened.right.close();
    expect(events.map((e) => [e.tags, e.type === 'statement-made' ? [e.data.speaker, e.data.source] : undefined])).toEqual([
      [['actor:ukraine', 'issue:ceasefire'], [{ name: 'A spokesperson' }, { quote: 'restated, 0', publisher: 'Wire' }]],
      [['actor:ukraine', 'issue:ceasefire'], [{ name: 'A spokesperson' }, { quote: 'restated, 1', publisher: 'Wire' }]],
    ]);
  });
});
