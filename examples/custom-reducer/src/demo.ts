/**
 * The example run: a short log of talks, replayed through the pressure
 * index and through the core analysis with the threat-during-talks rule
 * added, as lines of text. `main.ts` prints them.
 */
import { analysis, contradictionList, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core';
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { WEIGHTS, pressureIndex, pressureOn } from './pressure-index.js';
import { threatDuringTalks } from './threat-during-talks.js';

/** The log: Russia says it wants talks, threatens the grid, then walks away from the talks. */
export const statements: ReadonlyArray<NewEvent> = [
  statementMade({ holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-16', source: { quote: 'Moscow is ready to talk in Istanbul' } }),
  statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'a full ceasefire must come first' } }),
  statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', statedAt: '2025-05-17', conditions: [{ issue: 'military-aid', polarity: '-' }], source: { quote: 'a truce only once arms deliveries stop' } }),
  statementMade({ holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+', statedAt: '2025-05-19', source: { quote: 'strikes on the grid will go on' } }),
  statementMade({ holder: 'ukraine', issue: 'energy-infrastructure', kind: 'red-line', polarity: '-', statedAt: '2025-05-20', source: { quote: 'attacks on power plants must end' } }),
  statementMade({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-06-01', source: { quote: 'there is nothing left to discuss' } }),
];

/** The log as a store gives it back: appended to a memory store, then read. */
export async function demoLog(): Promise<ReadonlyArray<StoredEvent>> {
  const store = openMemoryStore();
  const appended = await store.append([...statements]);
  if (appended._tag === 'Left') throw new Error(appended.left.message);
  return readAll(store);
}

/** What `main.ts` prints for a log. */
export function report(events: ReadonlyArray<StoredEvent>): string[] {
  const weights = Object.entries(WEIGHTS).map(([kind, w]) => `${kind} ${w}`).join(', ');
  const pressure = replay(pressureIndex(), events);
  const lines = [`pressure index (${weights}):`];
  for (const issue of [...pressure.byIssue.keys()].sort()) {
    lines.push(`  ${issue}: ${pressureOn(pressure, issue).map(([holder, n]) => `${holder} ${n}`).join(', ')}`);
  }
  const state = replay(analysis({ extraRules: [threatDuringTalks()] }), events);
  lines.push('', 'contradictions (the core analysis with threat-during-talks added):');
  for (const c of contradictionList(state)) {
    lines.push(`  ${c.type} [${c.actors.join(', ')}] on ${c.issues.join(', ')}: ${c.since} -> ${c.until ?? 'open'}`, `    ${c.summary}`);
  }
  return lines;
}
