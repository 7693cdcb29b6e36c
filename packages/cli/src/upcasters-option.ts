/**
 * `$STANCELOG_UPCASTERS`: upcasters of the user's own, loaded from a
 * JavaScript module and given to every store a command opens (the log of
 * `--store`, and the target of `copy --to`), so that the command line reads
 * a log holding events an older schema of the user's own wrote, as the file
 * and PostgreSQL stores do when opened with `upcasters` in code.
 *
 * A variable, not an option: every store a run opens goes through one
 * function (`openStoreOption`), which reads the environment as the
 * file store's opener reads `$STANCELOG_LOCK_WAIT_MS`, and a copy's two
 * stores need the same upcasters (the target keeps an event as it was
 * written, and reads it through them).
 *
 * @since 0.1.0
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import type { Upcaster } from '@stancelog/core';
import { optionsProblem, UPCASTERS_OPTION } from '@stancelog/core/store-kit';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { importModule, loadHint, thrownText } from './rules-option.js';

const VARIABLE = '$STANCELOG_UPCASTERS';
const NONE = 'exports no upcasters: export default an array of upcasters ({ type, from, up }), or export const upcasters = [...] (module.exports in CommonJS)';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The upcasters a module's exports give (its namespace, as `import()`
 * gives it), or why they give none: a named export `upcasters`, or the
 * default export (an array, or a CommonJS module's `module.exports`
 * holding `upcasters`). Each is checked as the stores check theirs.
 *
 * @example
 * import { exportedUpcasters } from './upcasters-option.js'
 * const up = { type: 'alias-added', from: 0, up: (d: any) => ({ actor: d.actor, alias: d.name }) }
 * assert.deepStrictEqual(exportedUpcasters({ upcasters: [up] }), { _tag: 'Right', right: [up] })
 * assert.deepStrictEqual(exportedUpcasters({ default: { upcasters: [up] } }), { _tag: 'Right', right: [up] })
 * const bad = exportedUpcasters({ default: [{ type: 'alias-added', from: 0 }] })
 * assert.ok(bad._tag === 'Left' && bad.left === 'export default: expected an array of upcasters ({ type, from, up }), got [{"type":"alias-added","from":0}]')
 * @category store
 * @since 0.1.0
 * @internal
 */
export function exportedUpcasters(namespace: unknown): Either<string, ReadonlyArray<Upcaster>> {
  const exports = isObject(namespace) ? namespace : {};
  const fallback = exports['default'];
  // A CommonJS module's module.exports is the default; one compiled from TypeScript holds the default export as `default`.
  const commonJs = isObject(fallback) && !Array.isArray(fallback) ? (fallback['__esModule'] === true ? fallback['default'] : fallback['upcasters']) : undefined;
  const [name, found] =
    exports['upcasters'] !== undefined ? ['export upcasters', exports['upcasters']] : Array.isArray(fallback) ? ['export default', fallback] : commonJs !== undefined ? ['module.exports.upcasters', commonJs] : [undefined, undefined];
  if (name === undefined) return left(NONE);
  const problem = optionsProblem({ upcasters: found }, { upcasters: UPCASTERS_OPTION });
  return problem === undefined ? right(found as ReadonlyArray<Upcaster>) : left(`${name}: ${problem.replace(/^upcasters: /, '')}`);
}

/**
 * The upcasters `$STANCELOG_UPCASTERS` names (a module's path, from the
 * working directory), none when it is unset or empty, or why they cannot
 * be loaded: the error names the variable and the file.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { loadUpcasters } from './upcasters-option.js'
 * const cwd = mkdtempSync(join(tmpdir(), 'upcasters-'))
 * writeFileSync(join(cwd, 'old-aliases.mjs'), "export default [{ type: 'alias-added', from: 0, up: (d) => ({ actor: d.actor, alias: d.name }) }]\n")
 * const r = await loadUpcasters({ cwd, env: { STANCELOG_UPCASTERS: 'old-aliases.mjs' } })
 * assert.ok(r._tag === 'Right' && r.right?.[0]?.type === 'alias-added')
 * assert.deepStrictEqual(await loadUpcasters({ cwd, env: {} }), { _tag: 'Right', right: undefined })
 * const none = await loadUpcasters({ cwd, env: { STANCELOG_UPCASTERS: 'nope.mjs' } })
 * assert.ok(none._tag === 'Left' && none.left.message === '$STANCELOG_UPCASTERS nope.mjs: no such file')
 * @category store
 * @since 0.1.0
 * @internal
 */
export async function loadUpcasters(io: Pick<CliIo, 'cwd' | 'env'>): Promise<Either<CliError, ReadonlyArray<Upcaster> | undefined>> {
  const file = io.env['STANCELOG_UPCASTERS'];
  if (file === undefined || file.trim() === '') return right(undefined);
  const failed = (why: string): Either<CliError, never> => left(cliError(`${VARIABLE} ${file}: ${why}`));
  const path = resolve(io.cwd, file);
  try {
    if (statSync(path).isDirectory()) return failed('a folder, not a module file');
  } catch (error) {
    const code = isObject(error) ? error['code'] : undefined;
    return failed(code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : thrownText(error));
  }
  if (['.ts', '.mts', '.cts', '.tsx'].includes(extname(path).toLowerCase())) return failed('TypeScript is not loaded: compile it to an ES module (.mjs) first');
  let namespace: unknown;
  try {
    namespace = await importModule(path);
  } catch (error) {
    return failed(`cannot load it: ${thrownText(error)}${loadHint(error, file)}`);
  }
  const found = exportedUpcasters(namespace);
  return found._tag === 'Left' ? failed(found.left) : right(found.right);
}
