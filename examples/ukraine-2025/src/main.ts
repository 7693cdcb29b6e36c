/**
 * The Ukraine 2025 demo: enters the positions stated in five articles into
 * a file store, then prints each actor's positions, the contradictions
 * between them, and who stands with whom. Run it again: the statements are already in the log, so
 * nothing is appended twice. Then it reads the same negotiation from the
 * articles' text with @stancelog/ingest and shows what the analysis finds
 * from the ingested statements alone.
 *
 *   pnpm --filter @stancelog/example-ukraine-2025 start
 *
 * The log goes to `.stancelog/ukraine-2025.jsonl` in this example's folder
 * (or to `$STANCELOG_DEMO_DIR`).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeft } from 'fp-ts/lib/Either.js';
import { openFileStore } from '@stancelog/store-file';
import { analyse, load } from './demo.js';
import { expected, matching } from './expected.js';
import { fromArticles } from './from-articles.js';
import { table } from './table.js';
import { standings, standingsRows } from './who-stands-with-whom.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env['STANCELOG_DEMO_DIR'] ?? join(here, '..', '.stancelog');
mkdirSync(dir, { recursive: true });
const path = join(dir, 'ukraine-2025.jsonl');

const opened = await openFileStore(path);
if (isLeft(opened)) {
  console.error(`cannot open ${path}: ${opened.left.message}`);
  process.exit(1);
}
const store = opened.right;
try {
  const loaded = await load(store);
  const where = relative(process.cwd(), path) || path;
  console.log(`stancelog demo: the 2025 Ukraine ceasefire talks, from five articles`);
  console.log(`log: ${where} (${loaded.head} events; ${loaded.appended.length} appended now, ${loaded.duplicates.length} already there)\n`);

  const { state, positions, contradictions } = await analyse(store);
  console.log(`POSITIONS (${positions.length}): current stance of each holder on each issue`);
  console.log(
    table(
      ['holder', 'issue', 'stance', 'kind', 'conditions', 'since', 'evidence', 'sources'],
      positions.map((p) => [
        p.holder,
        p.issue,
        p.polarity,
        p.kind,
        p.conditions.map((c) => `${c.issue} ${c.polarity}`).join(', '),
        p.since,
        p.reported ? 'reported' : 'own words',
        String(p.sources),
      ]),
    ),
  );

  console.log(`\nCONTRADICTIONS (${contradictions.length})`);
  console.log(
    table(
      ['type', 'issues', 'actors', 'since', 'status', 'summary'],
      contradictions.map((c) => [c.type, c.issues.join(', '), c.actors.join(', '), c.since, c.status === 'open' ? 'open' : `resolved ${c.until}`, c.summary]),
    ),
  );

  console.log(`\nTHE ANALYST'S CONTRADICTIONS, AS FOUND`);
  let missing = 0;
  for (const e of expected) {
    const found = matching(contradictions, e);
    if (found.length === 0) missing++;
    const status = found.length === 0 ? 'MISSING' : found.map((c) => `${c.status} since ${c.since}`).join('; ');
    console.log(`${e.id}  ${e.type.padEnd(21)}  ${e.issues.join(' / ').padEnd(35)}  ${status}  (${e.about})`);
  }

  // The other half of the contradictions: which parties take the same side, on how many of the issues they share.
  const ends = standings(state);
  console.log(`\nWHO STANDS WITH WHOM: the ends of ${ends.weighed} pairs sharing two issues or more (of ${ends.pairs}; stancelog alignment lists all)`);
  console.log(table(['', 'actors', 'score', 'issues'], standingsRows(ends)));

  // Bitemporal questions: what had been said by a date, and what the log knew on a date.
  const open = (r: Awaited<ReturnType<typeof analyse>>): number => r.contradictions.filter((c) => c.status === 'open').length;
  const said = await analyse(store, { validTime: '2025-05-16' });
  const known = await analyse(store, { recordedTime: '2025-05-16' });
  console.log(`\nAS STATED BY 2025-05-16 (valid time): ${said.positions.length} positions, ${open(said)} open contradictions`);
  console.log(`AS KNOWN ON 2025-05-16 (recorded time: the Istanbul article was logged the next day): ${known.positions.length} positions, ${open(known)} open contradictions`);

  // Part two: the same negotiation read from the articles' text alone.
  const read = await fromArticles(join(here, '..', 'articles'));
  console.log(`\nFROM THE ARTICLES' TEXT: ${read.files} articles ingested, ${read.statements.length} statements, ${read.errors.length} errors`);
  for (const i of read.inconsistencies) console.log(`  source inconsistency: ${i.message}`);
  console.log(
    table(
      ['type', 'issues', 'actors', 'since', 'status'],
      read.contradictions.map((c) => [c.type, c.issues.join(', '), c.actors.join(', '), c.since, c.status === 'open' ? 'open' : `resolved ${c.until}`]),
    ),
  );
  for (const e of expected) {
    const found = matching(read.contradictions, e, read.within);
    if (found.length === 0 && ['K1', 'K2', 'K3', 'K4', 'K5'].includes(e.id)) missing++;
    console.log(`${e.id}  ${found.length > 0 ? 'found in the text' : 'not found in the text'}`);
  }
  if (missing > 0) {
    console.error(`\n${missing} expected contradiction(s) not found`);
    process.exitCode = 1;
  }
} finally {
  await store.close();
}
