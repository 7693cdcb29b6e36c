/**
 * Ingesting files: each file read, decoded and ingested on its own, so that
 * one bad file (empty, binary, invalid UTF-8, too large) is reported and the
 * others go in. Metadata comes from options, front matter, or a sidecar
 * `<file>.json` / `<file-without-extension>.json`.
 *
 * @since 0.1.0
 */
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { Statement } from '@stancelog/core';
import { decodeText, DEFAULT_MAX_BYTES } from './decode-text.js';
import { ingestError, type IngestError } from './errors.js';
import { ingestText, prepareOptions, type IngestOptions, type IngestResult } from './ingest-text.js';
import { compileLexicon, Lexicon, type CompiledLexicon } from './lexicon.js';
import { DEFAULT_LEXICON } from './default-lexicon.js';
import type { ArticleMeta } from './article-meta.js';

/**
 * The outcome for each file, and all statements in file order.
 * @category api
 * @since 0.1.0
 */
export interface IngestBatch {
  readonly files: ReadonlyArray<{ readonly path: string; readonly result: E.Either<IngestError, IngestResult> }>;
  readonly statements: ReadonlyArray<Statement>;
  readonly errors: ReadonlyArray<IngestError>;
}

/**
 * Options for files: pipeline options, metadata for every file, the
 * largest file accepted, and a callback per file (for progress bars).
 * @category api
 * @since 0.1.0
 */
export interface IngestFilesOptions extends IngestOptions {
  readonly meta?: ArticleMeta;
  readonly maxBytes?: number;
  readonly onFile?: (path: string, index: number, total: number) => void;
}

const Sidecar = t.partial({ publishedAt: t.string, url: t.string, publisher: t.string, title: t.string });
const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.html', '.htm']);

/**
 * Expands folders into the article files they hold (sorted; sidecar JSON
 * files are not articles).
 *
 * @example
 * import { expandPaths } from '@stancelog/ingest'
 * assert.deepStrictEqual(expandPaths([]), [])
 * @category api
 * @since 0.1.0
 */
export function expandPaths(paths: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      for (const name of readdirSync(p).sort()) {
        if (ARTICLE_EXT.has(extname(name).toLowerCase())) out.push(join(p, name));
      }
    } else out.push(p);
  }
  return out;
}

/**
 * Reads a lexicon JSON file, merged after the default lexicon unless
 * `replace` is set.
 *
 * @example
 * import { loadLexicon } from '@stancelog/ingest'
 * import { isLeft } from 'fp-ts/lib/Either.js'
 * assert.ok(isLeft(loadLexicon('/no/such/lexicon.json')))
 * @category api
 * @since 0.1.0
 */
export function loadLexicon(path: string, replace = false): E.Either<IngestError, CompiledLexicon> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return E.left(ingestError('invalid-lexicon', path, `${path}: cannot read the lexicon (${(e as Error).message})`));
  }
  const decoded = Lexicon.decode(json);
  if (E.isLeft(decoded)) {
    const first = decoded.left[0];
    const where = first ? first.context.map((c) => c.key).filter((k) => k !== '').join('.') : '';
    return E.left(ingestError('invalid-lexicon', path, `${path}: not a lexicon (at ${where || 'the top level'})`));
  }
  return E.right(replace ? compileLexicon(decoded.right) : compileLexicon(DEFAULT_LEXICON, decoded.right));
}

function readSidecar(path: string): E.Either<IngestError, ArticleMeta | undefined> {
  const ext = extname(path);
  for (const candidate of [`${path}.json`, ext ? path.slice(0, -ext.length) + '.json' : undefined]) {
    if (!candidate || candidate === path) continue;
    let raw: string;
    try {
      raw = readFileSync(candidate, 'utf8');
    } catch {
      continue;
    }
    try {
      const decoded = Sidecar.decode(JSON.parse(raw));
      if (E.isLeft(decoded)) return E.left(ingestError('invalid-metadata', candidate, `${candidate}: metadata fields must be strings`));
      return E.right(decoded.right);
    } catch (e) {
      return E.left(ingestError('invalid-metadata', candidate, `${candidate}: not JSON (${(e as Error).message})`));
    }
  }
  return E.right(undefined);
}

/**
 * Ingests files and folders. Never throws for a bad file: its error is in
 * `errors` and the other files' statements are in `statements`.
 *
 * @example
 * import { ingestFiles } from '@stancelog/ingest'
 * const batch = ingestFiles(['/no/such/file.txt'])
 * assert.strictEqual(batch.errors[0]?.reason, 'unreadable')
 * @category api
 * @since 0.1.0
 */
export function ingestFiles(paths: ReadonlyArray<string>, options: IngestFilesOptions = {}): IngestBatch {
  const prepared = prepareOptions(options);
  const files: Array<{ path: string; result: E.Either<IngestError, IngestResult> }> = [];
  const list = expandPaths(paths);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  list.forEach((path, index) => {
    options.onFile?.(path, index, list.length);
    files.push({ path, result: ingestFile(path, options.meta, maxBytes, prepared) });
  });
  const statements: Statement[] = [];
  const errors: IngestError[] = [];
  for (const f of files) {
    if (E.isRight(f.result)) statements.push(...f.result.right.statements);
    else errors.push(f.result.left);
  }
  return { files, statements, errors };
}

function ingestFile(path: string, meta: ArticleMeta | undefined, maxBytes: number, prepared: ReturnType<typeof prepareOptions>): E.Either<IngestError, IngestResult> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return E.left(ingestError('unreadable', path, `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
  }
  // Refuse oversized files before reading them into memory.
  if (size > maxBytes) return E.left(ingestError('too-large', path, `${path}: ${size} bytes is more than the limit of ${maxBytes} bytes`));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return E.left(ingestError('unreadable', path, `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
  }
  const text = decodeText(bytes, path, maxBytes);
  if (E.isLeft(text)) return text;
  const sidecar = readSidecar(path);
  if (E.isLeft(sidecar)) return sidecar;
  return ingestText(text.right, { ...(sidecar.right ?? {}), ...(meta ?? {}) }, prepared, path);
}
