/**
 * The lexicon types are written out by hand (so signatures name them), but
 * they must stay the types the codecs decode to: `pnpm typecheck` checks this
 * file (it holds no jest test; a difference is a type error here), as
 * packages/core/test/model-types.check.ts does for core's model.
 */
import type * as t from 'io-ts';
import type { Lexicon, LexiconEntry, LexiconPhrase } from '@stancelog/ingest';
import type * as codecs from '@stancelog/ingest';
import type { Same } from '../../../test-support/type-equality.js';


export const sameAsCodecs: { [K in 'LexiconPhrase' | 'LexiconPhraseObject' | 'LexiconEntry' | 'Lexicon']: true } = {
  LexiconPhrase: true as Same<LexiconPhrase, t.TypeOf<typeof codecs.LexiconPhrase>>,
  // The union's object member on its own: keyof a union with string says little.
  LexiconPhraseObject: true as Same<Exclude<LexiconPhrase, string>, Exclude<t.TypeOf<typeof codecs.LexiconPhrase>, string>>,
  LexiconEntry: true as Same<LexiconEntry, t.TypeOf<typeof codecs.LexiconEntry>>,
  Lexicon: true as Same<Lexicon, t.TypeOf<typeof codecs.Lexicon>>,
};
