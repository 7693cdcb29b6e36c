import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFileStore } from '@stancelog/store-file';
import type { NewEvent } from '@stancelog/core';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// Two ingest workers on one log (a PostgreSQL one: a file log's lock has the
// second wait until the first is done) can interleave so that the other
// worker appends between this run's read of the log and its own append. The
// store ingest opens is wrapped so that the other worker's events land at
// that moment, the interleaving made deterministic.
let otherWorker: ReadonlyArray<NewEvent> = [];
jest.mock('@stancelog/store-file', () =>
  jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').appendingBefore(() => {
    const other = otherWorker;
    otherWorker = [];
    return other;
  }),
);

const geneva = ['Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled.', '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.'].join('\n');
const brussels = ['The European Union is preparing new sanctions on Russian banks, von der Leyen said on Tuesday.', 'Moscow rejected any ceasefire in the weeks before the summit.'].join('\n');

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  mkdirSync(join(box.dir, 'articles'));
  writeFileSync(join(box.dir, 'articles', 'geneva.txt'), geneva);
  writeFileSync(join(box.dir, 'articles', 'brussels.txt'), brussels);
  otherWorker = [];
});
afterEach(() => box.remove());

interface Logged {
  type: NewEvent['type'];
  data: NewEvent['data'] & { id?: string };
}

describe('stancelog ingest beside another worker on the same log', () => {
  it('names as defined only the actors and issues its own append wrote, not those the other worker wrote first', async () => {
    // The other worker reads geneva.txt: what it appends, as it wrote it into a log of its own.
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--published-at', '2025-06-04', '--store', 'other.jsonl')).code).toBe(0);
    const others = await box.json<Logged[]>('log', '--store', 'other.jsonl');
    const definedBy = (events: Logged[], type: string): Array<string | undefined> => events.filter((e) => e.type === type).map((e) => e.data.id);
    expect([definedBy(others, 'actor-registered'), definedBy(others, 'issue-defined')]).toEqual([['ukraine'], ['peace-talks', 'territorial-concessions', 'ceasefire']]);
    otherWorker = others.map(({ type, data }) => ({ type, data }) as NewEvent);

    // This run read the log empty, and would define all five; the other worker's append lands before its own.
    const r = await box.stancelog('ingest', 'articles/geneva.txt', 'articles/brussels.txt', '--published-at', '2025-06-04');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`appended 5 events to stancelog.jsonl (${others.length} events already in the log, skipped)\ndefined actors: european-union, russia\ndefined issues: sanctions\n`);
    // The log holds each definition once, the other worker's first.
    const logged = await box.json<Logged[]>('log');
    expect([definedBy(logged, 'actor-registered'), definedBy(logged, 'issue-defined')]).toEqual([
      ['ukraine', 'european-union', 'russia'],
      ['peace-talks', 'territorial-concessions', 'ceasefire', 'sanctions'],
    ]);
  });

  it('prints no defined line when the other worker wrote every definition, with --json on stderr as without', async () => {
    expect((await box.stancelog('ingest', 'articles/brussels.txt', '--published-at', '2025-06-04', '--store', 'other.jsonl')).code).toBe(0);
    const others = await box.json<Logged[]>('log', '--store', 'other.jsonl');
    otherWorker = others.map(({ type, data }) => ({ type, data }) as NewEvent);
    const r = await box.stancelog('ingest', 'articles/brussels.txt', '--published-at', '2025-06-04', '--json');
    expect([r.code, r.stderr]).toEqual([0, `read 1 article of 1: 2 statements\nappended 0 events to stancelog.jsonl (${others.length} events already in the log, skipped)\n`]);
  });

  it('on a file log, started at the same moment as another ingest naming the same actors and issues, waits for its lock and defines only what the other did not (a leftover of stop 47)', async () => {
    // Both articles name ukraine, russia and the ceasefire: the log is empty when both start.
    const holder = await openFileStore(join(box.dir, 'stancelog.jsonl'));
    if (holder._tag === 'Left') throw new Error(holder.left.message);
    const runs = ['geneva', 'brussels'].map((name) => box.stancelog('ingest', `articles/${name}.txt`, '--published-at', '2025-06-04'));
    // Held until both have started: each waits for it, then the second for the first, and reads what it defined.
    setTimeout(() => void holder.right.close(), 200);
    const results = await Promise.all(runs);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([[0, ''], [0, '']]);
    const logged = await box.json<Logged[]>('log');
    const defined = logged.filter((e) => e.type === 'actor-registered' || e.type === 'issue-defined').map((e) => `${e.type} ${e.data.id}`);
    expect(defined.length).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    // What each says it defined is what it wrote: together, every definition, each once.
    const said = results.flatMap((r) => [...r.stdout.matchAll(/^defined (actors|issues): (.*)$/gm)].flatMap((m) => m[2]!.split(', ').map((id) => `${m[1] === 'actors' ? 'actor-registered' : 'issue-defined'} ${id}`)));
    expect(said.sort()).toEqual([...defined].sort());
  });
});
