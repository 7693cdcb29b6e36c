/**
 * Scores ingest on the negotiations under this folder: fictional articles
 * written for stancelog (none of them the seeds), each with the actors and
 * the lexicon an analyst would give, and the statements the analyst read
 * out of them before ingest ever ran (`expected.json`). It runs ingest as
 * `stancelog ingest --actors actors.json --lexicon lexicon.json
 * --no-default-lexicon` would, and counts:
 *
 * - precision: the statements produced that match an expected one (its
 *   article and line, holder, issue and polarity, and a kind the analyst
 *   accepts);
 * - recall: the expected statements (not those marked optional, nor those
 *   on an issue the lexicon does not know) that some statement matches;
 * - wrong polarity: the statements produced on an expected holder and
 *   issue of that article with the opposite polarity (the worst fault).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { buildRegistry, checkActors, DEFAULT_ACTORS, ingestFiles, loadLexicon } from '@stancelog/ingest';

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
  /** The line of the article (1-based) the analyst read it on. */
  readonly file_line: number;
}

/** What ingest read in one article of a negotiation, and the lines (1-based) its quote runs from and to. */
export interface Produced {
  readonly article: string;
  readonly lines: readonly [number, number];
  readonly statement: Statement;
  /** The rule of the cue that read it (`cue:...` of its explanation), to group readings by the construction read. */
  readonly cue: string;
}

export interface NegotiationScore {
  readonly name: string;
  readonly produced: number;
  readonly right: number;
  readonly expected: number;
  readonly found: number;
  readonly wrongPolarity: number;
  /** Every statement read, right or wrong. */
  readonly read: ReadonlyArray<Produced>;
  /** The statements no expected one matches, and the expected ones none matched: for reading, not counting. */
  readonly wrong: ReadonlyArray<Produced>;
  readonly missed: ReadonlyArray<Expected>;
  /** The same counts over the statements of a confidence of at least {@link CONFIDENT} only (`ingest --min-confidence`). */
  readonly confident: { readonly produced: number; readonly right: number; readonly found: number };
}

/** The confidence `stancelog ingest --min-confidence` is measured at: it leaves out quoted words with no cue and issues the lexicon does not know (0.4). */
export const CONFIDENT = 0.5;

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
// On the line the analyst read it on: the same stance read from another paragraph of the article is another
// statement. (A sentence that introduces a list runs over the lines of its items.)
const onLine = (p: Produced, e: Expected): boolean => p.article === e.article && p.lines[0] <= e.file_line && e.file_line <= p.lines[1];
const matches = (p: Produced, e: Expected, r: Reading): boolean =>
  onLine(p, e) && p.statement.holder === r.holder && p.statement.issue === r.issue && p.statement.polarity === r.polarity && r.kinds.includes(p.statement.kind);

/** The line (1-based) of `text` that character `offset` is on. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Runs ingest on one negotiation's articles and scores what it read. */
export function scoreNegotiation(name: string, dir = NEGOTIATIONS_DIR): NegotiationScore {
  const root = join(dir, name);
  // Checked as `stancelog ingest --actors` checks the file: a misspelt field ("to" for an office's "until") is read as
  // nothing, and the negotiation scored on a register its author did not write.
  const checked = checkActors(JSON.parse(readFileSync(join(root, 'actors.json'), 'utf8')));
  if (isLeft(checked)) throw new Error(`${name}/actors.json: ${checked.left}`);
  const actors = checked.right;
  const lexicon = loadLexicon(join(root, 'lexicon.json'), true);
  if (!isRight(lexicon)) throw new Error(`${name}: ${lexicon.left.message}`);
  const ids = new Set(actors.map((a) => a.id));
  const registry = buildRegistry([...DEFAULT_ACTORS.filter((a) => !ids.has(a.id)), ...actors]);
  const articles = readdirSync(join(root, 'articles')).sort();
  const batch = ingestFiles(articles.map((a) => join(root, 'articles', a)), { registry, lexicon: lexicon.right });
  if (batch.errors.length > 0) throw new Error(`${name}: ${batch.errors.map((e) => e.message).join('; ')}`);
  const produced: Produced[] = batch.files.flatMap((f, i) => {
    if (!isRight(f.result)) return [];
    const text = readFileSync(join(root, 'articles', articles[i]!), 'utf8');
    const { explanations } = f.result.right;
    return f.result.right.statements.map((statement, j) => {
      const [from, to] = statement.source.offsets ?? [0, 0];
      const cue = explanations[j]!.rules.find((r) => r.startsWith('cue:')) ?? '(no cue)';
      return { article: articles[i]!, lines: [lineAt(text, from), lineAt(text, to)] as const, statement, cue };
    });
  });
  const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected[];
  const wrong = produced.filter((p) => !expected.some((e) => readings(e).some((r) => matches(p, e, r))));
  const counted = expected.filter((e) => !e.optional && readings(e).some((r) => r.issue !== null));
  const missed = counted.filter((e) => !readings(e).some((r) => produced.some((p) => matches(p, e, r))));
  const opposite = (a: string, b: string) => (a === '+' && b === '-') || (a === '-' && b === '+');
  const wrongPolarity = wrong.filter((p) =>
    expected.some((e) => readings(e).some((r) => onLine(p, e) && p.statement.holder === r.holder && p.statement.issue === r.issue && opposite(p.statement.polarity, r.polarity))),
  ).length;
  const sure = produced.filter((p) => (p.statement.confidence ?? 1) >= CONFIDENT);
  const confident = {
    produced: sure.length,
    right: sure.filter((p) => !wrong.includes(p)).length,
    found: counted.filter((e) => readings(e).some((r) => sure.some((p) => matches(p, e, r)))).length,
  };
  return { name, read: produced, produced: produced.length, right: produced.length - wrong.length, expected: counted.length, found: counted.length - missed.length, wrongPolarity, wrong, missed, confident };
}
