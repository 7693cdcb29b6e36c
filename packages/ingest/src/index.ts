/**
 * @stancelog/ingest: from news articles to stancelog statements, each with
 * the quote that proves it and the rules that produced it.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './nlp.js';
export * from './phrase-matcher.js';
export * from './default-actors.js';
export * from './actor-registry.js';
export * from './lexicon.js';
export * from './default-lexicon.js';
export * from './cue-rules.js';
export * from './quotes.js';
export * from './dates.js';
export * from './html.js';
export * from './article-meta.js';
export * from './decode-text.js';
export * from './boilerplate.js';
export * from './sentence-context.js';
export * from './attribution.js';
export * from './clauses.js';
export * from './provisional-issue.js';
export * from './stance.js';
export * from './title-check.js';
export * from './ingest-text.js';
export * from './ingest-files.js';
