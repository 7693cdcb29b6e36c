// A store adapter checks the options it is given at run time, where the
// types do not reach (JavaScript callers, configuration files).
import { optionsProblem } from '@stancelog/core/store-kit';
import type { OptionRule } from '@stancelog/core/store-kit';

const wait: OptionRule = { accepts: (v) => typeof v === 'number' && v >= 0, expected: 'milliseconds (0 or more)' };
const rules: Record<string, OptionRule> = {
  readOnly: { accepts: (v) => typeof v === 'boolean', expected: 'true or false' },
  lockWaitMillis: wait,
  lockWait: { ...wait, alias: true },
};

describe('optionsProblem', () => {
  it('takes options it knows, with values it accepts, and any left undefined', () => {
    expect(optionsProblem({}, rules)).toBeUndefined();
    expect(optionsProblem({ readOnly: true, lockWaitMillis: 0, lockWait: undefined }, rules)).toBeUndefined();
  });

  it('names an option it does not know, and lists the options, older names aside', () => {
    expect(optionsProblem({ readonly: true }, rules)).toBe('readonly: not an option (the options are readOnly, lockWaitMillis; did you mean readOnly?)');
  });

  it('names the option meant when the one given is a slip away from it (case, a letter or two), and none when nothing is near', () => {
    expect(optionsProblem({ lockWaitMilis: 5 }, rules)).toBe('lockWaitMilis: not an option (the options are readOnly, lockWaitMillis; did you mean lockWaitMillis?)');
    expect(optionsProblem({ read_only: true }, rules)).toBe('read_only: not an option (the options are readOnly, lockWaitMillis; did you mean readOnly?)');
    expect(optionsProblem({ timeout: 5 }, rules)).toBe('timeout: not an option (the options are readOnly, lockWaitMillis)');
    // An older name is taken, not offered.
    expect(optionsProblem({ lockwait: 5 }, rules)).toBe('lockwait: not an option (the options are readOnly, lockWaitMillis)');
  });

  it('takes an older name of an option, checked as the option', () => {
    expect(optionsProblem({ lockWait: 5 }, rules)).toBeUndefined();
    expect(optionsProblem({ lockWait: -1 }, rules)).toBe('lockWait: expected milliseconds (0 or more), got -1');
  });

  it('shows the value it refuses as it is: NaN, a string, an object, a function', () => {
    expect(optionsProblem({ lockWaitMillis: Number.NaN }, { lockWaitMillis: { accepts: Number.isFinite, expected: 'a number' } })).toBe('lockWaitMillis: expected a number, got NaN');
    expect(optionsProblem({ readOnly: 'yes' }, rules)).toBe('readOnly: expected true or false, got "yes"');
    expect(optionsProblem({ readOnly: { no: 1 } }, rules)).toBe('readOnly: expected true or false, got {"no":1}');
    expect(optionsProblem({ readOnly: () => true }, rules)).toBe('readOnly: expected true or false, got a function');
  });

  it('names a nested option with its prefix', () => {
    expect(optionsProblem({ max: 0 }, { max: { accepts: (v) => v === 1, expected: 'one' } }, 'pool.')).toBe('pool.max: expected one, got 0');
  });

  it('refuses options that are not an object', () => {
    expect(optionsProblem(null, rules)).toBe('expected an object of options, got null');
    expect(optionsProblem('fast', rules)).toBe('expected an object of options, got "fast"');
    // Named by the caller, or by the option it is nested in.
    expect(optionsProblem('fast', rules, 'project: ')).toBe('project: expected an object of options, got "fast"');
    expect(optionsProblem(3, rules, 'pool.')).toBe('pool: expected an object of options, got 3');
  });

  it('refuses an array, which holds no options (a leftover of stop 50: [] opened a store with none)', () => {
    expect(optionsProblem([], rules)).toBe('expected an object of options, got []');
    expect(optionsProblem([{ readOnly: true }], rules, 'openMemoryStore: ')).toBe('openMemoryStore: expected an object of options, got [{"readOnly":true}]');
  });

  it('checks an option inherited as one of its own, as a store reads it (a leftover of stop 50: the file store opened read-only on an inherited readOnly: "yes")', () => {
    const defaults = { readOnly: 'yes', lockWaitMillis: 10 };
    expect(optionsProblem(Object.create(defaults) as object, rules)).toBe('readOnly: expected true or false, got "yes"');
    expect(optionsProblem(Object.create({ readonly: true }) as object, rules)).toBe('readonly: not an option (the options are readOnly, lockWaitMillis; did you mean readOnly?)');
    expect(optionsProblem(Object.create({ readOnly: true }) as object, rules)).toBeUndefined();
  });

  it('takes constructor and __proto__ from a configuration file for unknown options, not for the object\'s own', () => {
    const parsed = JSON.parse('{"constructor": 1}') as object;
    expect(optionsProblem(parsed, rules)).toBe('constructor: not an option (the options are readOnly, lockWaitMillis)');
    expect(optionsProblem(JSON.parse('{"__proto__": {"x": 1}}') as object, rules)).toBe('__proto__: not an option (the options are readOnly, lockWaitMillis)');
  });
});
