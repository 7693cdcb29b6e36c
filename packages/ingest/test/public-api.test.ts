import * as ingest from '@stancelog/ingest';

describe('the public surface of @stancelog/ingest', () => {
  it('is the entry points and what configures them, none of the pipeline steps', () => {
    expect(Object.keys(ingest).sort()).toEqual([
      'ARTICLE_EXTENSIONS',
      'CONCESSION_WORDS',
      'CUE_RULES',
      'DEFAULT_ACTORS',
      'DEFAULT_DEMONYMS',
      'DEFAULT_LEXICON',
      'Lexicon',
      'LexiconEntry',
      'LexiconPhrase',
      'buildRegistry',
      'checkActors',
      'compileLexicon',
      'decodeText',
      'decodeUtf8',
      'definitionsFor',
      'ingestFiles',
      'ingestText',
      'lexiconWarnings',
      'loadLexicon',
      'notUtf8Message',
      'parseJson',
      'prepareOptions',
      'readLexicon',
      'recordBatch',
      'shellWord',
    ]);
  });
});
