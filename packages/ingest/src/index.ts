/**
 * @stancelog/ingest: from news articles to stancelog statements, each with
 * the quote that proves it and the rules that produced it.
 *
 * The public surface is the pipeline's entry points and what configures
 * them: actor registers, issue lexicons and cue rules. The steps of the
 * pipeline (tokens, quotes, attribution, clauses, stances, dates) are
 * internal modules, marked `@internal`, and may change in any release.
 *
 * @packageDocumentation
 */
export { ingestText, prepareOptions } from './ingest-text.js';
export type { Explanation, IngestOptions, IngestResult, PreparedOptions } from './ingest-text.js';
export { ARTICLE_EXTENSIONS, checkActors, ingestFiles, loadLexicon, readLexicon } from './ingest-files.js';
export type { IngestBatch, IngestFilesOptions, SkippedPath } from './ingest-files.js';
export type { IngestError } from './errors.js';
export { decodeText, decodeUtf8, notUtf8Message, shellWord } from './decode-text.js';
export type { InvalidUtf8, NotUtf8Options } from './decode-text.js';
export { parseJson } from './json-text.js';
export type { JsonSyntaxError } from './json-text.js';
export type { ArticleMeta } from './article-meta.js';
export type { ArticleLine } from './boilerplate.js';
export type { SourceInconsistency } from './title-check.js';
export { buildRegistry } from './actor-registry.js';
export type { ActorRegistry } from './actor-registry.js';
export { DEFAULT_ACTORS, DEFAULT_DEMONYMS } from './default-actors.js';
export { Lexicon, LexiconEntry, LexiconPhrase, compileLexicon } from './lexicon.js';
export { lexiconWarnings } from './lexicon-check.js';
export type { LexiconWarningOptions } from './lexicon-check.js';
export type { CompiledLexicon } from './lexicon.js';
export { DEFAULT_LEXICON } from './default-lexicon.js';
export { CUE_RULES, CONCESSION_WORDS } from './cue-rules.js';
export type { CueRule, CueScope, HolderRole } from './cue-rules.js';
export { definitionsFor } from './definitions.js';
export type { Defined, Ids, Vocabulary } from './definitions.js';
export { recordBatch } from './record-batch.js';
export type { RecordOptions, Recorded } from './record-batch.js';
export type { UnreadReason, UnreadSentence } from './unread.js';
