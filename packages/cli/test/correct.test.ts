// `stancelog correct`: a statement withdrawn and its corrected copy appended in one append (src/correct.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventWithdrawn } from '@stancelog/core';
import type { NewEvent } from '@stancelog/core';
import { docSample, russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

// Another command that appends between this one's read of the log and its append (the interleaving made deterministic).
let otherCommand: ReadonlyArray<NewEvent> = [];
jest.mock('@stancelog/store-file', () =>
  jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').appendingBefore(() => {
    const other = otherCommand;
    otherCommand = [];
    return other;
  }),
);

interface Stored {
  id: string;
  position: number;
  type: string;
  recordedAt: string;
  data: { event?: string; reason?: string; statedAt?: string; holder?: string; speaker?: unknown; source?: Record<string, unknown> };
}

describe('stancelog correct', () => {
  let box: Sandbox;
  const logFile = (): string => readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
  beforeEach(async () => {
    otherCommand = [];
    box = sandbox();
    // Ingest's reading of an article, with the offsets of its quote.
    box.write('talks.jsonl', [russiaDemandsLand, { ...ukraineRefusesLand, source: { ...ukraineRefusesLand.source, offsets: [0, 26] } }]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
  });
  afterEach(() => box.remove());

  it('withdraws the statement and appends its copy with the fields set, in one append that log marks [corrects #N]', async () => {
    const r = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'dated the Friday: Kyiv spoke the day before');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'corrected #2 (ukraine red-line territorial-concessions -) in stancelog.jsonl: withdrew it as #3, and appended #4 in its place (ukraine red-line territorial-concessions -)\n' +
        '  statedAt: "2025-05-16" -> "2025-05-15"\n' +
        "stancelog withdraw '#3' '#4' --reason ... takes the correction back\n",
    );
    const log = (await box.stancelog('log')).stdout.split('\n');
    expect(log[2]).toMatch(/^2 .* ukraine red-line territorial-concessions - \[withdrawn by #3\]$/);
    expect(log[3]).toMatch(/^3 .* withdraws #2: dated the Friday: Kyiv spoke the day before$/);
    expect(log[4]).toMatch(/^4 +2025-05-15 .* ukraine red-line territorial-concessions - \[corrects #2\]$/);
    const events = await box.json<Stored[]>('log');
    // One batch, recorded now (not at the first recording): the copy keeps its quote and source, without the offsets of ingest's reading.
    expect(events[2]!.recordedAt).toBe(events[3]!.recordedAt);
    expect(events[3]!.recordedAt > '2025-05-17T09:00:00Z').toBe(true);
    expect(events[3]!.data.source).toEqual({ publisher: 'Test Wire', quote: 'Kyiv will not give up land' });
    expect(logFile().split('\n').filter((l) => l.startsWith('{"batch"'))).toHaveLength(2);
  });

  it("prints what docs/cli.md shows (its sample runs on this test's two statements; today's date is the doc's)", async () => {
    const { sample, shown } = await docSample(box, '## `stancelog correct EVENT');
    expect(sample.match(/^\$ stancelog /gm)).toHaveLength(3);
    expect(shown).toBe(sample);
  });

  it('says with --dry-run what it would withdraw and append, and writes nothing', async () => {
    const before = logFile();
    const r = await box.stancelog('correct', '#1', '--set', 'speaker.actor=ukraine', '--unset', 'statedAt', '--reason', 'Kyiv relayed it', '--dry-run');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'would withdraw #1 (russia demand territorial-concessions + (Kremlin spokesman)): Kyiv relayed it\n' +
        'and append in its place: russia demand territorial-concessions + (Kremlin spokesman, ukraine)\n' +
        '  speaker.actor: "russia" -> "ukraine"\n' +
        '  statedAt: "2025-05-16" -> (none)\n' +
        'dry run: stancelog.jsonl was read, not written\n',
    );
    expect(logFile()).toBe(before);
  });

  it('prints with --json the statement withdrawn, the two events appended and the fields changed', async () => {
    const r = await box.json<{ store: string; dryRun: boolean; withdrawn: Stored; withdrawal: Stored; corrected: Stored; changes: unknown[] }>('correct', '1', '--set', 'kind=red-line', '--reason', 'misread');
    expect([r.store, r.dryRun, r.withdrawn.position, r.withdrawal.position, r.corrected.position]).toEqual(['stancelog.jsonl', false, 1, 3, 4]);
    expect(r.withdrawal.data).toEqual({ event: r.withdrawn.id, reason: 'misread' });
    expect(r.changes).toEqual([{ path: 'kind', from: 'demand', to: 'red-line' }]);
  });

  it.each([
    [['3', '--set', 'holder=russia'], 'no event at position 3: the log has 2 events (positions 1 to 2)'],
    [['2', '--set', 'statedAt=2025-05-16'], '#2 has statedAt "2025-05-16" already: nothing to correct, nothing appended'],
    [['2', '--set', 'kind=refusal'], 'the corrected statement: kind: expected one of'],
    [['2', '--set', 'stated_at=2025-05-15'], 'the corrected statement: stated_at: unknown field (statedAt?); nothing appended'],
    [['2', '--set', 'conditions[0].issue=ceasefire'], '--set conditions[0].issue: the statement has no list there: set the whole list (conditions=[...]); nothing appended'],
    [['2', '--set', 'recordedAt=2025-05-15'], '--set recordedAt: a correction is recorded when it is made; its recording time is not set'],
    [['2', '--set', 'statedAt'], '--set statedAt: expected PATH=VALUE (statedAt=2025-05-15, holder=ukraine)'],
    [['2'], 'name what to correct: --set FIELD=VALUE (statedAt=2025-05-15, holder=ukraine) or --unset FIELD; to take a statement back with nothing in its place, stancelog withdraw'],
  ])('refuses, appending nothing, %j', async (args, message) => {
    const before = logFile();
    const r = await box.stancelog('correct', ...args, '--reason', 'a reason');
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(`stancelog: ${message}`)).toBe(true);
    expect(logFile()).toBe(before);
  });

  it('names, for a statement corrected twice, the copy of the copy as the one to correct, and nothing for one withdrawn alone', async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    expect((await box.stancelog('correct', '4', '--set', 'statedAt=2025-05-14', '--reason', 'two days early')).code).toBe(0);
    const before = logFile();
    const again = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-13', '--reason', 'three days early');
    expect([again.code, again.stderr]).toEqual([1, "stancelog: #2 is already withdrawn (by #3: a day early), and #6 stands in its place: correct #6 instead (stancelog correct '#6' --set ... --reason ...); nothing appended\n"]);
    expect((await box.stancelog('withdraw', '1', '--reason', 'misattributed')).code).toBe(0);
    const alone = await box.stancelog('correct', '1', '--set', 'statedAt=2025-05-13', '--reason', 'x');
    expect(alone.stderr).toBe('stancelog: #1 is already withdrawn (by #7: misattributed): nothing to correct, nothing appended\n');
    expect(logFile().startsWith(before)).toBe(true);
  });

  it('refuses a statement already withdrawn, a withdrawal, and a copy the log holds already, naming what to do', async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    const again = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-14', '--reason', 'two days early');
    // What stands in its place, its corrected copy, is named, as the one to correct.
    expect(again.stderr).toBe("stancelog: #2 is already withdrawn (by #3: a day early), and #4 stands in its place: correct #4 instead (stancelog correct '#4' --set ... --reason ...); nothing appended\n");
    const withdrawal = await box.stancelog('correct', '3', '--set', 'reason=x', '--reason', 'y');
    expect(withdrawal.stderr).toBe("stancelog: #3 is a withdrawal (withdraws #2: a day early): correct takes statements and registry events; withdraw it (stancelog withdraw '#3' --reason ...) to restore what it took back\n");
    // Back to #1's twin: russia's statement, as the log has it, is the copy.
    box.write('twin.jsonl', [{ ...russiaDemandsLand, statedAt: '2025-05-18' }]);
    expect((await box.stancelog('append', 'twin.jsonl')).code).toBe(0);
    const twin = await box.stancelog('correct', '5', '--set', 'statedAt=2025-05-16', '--reason', 'the same statement');
    // Which one to withdraw, and how, said (a review's finding, stop 53: "withdraw this one alone" named neither).
    expect([twin.code, twin.stderr]).toEqual([1, "stancelog: the corrected statement is in the log already, as #1, and counts: stancelog withdraw '#5' --reason ... takes #5 back alone, leaving #1 in its place; nothing appended\n"]);
  });

  it("warns when the statement has a corrected copy that counts already: the new copy would count beside it (a review's finding, stop 53)", async () => {
    expect((await box.stancelog('correct', '2', '--set', 'holder=belarus', '--reason', 'it was Minsk')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'it was Kyiv after all')).code).toBe(0);
    const dry = await box.stancelog('correct', '2', '--set', 'kind=reject', '--reason', 'a refusal, not a red line', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([
      0,
      "stancelog: warning: #2 has a corrected copy that counts already, #4 (belarus red-line territorial-concessions -): the new copy would count beside it, at one place; stancelog withdraw '#4' --reason ... takes it back (it would be appended all the same)\n",
    ]);
    // Once the copy is taken back, nothing to warn of.
    expect((await box.stancelog('withdraw', '4', '--reason', 'the copy goes')).code).toBe(0);
    const clean = await box.stancelog('correct', '2', '--set', 'kind=reject', '--reason', 'a refusal, not a red line');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
  });

  it('warns when a copy of a copy counts at the statement’s place already: the new copy would count beside it too (a leftover of stop 54)', async () => {
    // #2 corrected (#3, #4), the copy corrected in turn (#5, #6 at #2's place), #2 given back (#7): #2 and #6 count.
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'the day before')).code).toBe(0);
    expect((await box.stancelog('correct', '4', '--set', 'statedAt=2025-05-14', '--reason', 'two days before')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'the first date was right')).code).toBe(0);
    const dry = await box.stancelog('correct', '2', '--set', 'kind=reject', '--reason', 'a refusal, not a red line', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([
      0,
      "stancelog: warning: #6 (ukraine red-line territorial-concessions -) counts at #2's place already: the new copy would count beside it, at one place; stancelog withdraw '#6' --reason ... takes it back (it would be appended all the same)\n",
    ]);
  });

  it('warns, correcting a copy whose statement counts again, that the new copy would count beside that statement (a leftover of stop 53)', async () => {
    expect((await box.stancelog('correct', '2', '--set', 'holder=belarus', '--reason', 'it was Minsk')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'it was Kyiv after all')).code).toBe(0);
    const r = await box.stancelog('correct', '4', '--set', 'kind=reject', '--reason', 'a refusal, not a red line');
    expect([r.code, r.stderr]).toEqual([
      0,
      "stancelog: warning: #4 corrects #2 (ukraine red-line territorial-concessions -), which counts again: the new copy would count beside it, at one place; stancelog withdraw '#2' --reason ... takes it back (appended all the same)\n",
    ]);
    expect((await box.json<Array<{ holder: string; kind: string }>>('positions')).map((p) => `${p.holder} ${p.kind}`)).toEqual(['belarus reject', 'russia demand', 'ukraine red-line']);
    // The copy's copy (#7, at #2's place) corrected in turn: #2 still counts there.
    const again = await box.stancelog('correct', '7', '--set', 'kind=red-line', '--reason', 'a red line after all', '--dry-run');
    expect(again.stderr).toMatch(/^stancelog: warning: #7 takes the place of #2 \(ukraine red-line territorial-concessions -\), which counts again: /);
    // Once the statement is taken back, nothing to warn of.
    expect((await box.stancelog('withdraw', '#2', '--reason', 'it was Minsk, final')).code).toBe(0);
    const clean = await box.stancelog('correct', '7', '--set', 'kind=red-line', '--reason', 'a red line after all', '--dry-run');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
  });

  it("has explain, given a statement's position or id (a correction's copy), say what it is rather than suggest a rule of one's own (a review's finding, stop 53)", async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    // The analysis from the snapshot, as explain starts: the event is found in the whole log all the same.
    expect((await box.stancelog('contradictions')).code).toBe(0);
    const copy = (await box.json<Stored[]>('log'))[3]!;
    const contradictions = "not a contradiction: explain takes a contradiction's id (stancelog contradictions lists them)";
    for (const [ref, said] of [
      ['4', `#4 is a statement (ukraine red-line territorial-concessions -, correcting #2), ${contradictions}; stancelog timeline --holder ukraine --issue territorial-concessions shows the statement among its holder's words`],
      [copy.id.slice(0, 8), `${copy.id.slice(0, 8)} is #4, a statement (ukraine red-line territorial-concessions -, correcting #2), ${contradictions}; stancelog timeline --holder ukraine --issue territorial-concessions shows the statement among its holder's words`],
      ['#2', `#2 is a statement (ukraine red-line territorial-concessions -, withdrawn by #3: a day early), ${contradictions}; stancelog log --holder ukraine --issue territorial-concessions lists it`],
      ['3', `#3 is a withdrawal (withdraws #2: a day early), ${contradictions}; stancelog log lists it`],
    ] as const) {
      for (const snapshots of [[], ['--no-snapshots']]) {
        const r = await box.stancelog('explain', ref, ...snapshots);
        expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `stancelog: ${said}\n`]);
      }
    }
    // A number no event has is no type of contradiction either: no rule of one's own to load.
    const none = await box.stancelog('explain', '99');
    expect(none.stderr).toBe('stancelog: no contradiction "99" (1 in the log): list their ids with stancelog contradictions; nor is 99 the position or id of an event of the log\n');
  });

  it("has timeline and explain say a statement is a correction, in place of which, and when it was recorded (a review's finding, stop 53)", async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    const [, wrong, , copy] = await box.json<Stored[]>('log');
    const day = copy!.recordedAt.slice(0, 10);
    for (const snapshots of [[], ['--no-snapshots']]) {
      const timeline = await box.stancelog('timeline', '--holder', 'ukraine', ...snapshots);
      expect(timeline.stdout).toContain(`  • 2025-05-15  - red-line  “Kyiv will not give up land” (Test Wire) [a correction, in place of #2, recorded ${day}]\n`);
      const [entry] = await box.json<Array<{ statements: Array<{ id: string; corrects: unknown }> }>>('timeline', '--holder', 'ukraine', ...snapshots);
      expect(entry!.statements.map((s) => [s.id, s.corrects])).toEqual([[copy!.id, { event: wrong!.id, position: 2 }]]);
      const explained = await box.json<{ statements: Array<{ id: string; corrects: unknown }> }>('explain', 'incompatible', ...snapshots);
      expect(explained.statements.map((s) => s.corrects)).toEqual([null, { event: wrong!.id, position: 2 }]);
      expect((await box.stancelog('explain', 'incompatible', ...snapshots)).stdout).toContain(`; id ${copy!.id}; a correction, in place of #2\n`);
    }
    // As known before the correction, the statement it replaced, no correction.
    const before = new Date(Date.parse(copy!.recordedAt) - 1).toISOString();
    expect((await box.stancelog('timeline', '--holder', 'ukraine', '--known-at', before)).stdout).not.toContain('a correction');
  });

  it("refuses a withdrawal withdrawn itself, saying that what it took back counts already, not to withdraw it again (a review's finding, stop 53)", async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'the day was right')).code).toBe(0);
    const withdrawn = await box.stancelog('correct', '3', '--set', 'reason=x', '--reason', 'y');
    expect([withdrawn.code, withdrawn.stderr]).toEqual([
      1,
      'stancelog: #3 is a withdrawal (withdraws #2: a day early): correct takes statements and registry events; it is withdrawn itself (by #5: the day was right), so #2 counts already; nothing appended\n',
    ]);
  });

  it("names a field --unset that statements do not have as --set names one, rather than say the statement has none already (a review's finding, stop 53)", async () => {
    for (const [unset, said] of [
      [['spekaer'], 'spekaer: unknown field (speaker?)'],
      [['source.publisherr'], 'source.publisherr: unknown field (publisher?)'],
      // Beside a field that does change, all the same.
      [['speaker', 'condtions'], 'condtions: unknown field (conditions?)'],
    ] as const) {
      const r = await box.stancelog('correct', '1', ...unset.flatMap((u) => ['--unset', u]), '--reason', 'x');
      expect([r.code, r.stderr]).toEqual([1, `stancelog: --unset ${said}; nothing appended\n`]);
    }
    // A field statements have, that this one has not: as before.
    expect((await box.stancelog('correct', '1', '--unset', 'conditions', '--reason', 'x')).stderr).toBe('stancelog: #1 has no conditions already: nothing to correct, nothing appended\n');
    expect((await box.json<unknown[]>('log')).length).toBe(2);
  });

  it("records a correction of a log filled in after the fact when --recorded-at says: the withdrawal and the copy both then (a review's finding, stop 53)", async () => {
    const early = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early', '--recorded-at', '2025-05-16');
    expect([early.code, early.stderr]).toEqual([1, 'stancelog: --recorded-at 2025-05-16: before #2 was recorded (2025-05-17T09:00:00Z): a withdrawal is recorded after what it takes back; nothing appended\n']);
    const r = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early', '--recorded-at', '2025-05-20');
    expect([r.code, r.stderr, r.stdout.split('\n')[0]]).toEqual([
      0,
      '',
      'corrected #2 (ukraine red-line territorial-concessions -) in stancelog.jsonl: withdrew it as #3, and appended #4 in its place (ukraine red-line territorial-concessions -), recorded 2025-05-20',
    ]);
    const events = await box.json<Stored[]>('log');
    expect(events.slice(2).map((e) => e.recordedAt)).toEqual(['2025-05-20', '2025-05-20']);
    // As known on the 19th, the statement as entered; from the 20th, the copy in its place.
    const stated = async (knownAt: string) => (await box.json<Array<{ holder: string; since: string }>>('positions', '--holder', 'ukraine', '--known-at', knownAt)).map((p) => p.since);
    expect([await stated('2025-05-19'), await stated('2025-05-20')]).toEqual([['2025-05-16'], ['2025-05-15']]);
  });

  it('corrects a registry event as it corrects a statement, its fields those of its data: a wrong end of an office (a review\'s finding, stop 49)', async () => {
    const office = { type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' } } };
    expect((await box.stancelog('append', box.write('office.jsonl', [office]))).code).toBe(0);
    const r = await box.stancelog('correct', '3', '--set', 'office.until=2026-02-19', '--reason', 'he resigned the day before');
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', [
      'corrected #3 (tomas-lind Party Leader of centre from 2015-09-01 until 2026-02-20) in stancelog.jsonl: withdrew it as #4, and appended #5 in its place (tomas-lind Party Leader of centre from 2015-09-01 until 2026-02-19)',
      '  office.until: "2026-02-20" -> "2026-02-19"',
      "stancelog withdraw '#4' '#5' --reason ... takes the correction back",
      '',
    ].join('\n')]);
    // Checked as a line of append is, by the path under data.
    const bad = await box.stancelog('correct', '5', '--set', 'office.until=2014-01-01', '--reason', 'x');
    expect([bad.code, bad.stderr]).toEqual([1, 'stancelog: the corrected event: data.office.until: 2014-01-01 is before from (2015-09-01): an office ends after it begins; nothing appended\n']);
  });

  it('warns of an id the log never named, with the one it names a slip from, and appends the copy all the same', async () => {
    const dry = await box.stancelog('correct', '2', '--set', 'holder=rusia', '--reason', 'Moscow said it', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([0, 'stancelog: warning: the corrected statement: holder "rusia" is no actor of the log; did you mean russia? (it would be appended all the same, as a new actor)\n']);
    const r = await box.stancelog('correct', '2', '--set', 'holder=rusia', '--reason', 'Moscow said it');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('stancelog: warning: the corrected statement: holder "rusia" is no actor of the log; did you mean russia? (appended all the same, as a new actor)\n');
  });

  it('weighs a slip against the ids of the events in force, as append does: an id only a withdrawn statement named is none of the log', async () => {
    expect((await box.stancelog('append', box.write('slip.jsonl', [{ ...russiaDemandsLand, holder: 'rusia' }]))).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'a typo of the holder')).code).toBe(0);
    const r = await box.stancelog('correct', '2', '--set', 'holder=rusia', '--reason', 'Moscow said it', '--dry-run');
    expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: the corrected statement: holder "rusia" is no actor of the log; did you mean russia? (it would be appended all the same, as a new actor)\n']);
  });

  it('warns of a speaker the register\'s offices contradict, as append does, and appends the copy all the same (a review\'s finding, stop 49)', async () => {
    const lavrov = { type: 'actor-registered', data: { id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov', offices: [{ actor: 'russia', title: 'Foreign Minister', from: '2004-03-09' }] } };
    expect((await box.stancelog('append', box.write('register.jsonl', [lavrov]))).code).toBe(0);
    const dry = await box.stancelog('correct', '2', '--set', 'speaker={"name": "Sergey Lavrov"}', '--reason', 'Lavrov said it', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([0, 'stancelog: warning: the corrected statement: speaker "Sergey Lavrov" is sergey-lavrov of the register, Foreign Minister of russia on 2025-05-16: with no speaker.actor, the line counts as the holder\'s own word (ukraine); give speaker.actor "russia" if it is russia\'s account of it (it would be appended all the same)\n']);
    const r = await box.stancelog('correct', '2', '--set', 'speaker={"name": "Sergey Lavrov", "actor": "russia"}', '--reason', 'Lavrov said it');
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it("warns of an id the log never named and none of its ids is a slip from with the log's ids, for the one meant", async () => {
    const r = await box.stancelog('correct', '2', '--set', 'holder=kyiv-government', '--reason', 'the government said it', '--dry-run');
    expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: the corrected statement: holder "kyiv-government" is no actor of the log, whose actors are russia, ukraine (it would be appended all the same, as a new actor)\n']);
  });

  it('puts the copy at the place of the statement among the words its holder said at the same time, so the day weighs as it did', async () => {
    // Two accounts of one day: the union's first word, read with a condition it never set, then its refusal.
    box.write('day.jsonl', [
      { holder: 'nurses-union', issue: 'arbitration', kind: 'accept', polarity: '+', conditions: [{ issue: 'strike', polarity: '+' }], statedAt: '2026-03-12', source: { publisher: 'Herald', quote: 'could accept arbitration if the strike pay is protected' } },
      { holder: 'nurses-union', issue: 'arbitration', kind: 'reject', polarity: '-', statedAt: '2026-03-12', source: { publisher: 'Courier', quote: 'rejected arbitration outright' } },
    ]);
    expect((await box.stancelog('append', 'day.jsonl')).code).toBe(0);
    const stance = async () => (await box.json<Array<{ polarity: string }>>('positions', '--holder', 'nurses-union')).map((p) => p.polarity);
    expect(await stance()).toEqual(['-']);
    const r = await box.stancelog('correct', '3', '--unset', 'conditions', '--reason', 'strike pay is not the strike');
    expect([r.code, r.stderr]).toEqual([0, '']);
    // The copy (#6) says what it corrects, and where it stands: #3's place, before the refusal of the same day (#4), which stays the day's word.
    const events = await box.json<Array<Stored & { data: { corrects?: unknown } }>>('log');
    expect(events[5]!.data.corrects).toEqual({ event: events[2]!.id, position: 3 });
    expect(await stance()).toEqual(['-']);
    // Corrected in turn, the copy's copy takes the place the copy took (#3's), not the copy's own (#6).
    const again = await box.stancelog('correct', '6', '--set', 'source.publisher=The Herald', '--reason', 'the paper is The Herald');
    expect([again.code, again.stderr]).toEqual([0, '']);
    const after = await box.json<Array<Stored & { data: { corrects?: unknown } }>>('log');
    expect(after[7]!.data.corrects).toEqual({ event: events[5]!.id, position: 3 });
    expect(await stance()).toEqual(['-']);
  });

  it('has log mark the copy [corrects #N] when its quote was corrected too, by what the copy says it corrects', async () => {
    const r = await box.stancelog('correct', '2', '--set', 'source.quote=no land will be ceded, ever', '--reason', 'misquoted');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((await box.stancelog('log')).stdout.split('\n')[4]).toMatch(/^4 .* ukraine red-line territorial-concessions - \[corrects #2\]$/);
  });

  it('warns that the copy of a statement without a date counts from now, and names the statedAt that puts it back', async () => {
    box.write('undated.jsonl', [{ holder: 'nurses-union', issue: 'arbitration', kind: 'reject', polarity: '-', recordedAt: '2026-03-12T09:00:00Z', source: { publisher: 'Courier', quote: 'rejected arbitration outright' } }]);
    expect((await box.stancelog('append', 'undated.jsonl')).code).toBe(0);
    const since = async () => (await box.json<Array<{ since: string }>>('positions', '--holder', 'nurses-union')).map((p) => p.since);
    expect(await since()).toEqual(['2026-03-12']);
    const dry = await box.stancelog('correct', '3', '--set', 'source.publisher=The Courier', '--reason', 'the paper is The Courier', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([
      0,
      'stancelog: warning: the corrected statement: #3 has no statedAt, and counted from when it was recorded (2026-03-12T09:00:00Z); the copy, recorded now, would count from now: to keep it where #3 stood, give --set statedAt=2026-03-12T09:00:00Z as well (or the time it was said)\n',
    ]);
    const r = await box.stancelog('correct', '3', '--set', 'source.publisher=The Courier', '--reason', 'the paper is The Courier');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^stancelog: warning: the corrected statement: #3 has no statedAt, and counted from when it was recorded \(2026-03-12T09:00:00Z\); the copy, recorded now, counts from now \(\S+\): stancelog correct '#5' --set statedAt=2026-03-12T09:00:00Z --reason \.\.\. puts it where #3 stood \(or give the time it was said\)\n$/);
    expect(await since()).not.toEqual(['2026-03-12']);
    // What it says to run: dated, the copy's copy counts from when the statement was recorded; no warning.
    const back = await box.stancelog('correct', '#5', '--set', 'statedAt=2026-03-12T09:00:00Z', '--reason', 'back where it stood');
    expect([back.code, back.stderr]).toEqual([0, '']);
    expect(await since()).toEqual(['2026-03-12T09:00:00Z']);
  });

  it('names, of an undated statement\'s copy recorded at --recorded-at, that time, not now, and warns of nothing when it is the statement\'s own (a leftover of stop 53)', async () => {
    box.write('undated.jsonl', [{ holder: 'nurses-union', issue: 'arbitration', kind: 'reject', polarity: '-', recordedAt: '2026-03-12T09:00:00Z', source: { publisher: 'Courier', quote: 'rejected arbitration outright' } }]);
    expect((await box.stancelog('append', 'undated.jsonl')).code).toBe(0);
    const fix = ['correct', '3', '--set', 'source.publisher=The Courier', '--reason', 'the paper is The Courier'];
    // Recorded when the statement was, the copy would count from where it stood: nothing to warn of.
    const same = await box.stancelog(...fix, '--recorded-at', '2026-03-12T09:00:00Z', '--dry-run');
    expect([same.code, same.stderr]).toEqual([0, '']);
    const dry = await box.stancelog(...fix, '--recorded-at', '2026-03-20', '--dry-run');
    expect([dry.code, dry.stderr]).toEqual([
      0,
      'stancelog: warning: the corrected statement: #3 has no statedAt, and counted from when it was recorded (2026-03-12T09:00:00Z); the copy, recorded 2026-03-20 (--recorded-at), would count from then: to keep it where #3 stood, give --set statedAt=2026-03-12T09:00:00Z as well (or the time it was said)\n',
    ]);
    const r = await box.stancelog(...fix, '--recorded-at', '2026-03-20');
    expect([r.code, r.stderr]).toEqual([
      0,
      "stancelog: warning: the corrected statement: #3 has no statedAt, and counted from when it was recorded (2026-03-12T09:00:00Z); the copy, recorded 2026-03-20 (--recorded-at), counts from then: stancelog correct '#5' --set statedAt=2026-03-12T09:00:00Z --reason ... puts it where #3 stood (or give the time it was said)\n",
    ]);
    expect((await box.json<Array<{ since: string }>>('positions', '--holder', 'nurses-union')).map((p) => p.since)).toEqual(['2026-03-20']);
  });

  it('refuses to be told what the copy corrects: it is the statement named', async () => {
    const r = await box.stancelog('correct', '2', '--set', 'corrects.position=1', '--reason', 'to stand first');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --set corrects.position: the copy corrects the statement named (corrects is written from it, to take its place); to correct another, name that one\n']);
  });

  it('appends nothing when another command withdrew the statement since it was read, and says to look and run it again', async () => {
    const events = await box.json<Stored[]>('log');
    otherCommand = [eventWithdrawn(events[1]!.id, 'withdrawn meanwhile')];
    const r = await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('stancelog: store stancelog.jsonl: #2 was withdrawn by another command since it was read: nothing appended; see stancelog log, and run this again if it still needs correcting\n');
    expect((await box.json<Stored[]>('log')).map((e) => e.type)).toEqual(['statement-made', 'statement-made', 'event-withdrawn']);
  });
});
