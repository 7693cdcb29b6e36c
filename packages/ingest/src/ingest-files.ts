/**
 * Ingesting files: each file read, decoded and ingested on its own, so that
 * one bad file (empty, binary, invalid UTF-8, too large) is reported and the
 * others go in. Metadata comes from options, a sidecar `<file>.json` /
 * `<file-without-extension>.json`, or front matter, each winning over the
 * next field by field.
 *
 * @since 0.1.0
 */
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { Actor, decodeIssues, unknownFieldIssues, type Statement } from '@stancelog/core';
import { decodeText, DEFAULT_MAX_BYTES } from './decode-text.js';
import { ingestError, type IngestError } from './errors.js';
import { INGEST_OPTIONS, ingestText, prepareOptions, type IngestOptions, type IngestResult } from './ingest-text.js';
import { describeValue, optionsProblem, type OptionRule } from '@stancelog/core/store-kit';
import { compileLexicon, Lexicon, type CompiledLexicon } from './lexicon.js';
import { DEFAULT_LEXICON } from './default-lexicon.js';
import { sidecarProblem, type ArticleMeta } from './article-meta.js';
import { parseJson } from './json-text.js';
import { actorNameKey } from './actor-registry.js';

/**
 * The outcome for each file, and all statements in file order.
 *
 * @example
 * import { ingestFiles, type IngestBatch } from '@stancelog/ingest'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(dir, 'a.txt'), 'Kyiv rejected any territorial concessions on Friday, officials said.')
 * writeFileSync(join(dir, 'b.txt'), '')
 * const batch: IngestBatch = ingestFiles([dir], { meta: { publishedAt: '2025-05-17' } })
 * assert.deepStrictEqual(batch.files.map((f) => [f.path.slice(dir.length + 1), f.result._tag]), [['a.txt', 'Right'], ['b.txt', 'Left']])
 * assert.deepStrictEqual(batch.statements.map((s) => s.holder), ['ukraine'])
 * assert.deepStrictEqual(batch.errors.map((e) => e.message), [`${join(dir, 'b.txt')}: the file is empty`])
 * @category api
 * @since 0.1.0
 */
export interface IngestBatch {
  readonly files: ReadonlyArray<{ readonly path: string; readonly result: E.Either<IngestError, IngestResult> }>;
  readonly statements: ReadonlyArray<Statement>;
  readonly errors: ReadonlyArray<IngestError>;
  /**
   * The people the files' statements name as speakers that the register
   * does not hold (each file's `unregisteredSpeakers`), once each, in the
   * order first named: persons of kind `person`, for the caller to register
   * with the statements.
   */
  readonly unregisteredSpeakers: ReadonlyArray<Actor>;
  /**
   * What the folders given hold and the batch did not read: their
   * subfolders (a folder is not read into) and their files of other
   * extensions than {@link ARTICLE_EXTENSIONS}' (sidecar files and hidden
   * files aside), for the caller to say so.
   */
  readonly skipped: ReadonlyArray<SkippedPath>;
}

/**
 * Something a folder given to `ingestFiles` holds that the batch did not
 * read: a subfolder (`reason: 'folder'`; reading a tree would pull in
 * whatever it holds, so a subfolder is read only when given as a path of
 * its own) or a file of another extension (`not-an-article`).
 *
 * @example
 * import { ingestFiles, type SkippedPath } from '@stancelog/ingest'
 * import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
 * mkdirSync(join(dir, 'sub'))
 * for (const name of ['a.TXT', 'c.docx', 'sub/b.txt']) writeFileSync(join(dir, name), 'Kyiv rejected any territorial concessions on Friday.')
 * const skipped: ReadonlyArray<SkippedPath> = ingestFiles([dir]).skipped
 * assert.deepStrictEqual(skipped, [{ folder: dir, name: 'c.docx', reason: 'not-an-article' }, { folder: dir, name: 'sub', reason: 'folder' }])
 * @category api
 * @since 0.1.0
 */
export interface SkippedPath {
  /** The folder, as given. */
  readonly folder: string;
  /** The name of what it holds. */
  readonly name: string;
  readonly reason: 'folder' | 'not-an-article';
}

/**
 * Options for files: pipeline options, metadata for every file, the
 * largest file accepted, and a callback per file (for progress bars).
 *
 * @example
 * import { ingestFiles, type IngestFilesOptions } from '@stancelog/ingest'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(dir, 'a.txt'), 'Kyiv rejected any territorial concessions, officials said.')
 * writeFileSync(join(dir, 'b.txt'), 'Moscow rejected any ceasefire on Friday, the ministry said. '.repeat(10))
 * const seen: string[] = []
 * const options: IngestFilesOptions = { meta: { publisher: 'Wire' }, maxBytes: 200, onFile: (path, i, total) => seen.push(`${i + 1}/${total}`) }
 * const batch = ingestFiles([dir], options)
 * assert.deepStrictEqual(seen, ['1/2', '2/2'])
 * assert.strictEqual(batch.statements[0]?.source.publisher, 'Wire')
 * assert.deepStrictEqual(batch.errors.map((e) => e.reason), ['too-large'])
 * @category api
 * @since 0.1.0
 */
export interface IngestFilesOptions extends IngestOptions {
  /** Metadata for every file, over its sidecar file and front matter. */
  readonly meta?: ArticleMeta | undefined;
  /** Largest file accepted, in bytes (default 5 MiB). */
  readonly maxBytes?: number | undefined;
  /** Called before each file is read. */
  readonly onFile?: ((path: string, index: number, total: number) => void) | undefined;
}

/**
 * The extensions of the files a folder's articles are read from, in any
 * case (`a.TXT` too); a file named as a path of its own is read whatever
 * its extension, `.json` and `.jsonl` aside.
 *
 * @example
 * import { ARTICLE_EXTENSIONS } from '@stancelog/ingest'
 * assert.deepStrictEqual(ARTICLE_EXTENSIONS, ['.txt', '.text', '.md', '.html', '.htm'])
 * @category api
 * @since 0.1.0
 */
export const ARTICLE_EXTENSIONS: ReadonlyArray<string> = Object.freeze(['.txt', '.text', '.md', '.html', '.htm']);

const ARTICLE_EXT = new Set(ARTICLE_EXTENSIONS);
// ".txt, .text, .md, .html or .htm", for a message.
const extensionWords = (): string => `${ARTICLE_EXTENSIONS.slice(0, -1).join(', ')} or ${ARTICLE_EXTENSIONS[ARTICLE_EXTENSIONS.length - 1]!}`;

// What ingestFiles takes: ingestText's options, and its own.
const INGEST_FILES_OPTIONS: Readonly<Record<string, OptionRule>> = {
  ...INGEST_OPTIONS,
  meta: { accepts: (v) => typeof v === 'object' && v !== null, expected: 'the articles\' metadata { publishedAt, url, publisher, title }' },
  maxBytes: { accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v > 0, expected: 'a whole number of bytes, 1 or more' },
  onFile: { accepts: (v) => typeof v === 'function', expected: 'a function (path, index, total)' },
};

/**
 * Expands folders into the article files they hold (sorted; sidecar JSON
 * files are not articles), and says what else they hold, unread: their
 * subfolders, which are not read into, and their files of other
 * extensions (hidden files aside). Other paths are kept as given.
 *
 * @example
 * import { expandPaths } from './ingest-files.js'
 * import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
 * mkdirSync(join(dir, 'old'))
 * for (const name of ['b.html', 'a.txt', 'a.txt.json', 'notes.pdf', '.DS_Store']) writeFileSync(join(dir, name), 'x')
 * assert.deepStrictEqual(expandPaths([dir, 'missing.txt']), {
 *   files: [join(dir, 'a.txt'), join(dir, 'b.html'), 'missing.txt'],
 *   skipped: [{ folder: dir, name: 'notes.pdf', reason: 'not-an-article' }, { folder: dir, name: 'old', reason: 'folder' }],
 * })
 * @category api
 * @since 0.1.0
 * @internal
 */
export function expandPaths(paths: ReadonlyArray<string>): { files: string[]; skipped: SkippedPath[] } {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const p of paths) {
    if (!isFolder(p)) {
      files.push(p);
      continue;
    }
    const names = readdirSync(p).sort();
    const articles = new Set(names.filter((name) => ARTICLE_EXT.has(extname(name).toLowerCase()) && !isFolder(join(p, name))));
    // An article's sidecar is read with it; a JSON file that is none is named, as any other file not read.
    const sidecars = new Set([...articles].flatMap((name) => [`${name}.json`, `${name.slice(0, -extname(name).length)}.json`]));
    for (const name of names) {
      if (articles.has(name)) files.push(join(p, name));
      // Hidden files and folders (.DS_Store, .gitkeep, .git/) are the system's or a tool's, not the user's to be told of.
      else if (name.startsWith('.')) continue;
      else if (isFolder(join(p, name))) skipped.push({ folder: p, name, reason: 'folder' });
      else if (!sidecars.has(name)) skipped.push({ folder: p, name, reason: 'not-an-article' });
    }
  }
  return { files, skipped };
}

// Whether a path is a folder (through a symbolic link too); a path that cannot be read is none.
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Checks an actors file's JSON (a register of your own, as `stancelog
 * ingest --actors` takes it): an array of core `Actor`s, each field of the
 * right type and none unknown (a misspelt `alias` or office `to` would be
 * read as nothing), no two of one id, no name or alias on two actors (the
 * text's every use of it would go to the first; names compared as the
 * text's words are matched, in any case, "the" aside). A `Left` is the first problem, by
 * its entry and path (`[1].kind: ...`), for a message that names the file
 * before it.
 *
 * @example
 * import { checkActors } from '@stancelog/ingest'
 * const union = { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['HWU'] }
 * assert.ok(checkActors([union])._tag === 'Right')
 * assert.deepStrictEqual(checkActors([{ ...union, alias: ['HWU'] }]), { _tag: 'Left', left: '[0].alias: unknown field (aliases?)' })
 * assert.deepStrictEqual(checkActors([union, { id: 'port', kind: 'organisation', name: 'Port', aliases: ['hwu'] }]),
 *   { _tag: 'Left', left: '[1].aliases[0]: "hwu" is already a name of [0] (dockers-union): a name stands for one actor' })
 * @category api
 * @since 0.1.0
 */
export function checkActors(json: unknown): E.Either<string, ReadonlyArray<Actor>> {
  if (!Array.isArray(json)) return E.left(`expected an array of actors ({ "id", "kind", "name", "aliases", "offices" }), got ${describeValue(json)}`);
  const actors: Actor[] = [];
  const seen = new Map<string, number>();
  const names = new Map<string, { index: number; id: string }>();
  for (const [i, value] of json.entries()) {
    const decoded = Actor.decode(value);
    const at = (path: string): string => `[${i}]${path === '' ? '' : `.${path}`}`;
    // Each issue as the codecs say it (a blank name as append says it, an id with the one it may have meant), at its entry.
    const issues = E.isLeft(decoded) ? decodeIssues(decoded.left).map((d) => `${at(d.path)}: ${d.message.slice(d.path === '' ? 'value: '.length : d.path.length + 2)}`) : [];
    // A misspelt field (`alias` for `aliases`) would be ignored without a word.
    const unknown = unknownFieldIssues(Actor, value, `[${i}]`).map((issue) => issue.message);
    if (E.isLeft(decoded) || unknown.length > 0) return E.left([...issues, ...unknown].join('; '));
    // Two entries with one id: one would silently lose its aliases.
    const before = seen.get(decoded.right.id);
    if (before !== undefined) return E.left(`[${i}].id: ${JSON.stringify(decoded.right.id)} is already the id of [${before}]`);
    seen.set(decoded.right.id, i);
    // One name on two actors: the text's every use of it would go to the first, the other never named by it.
    const named = decoded.right.aliases === undefined ? [['name', decoded.right.name]] : [['name', decoded.right.name], ...decoded.right.aliases.map((a, k) => [`aliases[${k}]`, a])];
    for (const [path, name] of named) {
      const key = actorNameKey(name!);
      const owner = names.get(key);
      if (owner !== undefined && owner.index !== i) return E.left(`[${i}].${path}: ${JSON.stringify(name)} is already a name of [${owner.index}] (${owner.id}): a name stands for one actor`);
      names.set(key, { index: i, id: decoded.right.id });
    }
    actors.push(decoded.right);
  }
  return E.right(actors);
}

/**
 * Reads a lexicon JSON file and checks it, without compiling it: what
 * {@link lexiconWarnings} reads, and what {@link loadLexicon} compiles. A
 * file that cannot be read or is no lexicon is an `invalid-lexicon` error
 * naming the file and what is wrong, as `stancelog append` and the actors
 * file of `stancelog ingest --actors` name it: a file that is not UTF-8
 * (UTF-16, gzip, Latin-1) as {@link decodeText} names an article's, with
 * the command that converts it; text that is not JSON by
 * its line and column, a field of the wrong type, missing, or unknown (a
 * misspelt `polarity` would otherwise be dropped, and the phrase read as
 * `+`) by its path; so are two issues of one id, and an issue whose
 * parents make a cycle (with the default lexicon's issues unless `replace`
 * is set): every one of these in one error, so that a misspelt field does
 * not hide a duplicate id until the next read.
 *
 * @example
 * import { lexiconWarnings, readLexicon } from '@stancelog/ingest'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'port.json')
 * writeFileSync(file, JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout'] }] }))
 * const read = readLexicon(file)
 * assert.ok(read._tag === 'Right')
 * assert.deepStrictEqual([read.right.issues[0]?.id, lexiconWarnings(read.right)], ['strike', []])
 * writeFileSync(file, JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout', { phrase: 'pay freeze', polarty: '-' }] }] }))
 * const typo = readLexicon(file)
 * assert.ok(typo._tag === 'Left' && typo.left.message === `${file}: issues[0].phrases[1].polarty: unknown field (polarity?)`)
 * writeFileSync(file, '{ "name": "port",\n  "issues": [,] }')
 * const syntax = readLexicon(file)
 * assert.ok(syntax._tag === 'Left' && syntax.left.message === `${file}: not JSON at line 2, column 14: expected a value, got ","`)
 * writeFileSync(file, JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', parent: 'strike', phrases: ['walkout'] }] }))
 * const cycle = readLexicon(file)
 * assert.ok(cycle._tag === 'Left' && cycle.left.message.endsWith('makes a cycle of issues (strike within strike): an issue is not within itself'))
 * @category api
 * @since 0.1.0
 */
export function readLexicon(path: string, replace = false): E.Either<IngestError, Lexicon> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return E.left(ingestError('invalid-lexicon', path, `${path}: cannot read the lexicon (${(e as Error).message})`));
  }
  // UTF-16, gzip, Latin-1 said as an article's are, with the command that converts it: not as JSON gone wrong at its
  // first byte, nor (Latin-1) read with its accented letters lost. No size limit: the file is the user's own data.
  const text = decodeText(bytes, path, Infinity);
  if (E.isLeft(text)) return E.left(ingestError('invalid-lexicon', path, text.left.message));
  const json = parseJson(text.right);
  if (E.isLeft(json)) return E.left(ingestError('invalid-lexicon', path, `${path}: ${json.left.message}`));
  return E.mapLeft((problems: ReadonlyArray<string>) => {
    // A typo repeated through a long file is named a few times, then counted.
    const shown = problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more`] : problems;
    return ingestError('invalid-lexicon', path, `${path}: ${shown.join('; ')}`);
  })(checkLexicon(json.right, replace));
}

// Problems of a lexicon named one by one in its error; beyond, counted.
const MAX_PROBLEMS = 10;

// The lexicon read from JSON, or everything wrong with it at once, each with its path: decoding, unknown fields, ids,
// parents. The ids and parents are looked at in the JSON as it is, so that a misspelt field elsewhere does not hide
// them until the next run.
function checkLexicon(json: unknown, replace: boolean): E.Either<string[], Lexicon> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return E.left([`expected a lexicon ({ "name", "issues": [{ "id", "title", "proposition", "phrases" }] }), got ${describeValue(json)}`]);
  }
  const decoded = Lexicon.decode(json);
  // decodeIssues skips the members of intersections and unions, which
  // are no fields: "issues[0].proposition", not "issues.0.0.0.proposition".
  const problems = [...(E.isLeft(decoded) ? decodeIssues(decoded.left).map((i) => i.message) : []), ...unknownFieldIssues(Lexicon, json).map((i) => i.message)];
  // Each issue's id and parent as written, where they are strings: what the checks below need, decoded or not.
  const raw = (json as { issues?: unknown }).issues;
  const issues = (Array.isArray(raw) ? raw : []).map((issue: unknown) => {
    const { id, parent } = (typeof issue === 'object' && issue !== null ? issue : {}) as { id?: unknown; parent?: unknown };
    return { id: typeof id === 'string' ? id : undefined, parent: typeof parent === 'string' ? parent : undefined };
  });
  // Two issues of one id: the later one's title and parent would stand for both, and its phrases join the other's.
  const first = new Map<string, number>();
  for (const [index, issue] of issues.entries()) {
    if (issue.id === undefined) continue;
    const before = first.get(issue.id);
    if (before !== undefined) problems.push(`issues[${index}].id: ${JSON.stringify(issue.id)} is already the id of issues[${before}]`);
    else first.set(issue.id, index);
  }
  const cycle = parentCycle(issues, replace ? [] : DEFAULT_LEXICON.issues);
  if (cycle !== undefined) problems.push(cycle);
  return E.isLeft(decoded) || problems.length > 0 ? E.left(problems) : E.right(decoded.right);
}

/**
 * Reads a lexicon JSON file ({@link readLexicon}) and compiles it, merged
 * after the default lexicon unless `replace` is set.
 *
 * @example
 * import { ingestText, loadLexicon } from '@stancelog/ingest'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const file = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'port.json')
 * writeFileSync(file, JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Strike', proposition: 'the union strikes', phrases: ['walkout'] }] }))
 * const loaded = loadLexicon(file)
 * assert.ok(loaded._tag === 'Right')
 * const r = ingestText('Kyiv rejected a walkout and any ceasefire on Friday.', { publishedAt: '2025-05-17' }, { lexicon: loaded.right })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.statements.map((s) => s.issue), ['strike', 'ceasefire'])
 * writeFileSync(file, JSON.stringify({ name: 'port', issues: [{ id: 'strike', title: 'Strike', phrases: ['walkout'] }] }))
 * const bad = loadLexicon(file)
 * assert.deepStrictEqual(bad._tag === 'Left' && [bad.left.reason, bad.left.message], ['invalid-lexicon', `${file}: issues[0].proposition: required: a string`])
 * @category api
 * @since 0.1.0
 */
export function loadLexicon(path: string, replace = false): E.Either<IngestError, CompiledLexicon> {
  return E.map((lexicon: Lexicon) => (replace ? compileLexicon(lexicon) : compileLexicon(DEFAULT_LEXICON, lexicon)))(readLexicon(path, replace));
}

// The first issue of the lexicon whose parent makes the issues a cycle (a within b within a, or a within itself),
// the lexicon's own issues taking the place of the defaults' of the same id: every issue it defined would be within
// itself in the log.
function parentCycle(
  issues: ReadonlyArray<{ readonly id: string | undefined; readonly parent: string | undefined }>,
  defaults: ReadonlyArray<{ readonly id: string; readonly parent?: string | undefined }>,
): string | undefined {
  const parents = new Map<string, string | undefined>(defaults.map((i) => [i.id, i.parent]));
  for (const i of issues) if (i.id !== undefined) parents.set(i.id, i.parent);
  for (const [index, issue] of issues.entries()) {
    if (issue.id === undefined) continue;
    const chain = [issue.id];
    for (let node = issue.parent; node !== undefined && chain.length <= parents.size + 1; node = parents.get(node)) {
      chain.push(node);
      if (node === issue.id) return `issues[${index}].parent: ${JSON.stringify(issue.parent)} makes a cycle of issues (${chain.join(' within ')}): an issue is not within itself`;
    }
  }
  return undefined;
}

function readSidecar(path: string): E.Either<IngestError, ArticleMeta | undefined> {
  const ext = extname(path);
  for (const candidate of [`${path}.json`, ext ? path.slice(0, -ext.length) + '.json' : undefined]) {
    if (!candidate || candidate === path) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(candidate);
    } catch {
      continue;
    }
    // Named as the sidecar of its article: a lexicon or register kept beside the article under its name is read as one.
    const named = `${candidate} (read as the sidecar of ${basename(path)})`;
    // Decoded as its article is: UTF-16 or gzip named as such, Latin-1 refused rather than its accents lost. The
    // message begins with the file, named here as the sidecar; its command converts the file by its own name.
    const raw = decodeText(bytes, candidate, Infinity);
    if (E.isLeft(raw)) return E.left(ingestError('invalid-metadata', candidate, named + raw.left.message.slice(candidate.length)));
    const json = parseJson(raw.right);
    if (E.isLeft(json)) return E.left(ingestError('invalid-metadata', candidate, `${named}: ${json.left.message}`));
    const problem = sidecarProblem(json.right);
    return problem ? E.left(ingestError('invalid-metadata', candidate, `${named}: ${problem}`)) : E.right(json.right as ArticleMeta);
  }
  return E.right(undefined);
}


/**
 * Ingests files and folders (a folder's `.txt`, `.text`, `.md`, `.html` and
 * `.htm` files, sorted; not its subfolders: what a folder holds and the
 * batch does not read is in `skipped`). Never throws for a bad file: its error is in
 * `errors` and the other files' statements are in `statements`. Metadata
 * comes from `options.meta`, front matter, or a sidecar `<file>.json`
 * (fields `publishedAt`, `url`, `publisher`, `title`: any other field, or a
 * `publishedAt` that is no date, is an `invalid-metadata` error naming the
 * sidecar file and the field).
 *
 * @example
 * import { ingestFiles } from '@stancelog/ingest'
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { join } from 'node:path'
 * import { tmpdir } from 'node:os'
 * const batch = ingestFiles(['/no/such/file.txt'])
 * assert.strictEqual(batch.errors[0]?.reason, 'unreadable')
 * const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
 * writeFileSync(join(dir, 'a.txt'), 'Kyiv rejected any territorial concessions on Friday.')
 * writeFileSync(join(dir, 'a.txt.json'), JSON.stringify({ titel: 'Talks stall', publishedAt: '2025-06-04' }))
 * assert.deepStrictEqual(ingestFiles([dir]).errors.map((e) => e.message), [`${join(dir, 'a.txt.json')} (read as the sidecar of a.txt): unknown field "titel" (did you mean "title"?)`])
 * @category api
 * @since 0.1.0
 */
export function ingestFiles(paths: ReadonlyArray<string>, options: IngestFilesOptions = {}): IngestBatch {
  // Options from JavaScript, each named as given: the batch reads nothing, and says why.
  const wrong = optionsProblem(options, INGEST_FILES_OPTIONS);
  if (wrong !== undefined) return { files: [], statements: [], errors: [ingestError('invalid-options', '<options>', `ingestFiles: ${wrong}`)], unregisteredSpeakers: [], skipped: [] };
  const prepared = prepareOptions(options);
  const files: Array<{ path: string; result: E.Either<IngestError, IngestResult> }> = [];
  const { files: list, skipped } = expandPaths(paths);
  const named = new Set(paths);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  list.forEach((path, index) => {
    options.onFile?.(path, index, list.length);
    // A path named as it is may be a pipe (`stancelog ingest <(curl ...)`); one found in a folder must be a file.
    files.push({ path, result: ingestFile(path, options.meta, maxBytes, prepared, !named.has(path)) });
  });
  const statements: Statement[] = [];
  const errors: IngestError[] = [];
  const people = new Map<string, Actor>();
  for (const f of files) {
    if (E.isRight(f.result)) {
      statements.push(...f.result.right.statements);
      for (const p of f.result.right.unregisteredSpeakers) if (!people.has(p.id)) people.set(p.id, p);
    } else errors.push(f.result.left);
  }
  return { files, statements, errors, unregisteredSpeakers: [...people.values()], skipped };
}

/** Why a file could not be read, in words rather than Node's code. */
function cannotRead(path: string, error: unknown): IngestError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'a folder, not a file' : `cannot read (${code ?? 'error'})`;
  return ingestError('unreadable', path, `${path}: ${why}`);
}

// Files that hold data, never an article: named directly, they are a slip (an actors file or a lexicon given as an article).
const DATA_EXT = new Set(['.json', '.jsonl']);

function ingestFile(path: string, meta: ArticleMeta | undefined, maxBytes: number, prepared: ReturnType<typeof prepareOptions>, inFolder: boolean): E.Either<IngestError, IngestResult> {
  if (DATA_EXT.has(extname(path).toLowerCase())) {
    return E.left(ingestError('not-an-article', path, `${path}: a JSON file, not an article (${extensionWords()}); actors and lexicons are given as options, not as articles`));
  }
  let size: number;
  try {
    const stat = statSync(path);
    // Reading a named pipe found in a folder waits for a writer that may never come; a device is no article.
    if (inFolder && !stat.isFile()) return E.left(ingestError('unreadable', path, `${path}: not a regular file (${stat.isFIFO() ? 'a named pipe' : 'a device or socket'})`));
    size = stat.size;
  } catch (e) {
    return E.left(cannotRead(path, e));
  }
  // Refuse oversized files before reading them into memory.
  if (size > maxBytes) return E.left(ingestError('too-large', path, `${path}: ${size} bytes is more than the limit of ${maxBytes} bytes`));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return E.left(cannotRead(path, e));
  }
  const text = decodeText(bytes, path, maxBytes);
  if (E.isLeft(text)) return text;
  const sidecar = readSidecar(path);
  if (E.isLeft(sidecar)) return sidecar;
  return ingestText(text.right, { ...(sidecar.right ?? {}), ...(meta ?? {}) }, prepared, path);
}
