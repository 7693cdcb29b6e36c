/**
 * A session with two desks on one log, as clients see it over HTTP: the
 * writer takes statements of a (fictional) harbour strike, a reader opened
 * on the same log follows them, and each answers from its live projection.
 * `pnpm --filter @stancelog/example-live-desk demo` prints it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContradictionView, PositionView } from '@stancelog/core';
import { openDesk } from './desk.js';
import type { Desk } from './desk.js';

const source = { publisher: 'Harbourton Ledger', publishedAt: '2026-03-02' };

/** What the strike's sides said, in the input contract of `stancelog append`. */
export const strike = [
  { holder: 'dockers-union', issue: 'pay-rise', kind: 'demand', polarity: '+', statedAt: '2026-03-02', source: { ...source, quote: 'eight percent, or the cranes stay still' } },
  { holder: 'port-authority', issue: 'pay-rise', kind: 'red-line', polarity: '-', statedAt: '2026-03-02', source: { ...source, quote: 'the budget has no room for any rise this year' } },
  {
    holder: 'dockers-union', issue: 'return-to-work', kind: 'condition', polarity: '+', conditions: [{ issue: 'pay-rise', polarity: '+' }], statedAt: '2026-03-04',
    source: { publisher: 'Quayside Radio', publishedAt: '2026-03-04', quote: 'we go back once the rise is signed' },
  },
  {
    holder: 'port-authority', issue: 'pay-rise', kind: 'condition', polarity: '+', conditions: [{ issue: 'return-to-work', polarity: '+' }], statedAt: '2026-03-05',
    source: { publisher: 'Quayside Radio', publishedAt: '2026-03-05', quote: 'a rise can be discussed once the ships are unloaded again' },
  },
] as const;

async function call(desk: Desk, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${desk.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, body: await response.json() };
}

const contradiction = (c: ContradictionView): string => `${c.type} on ${c.issues.join(', ')} (${c.actors.join(', ')}), ${c.status} since ${c.since}`;
const position = (p: PositionView): string => `${p.holder} on ${p.issue}: ${p.polarity} (${p.kind}) since ${p.since}`;

/** Runs the session on a log of its own, removed after; returns what it prints. */
export async function demo(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'live-desk-'));
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  try {
    const log = join(dir, 'strike.jsonl');
    const writer = await openDesk({ log });
    if (writer._tag === 'Left') throw new Error(writer.left.message);
    const desk = writer.right;

    let r = await call(desk, 'POST', '/statements', strike.slice(0, 2));
    say(`POST /statements (2 statements): ${r.status}, positions ${r.body.appended.map((e: { position: number }) => e.position).join(', ')}`);
    r = await call(desk, 'GET', '/contradictions?status=open');
    for (const c of r.body as ContradictionView[]) say(`  open: ${contradiction(c)}`);

    r = await call(desk, 'POST', '/statements', { ...strike[0], polarity: 'yes' });
    say(`POST /statements (polarity "yes"): ${r.status}, ${r.body.error}`);
    r = await call(desk, 'GET', '/contradictions?status=opne');
    say(`GET /contradictions?status=opne: ${r.status}, ${r.body.error}`);

    // A second desk on the same log: it follows the writer's appends, and appends nothing itself.
    const opened = await openDesk({ log, readOnly: true });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    const reader = opened.right;
    r = await call(reader, 'POST', '/statements', strike[2]);
    say(`the reader, POST /statements: ${r.status}, ${r.body.error}`);

    r = await call(desk, 'POST', '/statements', strike);
    say(`POST /statements (all 4 again): ${r.status}, ${r.body.appended.length} appended, ${r.body.duplicates.length} held already, at position ${r.body.position}`);
    // The reader learns of the append as the store polls the file: wait until its projection holds it.
    await reader.live.reached(r.body.position);
    r = await call(reader, 'GET', '/positions?holder=port-authority');
    for (const p of r.body as PositionView[]) say(`  the reader: ${position(p)}`);
    r = await call(reader, 'GET', '/contradictions?type=circular-precondition');
    for (const c of r.body as ContradictionView[]) say(`  the reader: ${contradiction(c)}`);

    await reader.close();
    await desk.close();
    // Opened again: the analysis is projected from the log (and its snapshot, once one is due).
    const again = await openDesk({ log });
    if (again._tag === 'Left') throw new Error(again.left.message);
    r = await call(again.right, 'GET', '/health');
    say(`opened again: GET /health: ${r.status}, position ${r.body.position}`);
    await again.right.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
