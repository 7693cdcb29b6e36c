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
import { shellWord } from '@stancelog/ingest';

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
 * `--holder`?). An option of the commands given before the command
 * (`stancelog --store x log`) says where it goes, with the command line
 * it makes there (`--store goes after the command: stancelog log --store
 * x`); the word after an option that takes a value is its value, not the
 * command (`stancelog --store log positions`: a store folder named `log`).
 *
 * @example
 * import { Command } from 'commander'
 * import { hintOtherCommandsOptions } from './option-values.js'
 * const program = new Command('stancelog').exitOverride().configureOutput({ writeErr: () => undefined })
 * program.command('positions').option('--holder <actor>').action(() => undefined)
 * program.command('contradictions').option('--actor <actor>').action(() => undefined)
 * hintOtherCommandsOptions(program)
 * assert.throws(() => program.parse(['contradictions', '--holder', 'russia'], { from: 'user' }), /contradictions names the actor with --actor/)
 * assert.throws(() => program.parse(['--holder', 'russia', 'positions'], { from: 'user' }), /--holder goes after the command: stancelog positions --holder russia/)
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
  const takesValue = new Set(commands.flatMap((c) => c.options.flatMap((o) => (o.long && (o.required || o.optional) ? [o.long] : []))));
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
  // Before the command: the program takes none of the commands' options (commander stops at the first, keeping the
  // rest of the line, from it on, in `program.args`).
  const root = program as unknown as { unknownOption: (flag: string) => void };
  const rootUnknownOption = root.unknownOption.bind(program);
  root.unknownOption = (flag: string): void => {
    const name = flag.replace(/=.*$/s, '');
    if (!commands.some((c) => longs(c).includes(name))) return rootUnknownOption(flag);
    const args = program.args;
    const at = Math.max(0, args.indexOf(flag));
    // The command named after it (with its subcommand: store migrate) that takes the option, from `start` to `end`.
    let found: { command: Command; start: number; end: number } | undefined;
    for (let i = at; i < args.length && found === undefined; i++) {
      // The word after an option that takes a value (not given with =) is that value, not a command: a store folder named log.
      if (args[i]!.startsWith('-')) {
        if (takesValue.has(args[i]!)) i++;
        continue;
      }
      const top = program.commands.find((c) => c.name() === args[i]);
      if (top === undefined) continue;
      const sub = top.commands.find((c) => c.name() === args[i + 1]);
      const named = sub ?? top;
      if (!longs(named).includes(name)) {
        // A command that does not take it either: which do.
        const takers = commands.filter((c) => longs(c).includes(name)).map(commandPath);
        program.error(`error: unknown option '${flag}'\n(${name} goes after the command, and is an option of ${takers.join(', ')}, not of ${commandPath(named)})`, { code: 'commander.unknownOption' });
      }
      found = { command: named, start: i, end: sub ? i + 2 : i + 1 };
    }
    const option = (found?.command ?? commands.find((c) => longs(c).includes(name))!).options.find((o) => o.long === name);
    // Its value follows it, unless given as --store=x.
    const valued = name === flag && option !== undefined && (option.required || option.optional) && at + 1 < (found?.start ?? args.length);
    const moved = args.slice(at, valued ? at + 2 : at + 1);
    // On the command's line: the command, the option moved, then the rest as given.
    const line =
      found === undefined
        ? ['stancelog', 'COMMAND', ...moved]
        : ['stancelog', ...args.slice(found.start, found.end), ...moved, ...args.slice(0, found.start).filter((_, i) => i < at || i >= at + moved.length), ...args.slice(found.end)];
    program.error(`error: unknown option '${flag}'\n(${name} goes after the command: ${line.map(shellWord).join(' ')})`, { code: 'commander.unknownOption' });
  };
}


