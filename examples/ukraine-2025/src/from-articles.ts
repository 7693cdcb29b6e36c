/**
 * The same negotiation read from text: ingest the five articles (the
 * project's own retelling of the seed articles, with their noise, alias
 * spellings, relative dates and reported speech) and analyse what came out.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { analysis, contradictionList, descendants, openMemoryStore, positionList, project } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { DEFAULT_LEXICON, ingestFiles } from '@stancelog/ingest';


/** Ingests the articles of `folder` (the example's `articles/`) into a memory store and analyses them. */
export async function fromArticles(folder: string) {
  const batch = ingestFiles([folder]);
  const store = openMemoryStore();
  // The lexicon's issues, with their parents, so conditions on peace talks reach their sub-issues.
  const issues: NewEvent[] = DEFAULT_LEXICON.issues.map(({ phrases: _phrases, ...data }) => ({ type: 'issue-defined', data }));
  const statements: NewEvent[] = batch.statements.map((data) => ({ type: 'statement-made', data }));
  const appended = await store.append([...issues, ...statements]);
  if (isLeft(appended)) throw new Error(`appending the ingested statements failed: ${appended.left.message}`);
  const projected = await project(store, analysis());
  if (isLeft(projected)) throw new Error(`analysis failed: ${projected.left.message}`);
  const state = projected.right.state;
  return {
    files: batch.files.length,
    errors: batch.errors,
    statements: batch.statements,
    inconsistencies: batch.files.flatMap((f) => (f.result._tag === 'Right' ? f.result.right.inconsistencies : [])),
    positions: positionList(state),
    contradictions: contradictionList(state),
    /** An issue and its sub-issues, as the lexicon defines them. */
    within: (issue: string): ReadonlySet<string> => descendants(state.registry, issue),
  };
}
