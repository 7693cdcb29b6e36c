/**
 * Scores ingest on the negotiations under this folder: fictional articles
 * written for stancelog (none of them the seeds), each with the actors and
 * the lexicon an analyst would give, and the statements the analyst read
 * out of them before ingest ever ran (`expected.json`). It runs ingest as
 * `stancelog ingest --actors actors.json --lexicon lexicon.json
 * --no-default-lexicon` would, and counts:
 *
 * - precision: the statements produced that match an expected one (its
 *   article, holder, issue and polarity, and a kind the analyst accepts);
 * - recall: the expected statements (not those marked optional, nor those
 *   on an issue the lexicon does not know) that some statement matches;
 * - wrong polarity: the statements produced on an expected holder and
 *   issue of that article with the opposite polarity (the worst fault).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRight } from 'fp-ts/lib/Either.js';
import type { Actor, Statement } from '@stancelog/core';
import { buildRegistry, DEFAULT_ACTORS, ingestFiles, loadLexicon } from '@stancelog/ingest';

/** One statement the analyst expects, or a choice of readings of one (`alternatives`). */
export interface Reading {
  readonly holder: string;
  readonly issue: string | null;
  readonly polarity: '+' | '-' | '0';
  readonly kinds: ReadonlyArray<string>;
}
export interface Expected extends Reading {
  readonly id: string;
  readonly article: string;
  readonly optional?: boolean;
  readonly alternatives?: ReadonlyArray<Reading>;
  readonly note?: string;
}

/** What ingest read in one article of a negotiation. */
export interface Produced {
  readonly article: string;
  readonly statement: Statement;
}

export interface NegotiationScore {
  readonly name: string;
  readonly produced: number;
  readonly right: number;
  readonly expected: number;
  readonly found: number;
  readonly wrongPolarity: number;
  /** The statements no expected one matches, and the expected ones none matched: for reading, not counting. */
  readonly wrong: ReadonlyArray<Produced>;
  readonly missed: ReadonlyArray<Expected>;
}

/** Where the negotiations are, from the repository's root (where jest and `pnpm eval:negotiations` run). */
export const NEGOTIATIONS_DIR = join(process.cwd(), 'packages', 'ingest', 'test', 'negotiations');

/** The negotiations under `dir`: each folder with an `expected.json`. */
export function negotiations(dir = NEGOTIATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dir, d.name)).includes('expected.json'))
    .map((d) => d.name)
    .sort();
}

const readings = (e: Expected): ReadonlyArray<Reading> => e.alternatives ?? [e];
const matches = (p: Produced, article: string, r: Reading): boolean =>
  p.article === article && p.statement.holder === r.holder && p.statement.issue === r.issue && p.statement.polarity === r.polarity && r.kinds.includes(p.statement.kind);

/** Runs ingest on one negotiation's articles and scores what it read. */
export function scoreNegotiation(name: string, dir = NEGOTIATIONS_DIR): NegotiationScore {
  const root = join(dir, name);
  const actors = JSON.parse(readFileSync(join(root, 'actors.json'), 'utf8')) as Actor[];
  const lexicon = loadLexicon(join(root, 'lexicon.json'), true);
  if (!isRight(lexicon)) throw new Error(`${name}: ${lexicon.left.message}`);
  const ids = new Set(actors.map((a) => a.id));
  const registry = buildRegistry([...DEFAULT_ACTORS.filter((a) => !ids.has(a.id)), ...actors]);
  const articles = readdirSync(join(root, 'articles')).sort();
  const batch = ingestFiles(articles.map((a) => join(root, 'articles', a)), { registry, lexicon: lexicon.right });
  if (batch.errors.length > 0) throw new Error(`${name}: ${batch.errors.map((e) => e.message).join('; ')}`);
  const produced: Produced[] = batch.files.flatMap((f, i) => (isRight(f.result) ? f.result.right.statements.map((statement) => ({ article: articles[i]!, statement })) : []));
  const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected[];
  const wrong = produced.filter((p) => !expected.some((e) => readings(e).some((r) => matches(p, e.article, r))));
  const counted = expected.filter((e) => !e.optional && readings(e).some((r) => r.issue !== null));
  const missed = counted.filter((e) => !readings(e).some((r) => produced.some((p) => matches(p, e.article, r))));
  const opposite = (a: string, b: string) => (a === '+' && b === '-') || (a === '-' && b === '+');
  const wrongPolarity = wrong.filter((p) =>
    expected.some((e) => readings(e).some((r) => p.article === e.article && p.statement.holder === r.holder && p.statement.issue === r.issue && opposite(p.statement.polarity, r.polarity))),
  ).length;
  return { name, produced: produced.length, right: produced.length - wrong.length, expected: counted.length, found: counted.length - missed.length, wrongPolarity, wrong, missed };
}
