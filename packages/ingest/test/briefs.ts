// What the specs of ingest's reading compare: each statement of a sentence
// as one line (`holder kind polarity issue`), with its conditions and the
// rules that read it, published on a fixed day by a fixed wire.
import { isRight } from 'fp-ts/lib/Either.js';
import { ingestText } from '@stancelog/ingest';

/** The statements ingest reads in `text`, briefly, with their conditions and rules. */
export const read = (text: string) => {
  const r = ingestText(text, { publishedAt: '2025-09-12', publisher: 'Wire' });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right.statements.map((s, i) => ({
    brief: `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`,
    conditions: s.conditions ?? [],
    rules: r.right.explanations[i]!.rules,
  }));
};

/** Only the briefs: `['ukraine reject - territorial-concessions']`. */
export const brief = (text: string) => read(text).map((x) => x.brief);
