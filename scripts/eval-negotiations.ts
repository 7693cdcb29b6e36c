/**
 * Scores @stancelog/ingest on the fictional negotiations of
 * packages/ingest/test/negotiations/ (see score.ts there): precision,
 * recall and wrong polarities per negotiation and in all. `--misses`
 * prints each wrong statement and each missed one, `--by-cue` the readings
 * right and wrong of each cue, most wrong first. Run with
 * `pnpm eval:negotiations`.
 */
import { CONFIDENT, negotiations, scoreNegotiation } from '../packages/ingest/test/negotiations/score.js';

const showMisses = process.argv.includes('--misses');
const byCue = process.argv.includes('--by-cue');
const cues = new Map<string, { right: number; wrong: number }>();
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(0)}%`);
let produced = 0, right = 0, expected = 0, found = 0, flipped = 0;
let sureProduced = 0, sureRight = 0, sureFound = 0;
// The names' column as wide as the longest name.
const width = Math.max('negotiation'.length, ...negotiations().map((n) => n.length));
console.log(`${'negotiation'.padEnd(width)} ${'precision'.padStart(16)} ${'recall'.padStart(16)} ${'wrong polarity'.padStart(15)}`);
for (const name of negotiations()) {
  const s = scoreNegotiation(name);
  produced += s.produced; right += s.right; expected += s.expected; found += s.found; flipped += s.wrongPolarity;
  for (const p of s.read) {
    const tally = cues.get(p.cue) ?? { right: 0, wrong: 0 };
    if (s.wrong.includes(p)) tally.wrong++;
    else tally.right++;
    cues.set(p.cue, tally);
  }
  sureProduced += s.confident.produced; sureRight += s.confident.right; sureFound += s.confident.found;
  console.log(`${name.padEnd(width)} ${`${s.right}/${s.produced} ${pct(s.right, s.produced)}`.padStart(16)} ${`${s.found}/${s.expected} ${pct(s.found, s.expected)}`.padStart(16)} ${String(s.wrongPolarity).padStart(15)}`);
  if (showMisses) {
    for (const w of s.wrong) console.log(`  wrong  ${w.article}: ${w.statement.holder} ${w.statement.kind} ${w.statement.polarity} ${w.statement.issue}  | ${w.statement.source.quote.slice(0, 140).replace(/\s+/g, ' ')}`);
    for (const m of s.missed) console.log(`  missed ${m.id} ${m.article}: ${m.holder} ${m.kinds[0]} ${m.polarity} ${m.issue}${m.note ? `  (${m.note})` : ''}`);
  }
}
console.log(`${'all'.padEnd(width)} ${`${right}/${produced} ${pct(right, produced)}`.padStart(16)} ${`${found}/${expected} ${pct(found, expected)}`.padStart(16)} ${String(flipped).padStart(15)}`);
// What `stancelog ingest --min-confidence 0.5` keeps: the readings of a cue on an issue the lexicon knows.
console.log(`${`at confidence >= ${CONFIDENT}`.padEnd(width)} ${`${sureRight}/${sureProduced} ${pct(sureRight, sureProduced)}`.padStart(16)} ${`${sureFound}/${expected} ${pct(sureFound, expected)}`.padStart(16)}`);
// The constructions read wrong more often than right stand out: those are marked.
if (byCue) {
  console.log(`\n${'wrong'.padStart(6)} ${'right'.padStart(6)}  cue`);
  for (const [cue, t] of [...cues].sort((a, b) => b[1].wrong - a[1].wrong || a[0].localeCompare(b[0]))) {
    if (t.wrong > 0) console.log(`${String(t.wrong).padStart(6)} ${String(t.right).padStart(6)}  ${cue}${t.wrong > t.right ? '  (wrong more often)' : ''}`);
  }
}
