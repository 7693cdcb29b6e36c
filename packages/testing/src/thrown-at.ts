/**
 * Where a recipe or a rule's hook threw (internal): the kit reports such an
 * error in a sentence of its own, and jest then shows only the line of the
 * spec, so the frame of one's own code the error was thrown in is named
 * beside its message.
 *
 * @since 0.1.0
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RecipeError, reducer } from '@stancelog/core';

// `    at onStatement (/app/src/rule.ts:23:7)`, `    at /app/src/rule.ts:23:7`.
const FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;

/** A frame's file as a path (an ES module names it by URL). */
function pathOf(file: string): string {
  if (!file.startsWith('file://')) return file;
  try {
    return fileURLToPath(file);
  } catch {
    return file;
  }
}

/**
 * The folders of a package's code (`src/` and `dist/` beside each other)
 * holding the file of the first frame of `stack`, or none.
 */
function codeFolders(stack: string | undefined): string[] {
  const line = stack?.split('\n').find((l) => FRAME.test(l));
  const file = line === undefined ? undefined : pathOf(FRAME.exec(line)![2]!);
  if (file === undefined) return [];
  const at = Math.max(file.lastIndexOf(`${sep}src${sep}`), file.lastIndexOf(`${sep}dist${sep}`));
  if (at < 0) return [];
  const root = file.slice(0, at + 1);
  return [`${root}src${sep}`, `${root}dist${sep}`];
}

// The kit's and core's own code, found from their own stacks: installed they are under node_modules, but in a
// checkout (or a workspace) they are not, and their frames are not the user's either.
let ours: { readonly kit: string[]; readonly core: string[] } | undefined;
function ourFolders(): { readonly kit: string[]; readonly core: string[] } {
  if (ours !== undefined) return ours;
  let fromCore: string | undefined;
  try {
    reducer(undefined as never);
  } catch (error) {
    fromCore = error instanceof Error ? error.stack : undefined;
  }
  ours = { kit: codeFolders(new Error().stack), core: codeFolders(fromCore) };
  return ours;
}

const installed = (file: string, name: string): boolean => file.includes(`${sep}node_modules${sep}@stancelog${sep}${name}${sep}`);
/** A frame in the kit: what is below it is the spec or the test that called the kit, not where the error was thrown. */
const inKit = (file: string): boolean => installed(file, 'testing') || ourFolders().kit.some((folder) => file.startsWith(folder));
const inCore = (file: string): boolean => installed(file, 'core') || ourFolders().core.some((folder) => file.startsWith(folder));

/**
 * Whether `error` was thrown in the kit's or core's own code (its first
 * frame there, outside Node's internals): for an analysis, with no frame of
 * one's own below it, most likely on a state a rule broke earlier.
 */
export function thrownInOurs(error: unknown): boolean {
  const thrown = error instanceof RecipeError ? error.cause : error;
  if (!(thrown instanceof Error) || typeof thrown.stack !== 'string') return false;
  for (const line of thrown.stack.split('\n')) {
    const frame = FRAME.exec(line);
    if (!frame) continue;
    const file = pathOf(frame[2]!);
    if (file.startsWith('node:') || !file.includes(sep)) continue;
    return inKit(file) || inCore(file);
  }
  return false;
}

/**
 * Where `error` was thrown in code of one's own, as `thrown at onStatement
 * (src/broken-promise.ts:23:7)`: the first frame of its stack outside
 * Node's internals, `node_modules` (immer, fast-check, the installed kit and
 * core) and the kit's and core's code; undefined when there is none (core
 * threw on a state a rule broke earlier, or the error has no stack). A path
 * under the working directory is given relative to it, as jest gives its own.
 */
export function thrownAt(error: unknown): string | undefined {
  const thrown = error instanceof RecipeError ? error.cause : error;
  if (!(thrown instanceof Error) || typeof thrown.stack !== 'string') return undefined;
  for (const line of thrown.stack.split('\n')) {
    const frame = FRAME.exec(line);
    if (!frame) continue;
    const file = pathOf(frame[2]!);
    // Below the kit's frames is the code that called the kit (the spec's line, which jest shows already).
    if (inKit(file)) return undefined;
    if (file.startsWith('node:') || file.includes(`${sep}node_modules${sep}`) || !file.includes(sep) || inCore(file)) continue;
    const shown = `${file.startsWith(process.cwd() + sep) ? relative(process.cwd(), file) : file}:${frame[3]}:${frame[4]}`;
    // V8 calls a method of an object literal `Object.onStatement`: the hook's own name says more.
    const name = frame[1]?.replace(/^Object\./, '');
    return name === undefined || name === '<anonymous>' ? `thrown at ${shown}` : `thrown at ${name} (${shown})`;
  }
  return undefined;
}
