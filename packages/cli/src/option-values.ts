/**
 * Usage errors commander lets through on its own: an option that takes a
 * value given twice with two values (commander keeps the last without a
 * word, so `--holder russia --holder ukraine` would show Ukraine alone),
 * and an option of the command taken as the value of the one before it
 * (`withdraw 5 --reason --json` would store "--json" as the reason, in a
 * log that keeps it for good).
 *
 * @since 0.1.0
 */
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';

/**
 * Makes every option that takes a value, on `command` and its
 * subcommands, refuse (as bad usage, exit 2) a second value other than the
 * first, and a value that is one of the command's own options. Given twice
 * with the same value is fine; a value that only starts with `-` (`--title
 * "- draft"`) is taken as given. An option whose parser gathers its values
 * in a list (`--rules`, given once per module) takes one each time.
 *
 * @example
 * import { Command } from 'commander'
 * import { strictOptionValues } from './option-values.js'
 * const command = new Command('withdraw').exitOverride().configureOutput({ writeErr: () => undefined }).option('--reason <text>').option('--json')
 * strictOptionValues(command)
 * assert.throws(() => command.parse(['--reason', '--json'], { from: 'user' }), /--json is an option of withdraw/)
 * assert.throws(() => command.parse(['--reason', 'a', '--reason', 'b'], { from: 'user' }), /given twice/)
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function strictOptionValues(command: Command): void {
  const flags = new Set<string>(['--help', '-h']);
  for (const option of command.options) {
    if (option.long) flags.add(option.long);
    if (option.short) flags.add(option.short);
  }
  const path = commandPath(command);
  for (const option of command.options) {
    if (!option.required || option.variadic) continue;
    const name = option.long ?? option.short ?? option.flags;
    const parse = option.parseArg as ((value: string, previous: unknown) => unknown) | undefined;
    option.argParser((value: string, previous: unknown) => {
      // Commander tells these apart only by their place: what the user typed as an option is read as the value.
      if (flags.has(value) || flags.has(value.replace(/=.*$/s, ''))) {
        throw new InvalidArgumentError(`${value} is an option of ${path}, not a value: ${name} needs its value before it`);
      }
      // An option that gathers its values in a list (--rules) takes one each time it is given.
      if (previous !== undefined && previous !== option.defaultValue && previous !== value && !Array.isArray(previous)) {
        throw new InvalidArgumentError(`${name} is given twice (${String(previous)}, then ${value}): it takes one value`);
      }
      return parse ? parse(value, previous) : value;
    });
  }
  for (const sub of command.commands) strictOptionValues(sub);
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

// Thrown to take commander's message without printing it.
const CAPTURED = Symbol('captured');

// Options that mean the same filter under another name in another command.
const SAME_FILTER: Readonly<Record<string, string>> = { '--holder': '--actor', '--actor': '--holder' };

/**
 * Makes an unknown option that another command takes say so, rather than
 * only that it is unknown: `contradictions --holder russia` points to
 * `--actor`, the name of that filter there, and `log --as-of` names the
 * commands that take `--as-of`. A misspelling of one of the command's own
 * options keeps commander's suggestion (`--holdr`: did you mean
 * `--holder`?).
 *
 * @example
 * import { Command } from 'commander'
 * import { hintOtherCommandsOptions } from './option-values.js'
 * const program = new Command('stancelog').exitOverride().configureOutput({ writeErr: () => undefined })
 * program.command('positions').option('--holder <actor>').action(() => undefined)
 * program.command('contradictions').option('--actor <actor>').action(() => undefined)
 * hintOtherCommandsOptions(program)
 * assert.throws(() => program.parse(['contradictions', '--holder', 'russia'], { from: 'user' }), /contradictions names the actor with --actor/)
 * @category cli
 * @since 0.1.0
 * @internal
 */
export function hintOtherCommandsOptions(program: Command): void {
  const commands: Command[] = [];
  const collect = (c: Command): void => {
    for (const sub of c.commands) {
      commands.push(sub);
      collect(sub);
    }
  };
  collect(program);
  const longs = (c: Command): string[] => c.options.flatMap((o) => (o.long ? [o.long] : []));
  for (const command of commands) {
    const own = longs(command);
    // Commander's own method, not in its typings: it composes the message and calls error().
    const target = command as unknown as { unknownOption: (flag: string) => void };
    const unknownOption = target.unknownOption.bind(command);
    target.unknownOption = (flag: string): void => {
      const name = flag.replace(/=.*$/s, '');
      // "--json=false" where the command has --json: a switch takes no value (not "an option of other commands").
      if (name !== flag && own.includes(name)) {
        command.error(`error: ${name} takes no value: give ${name} alone, or leave it out (not ${flag})`, { code: 'commander.unknownOption' });
      }
      const equivalent = SAME_FILTER[name];
      if (equivalent !== undefined && own.includes(equivalent)) {
        command.error(`error: unknown option '${flag}'\n(Did you mean ${equivalent}? ${commandPath(command)} names the ${equivalent.slice(2)} with ${equivalent})`, { code: 'commander.unknownOption' });
      }
      // Commander's message, with its suggestion when one of the command's own options is near.
      let message = `error: unknown option '${flag}'`;
      const error = command.error;
      command.error = ((said: string) => {
        message = said;
        throw CAPTURED;
      }) as typeof command.error;
      try {
        unknownOption(flag);
      } catch (thrown) {
        if (thrown !== CAPTURED) throw thrown;
      } finally {
        command.error = error;
      }
      const elsewhere = commands.filter((c) => c !== command && longs(c).includes(name)).map(commandPath);
      const hint = elsewhere.length > 0 && !message.includes('Did you mean') ? `\n(${name} is an option of ${elsewhere.join(', ')}, not of ${commandPath(command)})` : '';
      command.error(message + hint, { code: 'commander.unknownOption' });
    };
  }
}
