/**
 * The file logs the CLI's benchmarks run on (`cli-snapshots.bench.ts`,
 * `timeline-report.bench.ts`): the core's `syntheticLog` (50 holders x 40
 * issues), each quote made unique, appended in batches of 1,000 through the
 * file store. One log of a count serves both benchmarks (`--keep DIR`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NewEvent } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { syntheticLog } from '../../core/bench/synthetic.js';

const BATCH = 1_000;

/** `count` synthetic statements from `first` on, each quote made unique (the store drops an event whose content it holds already). */
export function* benchStatements(count: number, first = 1, seed = 42, days = 1000): Generator<NewEvent> {
  for (const e of syntheticLog({ count, firstPosition: first, seed, days })) {
    if (e.type !== 'statement-made') continue;
    yield { type: e.type, recordedAt: e.recordedAt, data: { ...e.data, source: { ...e.data.source, quote: `${e.data.source.quote} (${e.position})` } } };
  }
}

/** Appends `events` to the file log at `path` in batches, without fsync; throws if the store refuses a batch or drops an event as one it holds. */
export async function appendAll(path: string, events: Iterable<NewEvent>): Promise<void> {
  const opened = await openFileStore(path, { fsync: 'never' });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  let batch: NewEvent[] = [];
  const flush = async (): Promise<void> => {
    const r = await opened.right.append(batch);
    if (r._tag === 'Left') throw new Error(r.left.message);
    if (r.right.duplicates.length > 0) throw new Error(`${r.right.duplicates.length} duplicates`);
    batch = [];
  };
  for (const e of events) {
    batch.push(e);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await opened.right.close();
}

/** The log of `count` statements in `dir` (`log-COUNT.jsonl`), made first when it is not there (a kept one is reused). */
export async function benchLog(dir: string, count: number): Promise<string> {
  const path = join(dir, `log-${count}.jsonl`);
  if (!existsSync(path)) {
    const started = Date.now();
    await appendAll(path, benchStatements(count));
    console.log(`built ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return path;
}
