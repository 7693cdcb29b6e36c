/**
 * The example run: a log written to a map store, the store closed and
 * opened again on the same Map, the log read back and replayed, and copied
 * into a memory store with its ids, as lines of text. `main.ts` prints them.
 */
import { copyLog, openMemoryStore, positionList, positions, readAll, replay, statementMade } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { openMapStore } from './map-store.js';

/** Russia refuses a ceasefire, Ukraine demands one, then Russia accepts an energy truce. */
export const statements: ReadonlyArray<NewEvent> = [
  statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'a truce would only let Kyiv rearm' } }),
  statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
  statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-04-01', source: { quote: 'we accept an energy truce' } }),
];

/** What `main.ts` prints. */
export async function demo(): Promise<string[]> {
  const storage = new Map<number, string>();
  const opened = openMapStore(storage);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  const appended = await opened.right.append([...statements], { now: new Date('2025-04-02T09:00:00Z') });
  if (appended._tag === 'Left') throw new Error(appended.left.message);
  await opened.right.close();

  // The Map is the storage: a store opened on it again reads the same log.
  const reopened = openMapStore(storage);
  if (reopened._tag === 'Left') throw new Error(reopened.left.message);
  const store = reopened.right;
  const lines = [`stored: ${storage.size} events; position 1 is`, `  ${storage.get(1)}`, `opened again: head ${await store.head()}`];
  for (const p of positionList(replay(positions(), await readAll(store)))) {
    lines.push(`  ${p.holder} on ${p.issue}: ${p.polarity} (${p.kind}) since ${p.since}`);
  }
  // Any two stores copy into each other, ids kept: the same ids as in the file and PostgreSQL stores.
  const memory = openMemoryStore();
  const copied = await copyLog(store, memory);
  if (copied._tag === 'Left') throw new Error(copied.left.message);
  const sameIds = JSON.stringify((await readAll(memory)).map((e) => e.id)) === JSON.stringify((await readAll(store)).map((e) => e.id));
  lines.push(`copied to a memory store: ${copied.right.appended} events, ${sameIds ? 'the same ids' : 'other ids'}`);
  await store.close();
  return lines;
}
