import { isLeft } from 'fp-ts/lib/Either.js';
import { checkAsOf } from '@stancelog/core';
import { asOfOption, dateOption } from '../src/as-of-option.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// Dates core takes, and ones it refuses (a day that does not exist, a week 54, words, a timestamp without a zone...).
const samples = ['2025-05-16', '2025-05', '2025-W20', '2025-05-16T09:00:00Z', '2025-05-16T09:00:00.5+02:00', '16 May', 'May', '2025-02-30', '2025-13', '2025-W54', '2025-05-16T09:00:00', '', ' 2025-05-16'];

describe('--as-of and --known-at', () => {
  it('accept exactly the dates core’s checkAsOf accepts (but for a week 53 its year lacks, below), for valid and recorded time alike', () => {
    for (const value of samples) {
      expect([value, isLeft(asOfOption({ asOf: value }))]).toEqual([value, isLeft(checkAsOf({ validTime: value }))]);
      expect([value, isLeft(asOfOption({ knownAt: value }))]).toEqual([value, isLeft(checkAsOf({ recordedTime: value }))]);
    }
    // The samples cover both verdicts.
    expect(new Set(samples.map((v) => isLeft(checkAsOf({ validTime: v }))))).toEqual(new Set([true, false]));
  });

  it('refuses a bad date naming the option, not core’s field, and says what it expects', () => {
    const bad = asOfOption({ asOf: '2025-05-01', knownAt: '2025-02-30' });
    expect(isLeft(bad) && bad.left.message).toBe('--known-at "2025-02-30": 2025-02-30 is not a day of the calendar (February 2025 has 28 days)');
    const core = checkAsOf({ recordedTime: '2025-02-30' });
    // Core says the same thing about its field.
    expect(isLeft(core) && core.left.message).toBe('asOf.recordedTime: 2025-02-30 is not a day of the calendar (February 2025 has 28 days)');
  });

  it('says the date meant of one written without its zeros, and that months run from 01 to 12', () => {
    const unpadded = asOfOption({ asOf: '2026-3-1' });
    expect(isLeft(unpadded) && unpadded.left.message).toBe('--as-of "2026-3-1": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp); did you mean 2026-03-01?');
    const month = asOfOption({ knownAt: '2026-3' });
    expect(isLeft(month) && month.left.message).toBe('--known-at "2026-3": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp); did you mean 2026-03?');
    const thirteen = asOfOption({ asOf: '2026-13-01' });
    expect(isLeft(thirteen) && thirteen.left.message).toBe('--as-of "2026-13-01": 2026-13-01 is not a day of the calendar (months run from 01 to 12)');
    const zero = asOfOption({ asOf: '2026-00' });
    expect(isLeft(zero) && zero.left.message).toBe('--as-of "2026-00": 2026-00 is not a month of the calendar (months run from 01 to 12)');
    // Written without zeros and no date with them either: no guess.
    const none = asOfOption({ asOf: '2026-2-30' });
    expect(isLeft(none) && none.left.message).toBe('--as-of "2026-2-30": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)');
  });

  it('says what a timestamp without its time zone lacks', () => {
    const bad = asOfOption({ asOf: '2025-12-29T10:00:00' });
    expect(isLeft(bad) && bad.left.message).toBe(
      '--as-of "2025-12-29T10:00:00": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp) (a timestamp needs its time zone: 2025-12-29T10:00:00Z, or an offset such as +02:00)',
    );
  });

  it('refuses a week 53 its year lacks, which core reads as the first week of the next year, naming the option and the week it would be', () => {
    // Core takes it (a log may hold one: it stays readable); the command line, like every other input, refuses it.
    expect(isLeft(checkAsOf({ validTime: '2025-W53' }))).toBe(false);
    for (const [flag, options] of [
      ['--as-of', { asOf: '2025-W53' }],
      ['--known-at', { asOf: '2025-05-01', knownAt: '2025-W53' }],
    ] as const) {
      const bad = asOfOption(options);
      expect(isLeft(bad) && bad.left.message).toBe(`${flag} "2025-W53": 2025 has 52 ISO weeks: 2025-W53 is 2026-W01`);
    }
    expect(asOfOption({ asOf: '2026-W53' })).toEqual({ _tag: 'Right', right: { validTime: '2026-W53' } });
  });

  it('builds the point from the dates given, and none from none', () => {
    expect(asOfOption({})).toEqual({ _tag: 'Right', right: undefined });
    expect(asOfOption({ knownAt: '2025-06-01' })).toEqual({ _tag: 'Right', right: { recordedTime: '2025-06-01' } });
  });
});

describe('date options on the command line', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.remove());

  it.each([
    ['positions', '--known-at'],
    ['contradictions', '--as-of'],
    ['explain', '--known-at'],
  ])('%s refuses a bad %s before opening the store, naming the option', async (command, flag) => {
    const argv = command === 'explain' ? [command, 'some-id', flag, '2025-02-30'] : [command, flag, '2025-02-30'];
    const r = await box.stancelog(...argv);
    expect([r.code, r.stderr]).toEqual([1, `stancelog: ${flag} "2025-02-30": 2025-02-30 is not a day of the calendar (February 2025 has 28 days)\n`]);
  });

  it.each([
    ['positions', '--as-of'],
    ['contradictions', '--known-at'],
    ['timeline', '--as-of'],
    ['explain', '--as-of'],
    ['report', '--as-of'],
    ['diff', '--from'],
    ['diff', '--to'],
  ])('%s refuses a week 53 its year lacks in %s, naming the option and the week it would be', async (command, flag) => {
    const argv =
      command === 'explain'
        ? [command, 'some-id', flag, '2025-W53']
        : command === 'report'
          ? [command, '--out', 'site', flag, '2025-W53']
          : command === 'diff'
            ? [command, ...(flag === '--from' ? ['--from', '2025-W53', '--to', '2026-W02'] : ['--from', '2025-W50', '--to', '2025-W53'])]
            : [command, flag, '2025-W53'];
    const r = await box.stancelog(...argv);
    expect([r.code, r.stderr]).toEqual([1, `stancelog: ${flag} "2025-W53": 2025 has 52 ISO weeks: 2025-W53 is 2026-W01\n`]);
  });

  it('diff refuses a bad --from or --to with the same words', async () => {
    expect(dateOption('--to', '2025-W20')).toEqual({ _tag: 'Right', right: '2025-W20' });
    const r = await box.stancelog('diff', '--from', '2025-05-01', '--to', 'June');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --to "June": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)\n']);
  });
});
