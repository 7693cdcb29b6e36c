// `stancelog withdraw` when another command withdraws an event it names between its read of the log and its append
// (src/withdraw.ts): a file log's lock keeps such a command out, a PostgreSQL log has none, and the append's condition
// is what holds there. The interleaving is made deterministic here, on a file log, as in correct.test.ts.
import { eventWithdrawn } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

let otherCommand: ReadonlyArray<NewEvent> = [];
jest.mock('@stancelog/store-file', () =>
  jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').appendingBefore(() => {
    const other = otherCommand;
    otherCommand = [];
    return other;
  }),
);

describe('stancelog withdraw, with another command withdrawing meanwhile', () => {
  let box: Sandbox;
  let ids: string[] = [];
  beforeEach(async () => {
    otherCommand = [];
    box = sandbox();
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    ids = (await box.json<Array<{ id: string }>>('log')).map((e) => e.id);
  });
  afterEach(() => box.remove());

  it('appends nothing when an event it names was withdrawn since it read the log, where it withdrew it a second time (a leftover of stop 54)', async () => {
    otherCommand = [eventWithdrawn(ids[1]!, 'the outlet corrected its report')];
    const r = await box.stancelog('withdraw', '1', '2', '--reason', 'misattributed');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      "stancelog: store stancelog.jsonl: #2 was withdrawn by another command since it was read: nothing appended, not even the withdrawal of #1; see stancelog log, and run this again for what still needs withdrawing (stancelog withdraw '#1' --reason ...)\n",
    );
    // The other command's withdrawal alone.
    expect((await box.json<unknown[]>('log')).length).toBe(3);
  });

  it('says so, appending nothing, when another command appended the very same withdrawal meanwhile', async () => {
    otherCommand = [eventWithdrawn(ids[1]!, 'misattributed')];
    const r = await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: store stancelog.jsonl: #2 was withdrawn for this very reason by another command since it was read: nothing appended\n']);
    expect((await box.json<unknown[]>('log')).length).toBe(3);
  });

  it('appends none of a batch when another command appended the very same withdrawal of one of its events meanwhile, naming that one (a leftover of stop 54)', async () => {
    // Two withdraws of overlapping events for one reason: the other's withdrawal of #2 is held already, and the
    // batch's condition refuses the withdrawal of #1 with it, in one store as in the other (no partial append).
    otherCommand = [eventWithdrawn(ids[1]!, 'misattributed')];
    const r = await box.stancelog('withdraw', '1', '2', '--reason', 'misattributed');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      "stancelog: store stancelog.jsonl: #2 was withdrawn by another command since it was read (for this very reason): nothing appended, not even the withdrawal of #1; see stancelog log, and run this again for what still needs withdrawing (stancelog withdraw '#1' --reason ...)\n",
    );
    expect((await box.json<unknown[]>('log')).length).toBe(3);
  });

  it('withdraws as usual when what came meanwhile names none of its events', async () => {
    otherCommand = [eventWithdrawn(ids[0]!, 'misattributed')];
    const r = await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await box.json<unknown[]>('log')).length).toBe(4);
  });
});
