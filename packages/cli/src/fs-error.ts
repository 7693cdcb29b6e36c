/**
 * A file system error in words: Node's errors carry a code (`ENOENT`,
 * `EISDIR`) and a message naming the system call, neither of which a user
 * should have to decode. One place turns them into what is wrong with the
 * path, for every command.
 *
 * @since 0.1.0
 */

/**
 * What is wrong with `name`, a path the user gave, after reading or
 * writing it failed with `error`; `expected` says what it should have been
 * (`a .jsonl file`), for a folder given where a file was wanted. A code it
 * has no words for keeps Node's message, without the code.
 *
 * @example
 * import { fsProblem } from './fs-error.js'
 * const error = (code: string, message = code) => Object.assign(new Error(message), { code })
 * assert.strictEqual(fsProblem(error('ENOENT'), 'nope.jsonl', 'a .jsonl file'), 'nope.jsonl: no such file')
 * assert.strictEqual(fsProblem(error('EISDIR'), 'adir', 'a .jsonl file'), 'adir is a folder, not a .jsonl file')
 * assert.strictEqual(fsProblem(error('EACCES'), 'talks.jsonl', 'a .jsonl file'), 'talks.jsonl: permission denied')
 * assert.strictEqual(fsProblem(error('EIO', 'EIO: i/o error, read'), 'talks.jsonl', 'a .jsonl file'), 'talks.jsonl: i/o error, read')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function fsProblem(error: unknown, name: string, expected: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${name}: no such file`;
    case 'EISDIR':
      return `${name} is a folder, not ${expected}`;
    case 'ENOTDIR':
      return `${name}: part of the path is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied`;
    case 'ENOSPC':
      return `${name}: no space left on the disk`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      // Node's message starts with the code ("EIO: i/o error, read"): the words are enough.
      return `${name}: ${code !== undefined && message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message}`;
    }
  }
}
