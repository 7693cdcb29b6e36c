/**
 * The CLI's version, in a module of its own: `stancelog --version` prints
 * it, and a rule module that cannot find `@stancelog/core` is told which
 * version to install beside it.
 *
 * @since 0.1.0
 */

/**
 * The CLI's version, printed by `stancelog --version` (that of its
 * package.json).
 *
 * @example
 * import { VERSION } from '@stancelog/cli'
 * assert.match(VERSION, /^\d+\.\d+\.\d+$/)
 * @category cli
 * @since 0.1.0
 */
export const VERSION = '0.1.0';
