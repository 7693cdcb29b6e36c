import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

describe('stancelog append', () => {
  it('appends every statement of a file to ./stancelog.jsonl and reports the count', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('appended 2 events to stancelog.jsonl');
    expect(existsSync(join(box.dir, 'stancelog.jsonl'))).toBe(true);
    const events = await box.json<Array<{ data: { holder: string } }>>('log');
    expect(events.map((e) => e.data.holder)).toEqual(['russia', 'ukraine']);
  });

  it('skips statements the log already holds, and says how many', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    await box.stancelog('append', 'talks.jsonl');
    box.write('more.jsonl', [ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    const report = await box.json<{ appended: number; duplicates: number; head: number; ids: string[]; duplicateIds: string[] }>(
      'append',
      'more.jsonl',
    );
    expect(report).toMatchObject({ appended: 1, duplicates: 1, head: 3 });
    expect(report.ids).toHaveLength(1);
    expect(report.duplicateIds).toHaveLength(1);
    expect(report.ids[0]).not.toBe(report.duplicateIds[0]);
  });

  it('refuses a file with an invalid line, naming the line and the field, and appends nothing', async () => {
    const bad = { ...ukraineRefusesLand, conditions: [{ issue: 'ceasefire', polarity: 'yes' }] };
    box.write('talks.jsonl', [russiaDemandsLand, '', bad, ukraineWantsCeasefireFirst]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('talks.jsonl line 3: conditions[0].polarity');
    expect(existsSync(join(box.dir, 'stancelog.jsonl'))).toBe(false);
  });

  it('names a line that is not JSON', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, '{"holder": "russia",']);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: talks\.jsonl line 2: not JSON/);
  });

  it('says where in the line it stops being JSON, by its column, and what was found, in the words the actors file and the lexicon are said in, whatever the version of Node (a leftover of stop 47)', async () => {
    box.write('talks.jsonl', ['{"holder": "russia" "issue": "ceasefire"}', '{"holder": "russia",}']);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: talks.jsonl line 1: not JSON at column 21: expected "," or "}" after a field\'s value, got the string "issue" (a "," missing?)',
      'stancelog: talks.jsonl line 2: not JSON at column 21: expected a field after ",", got "}" (JSON has no "," after the last field of an object)',
      'stancelog: 2 lines are invalid (see above): nothing appended',
      '',
    ]);
  });

  it('names a missing required field by its path', async () => {
    const { source: _source, ...noSource } = russiaDemandsLand;
    box.write('talks.jsonl', [noSource]);
    const r = await box.stancelog('append', 'talks.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 1: source');
  });

  it('reports the actors and issues it registers provisionally, and not those the file registers', async () => {
    box.write('talks.jsonl', [
      { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia' } },
      { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the fighting stops at once' } },
      russiaDemandsLand,
      ukraineWantsCeasefireFirst,
    ]);
    const report = await box.json<{ provisional: { actors: string[]; issues: string[] } }>('append', 'talks.jsonl');
    expect(report.provisional).toEqual({ actors: ['ukraine'], issues: ['peace-talks', 'territorial-concessions'] });
    box.write('again.jsonl', [{ ...ukraineRefusesLand, statedAt: '2025-07-20' }]);
    const human = await box.stancelog('append', 'again.jsonl');
    expect(human.stdout).not.toContain('provisionally');
  });

  it('reports the actors an office or an alias registers provisionally, the office\'s holder too, as the registry registers them (a review\'s finding, stop 49)', async () => {
    box.write('registry.jsonl', [
      { type: 'office-held', data: { person: 'maja-holm', office: { actor: 'centre', title: 'Party Leader', from: '2026-02-21' } } },
      { type: 'alias-added', data: { actor: 'greens', alias: 'Green League' } },
    ]);
    const report = await box.json<{ provisional: { actors: string[]; issues: string[] } }>('append', 'registry.jsonl');
    expect(report.provisional).toEqual({ actors: ['centre', 'greens', 'maja-holm'], issues: [] });
    // Once the office has registered them, a statement of Centre's registers no one.
    box.write('talks.jsonl', [{ ...russiaDemandsLand, holder: 'centre', speaker: { name: 'Maja Holm', actor: 'centre' } }]);
    expect((await box.json<{ provisional: { actors: string[] } }>('append', 'talks.jsonl')).provisional.actors).toEqual([]);
  });

  it('warns of statements back-filled into a log that defined what they name only later, its registry appended first with no recordedAt, as --known-at between loses the issue hierarchy (a review\'s finding, stop 49)', async () => {
    const issues = [
      { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'the sides negotiate' } },
      { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'Ukraine cedes land', parent: 'peace-talks' } },
    ];
    expect(await box.stancelog('append', box.write('register.jsonl', issues))).toMatchObject({ code: 0, stderr: '' });
    const r = await box.stancelog('append', box.write('talks.jsonl', [russiaDemandsLand, ukraineWantsCeasefireFirst]));
    expect(r.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(r.stderr).toBe(`stancelog: warning: talks.jsonl line 1: recorded 2025-05-17, before the log registered what it names (#2 issue-defined territorial-concessions and 1 more, recorded ${today}): --known-at a day between sees it provisional, without the names, offices or issue hierarchy recorded later; the log keeps an event's first recording, so in a log begun anew give the registry lines a recordedAt no later than the statements'\n`);
    // Registered in time: nothing to say.
    const dated = sandbox();
    try {
      await dated.stancelog('append', dated.write('register.jsonl', issues.map((e) => ({ ...e, recordedAt: '2025-03-01T00:00:00Z' }))));
      expect(await dated.stancelog('append', dated.write('talks.jsonl', [russiaDemandsLand, ukraineWantsCeasefireFirst]))).toMatchObject({ code: 0, stderr: '' });
    } finally {
      dated.remove();
    }
  });

  it('warns of a name or alias already a name of another actor, in the log or an earlier line, which ingest would read as either, and appends it all the same (a review\'s finding, stop 49)', async () => {
    const greens = { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green League', aliases: ['Greens'] } };
    expect(await box.stancelog('append', box.write('register.jsonl', [greens]))).toMatchObject({ code: 0, stderr: '' });
    const r = await box.stancelog('append', box.write('more.jsonl', [
      { type: 'alias-added', data: { actor: 'liberals', alias: 'greens' } },
      { type: 'actor-registered', data: { id: 'centre', kind: 'organisation', name: 'Centre Party', aliases: ['Centre'] } },
      { type: 'actor-registered', data: { id: 'agrarians', kind: 'organisation', name: 'centre party' } },
      // Its own names again, and a rename keeping the old name as an alias: said only of the alias line 1 gave the Liberals.
      { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Green League', 'Greens'] } },
    ]));
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: warning: more.jsonl line 1: data.alias "greens" is already a name of greens (Green League): ingest would read it as either; give it to one actor (appended all the same)',
      'stancelog: warning: more.jsonl line 3: data.name "centre party" is already a name of centre (Centre Party): ingest would read it as either; give it to one actor (appended all the same)',
      'stancelog: warning: more.jsonl line 4: data.aliases[1] "Greens" is already a name of liberals (liberals): ingest would read it as either; give it to one actor (appended all the same)',
      '',
    ]);
  });

  describe('a speaker the register\'s offices contradict (a review\'s finding, stop 49)', () => {
    const register = [
      { type: 'actor-registered', data: { id: 'erik-sand', kind: 'person', name: 'Erik Sand', offices: [{ actor: 'sdp', title: 'Chief Negotiator', from: '2026-01-10' }] } },
      { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', aliases: ['Lind'], offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' }] } },
      { type: 'actor-registered', data: { id: 'maja-holm', kind: 'person', name: 'Maja Holm', offices: [{ actor: 'centre', title: 'Party Leader', from: '2026-02-21' }] } },
    ];
    const said = (holder: string, speaker: object, statedAt = '2026-03-20'): object => ({ holder, issue: 'wealth-tax', kind: 'reject', polarity: '-', statedAt, speaker, source: { publisher: 'Capital Post', quote: 'no wealth tax' } });
    beforeEach(async () => {
      expect((await box.stancelog('append', box.write('register.jsonl', register))).code).toBe(0);
    });

    it('warns of a registered person with no speaker.actor who held an office of another actor than the holder that day, as the line counts as the holder\'s own word', async () => {
      const r = await box.stancelog('append', box.write('talks.jsonl', [said('liberals', { name: 'Erik Sand' })]));
      expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: talks.jsonl line 1: speaker "Erik Sand" is erik-sand of the register, Chief Negotiator of sdp on 2026-03-20: with no speaker.actor, the line counts as the holder\'s own word (liberals); give speaker.actor "sdp" if it is sdp\'s account of it (appended all the same)\n']);
      expect(r.stdout).toContain('appended 1 event');
    });

    it('warns of a speaker.actor the person held no office of that day (a leader who had resigned), by name or alias in any case, naming the offices the register has', async () => {
      const r = await box.stancelog('append', box.write('talks.jsonl', [said('centre', { name: 'lind', actor: 'centre' })]));
      expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: talks.jsonl line 1: speaker "lind" (tomas-lind of the register) held no office of centre on 2026-03-20 (the register has: Party Leader of centre from 2015-09-01 until 2026-02-20); if they spoke for centre then, register the office with an office-held line (appended all the same)\n']);
    });

    it('warns of a person\'s id given as speaker.actor, as it makes the line a report by that person, naming the actor they spoke for', async () => {
      const r = await box.stancelog('append', box.write('talks.jsonl', [said('centre', { name: 'Maja Holm', actor: 'maja-holm' })]));
      expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: talks.jsonl line 1: speaker.actor "maja-holm" is a person of the register (Maja Holm): the line counts as a report by maja-holm on centre; give speaker.actor "centre", the actor Maja Holm spoke for on 2026-03-20 (appended all the same)\n']);
    });

    it('says nothing of speakers as the register has them, of an office the same input registers, or of names the register does not know', async () => {
      const r = await box.stancelog('append', box.write('talks.jsonl', [
        said('sdp', { name: 'Erik Sand' }),
        said('centre', { name: 'Tomas Lind', actor: 'centre' }, '2026-02-20'),
        said('centre', { name: 'Maja Holm', actor: 'centre' }),
        said('liberals', { name: 'Maja Holm', actor: 'centre' }),
        { type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Honorary Chair', from: '2026-03-01' } } },
        said('centre', { name: 'Tomas Lind', actor: 'centre' }, '2026-03-21'),
        said('liberals', { name: 'Olof Dahl' }),
        // Out of office, a person speaks for themselves, as ingest records a commentator.
        said('centre', { name: 'Erik Sand', actor: 'erik-sand' }, '2025-12-01'),
      ]));
      expect([r.code, r.stderr]).toEqual([0, '']);
    });

    it('reads the register from its snapshot kept beside the log, and what was appended since, not from a replay of the whole log at each append (a leftover of stop 49)', async () => {
      const filler = Array.from({ length: 1000 }, (_, i) => ({ ...said('liberals', { name: 'Olof Dahl' }), source: { publisher: 'Capital Post', quote: `no wealth tax, said for the ${i}th time` } }));
      expect((await box.stancelog('append', box.write('filler.jsonl', filler))).code).toBe(0);
      const snapshot = join(box.dir, 'stancelog.jsonl.snapshots', 'registry.snapshot');
      const lind = (quote: string) => box.write('talks.jsonl', [{ ...said('centre', { name: 'Tomas Lind', actor: 'centre' }), source: { publisher: 'Capital Post', quote } }]);
      const first = await box.stancelog('append', lind('no wealth tax from centre'));
      // The first append that reads the register after 1,000 events saves it; the warning is the one a replay gives.
      expect([first.code, first.stderr, existsSync(snapshot)]).toEqual([0, expect.stringContaining('speaker "Tomas Lind" (tomas-lind of the register) held no office of centre on 2026-03-20'), true]);
      // An office registered after the snapshot is read with it.
      expect((await box.stancelog('append', box.write('office.jsonl', [{ type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Honorary Chair', from: '2026-03-01' } } }]))).code).toBe(0);
      const second = await box.stancelog('append', lind('centre still says no wealth tax'));
      expect([second.code, second.stderr]).toEqual([0, '']);
    });
  });

  it('reports the actor of an office given at registration as registered provisionally, as that of an office-held line, and a statement of it after as new to no one (a leftover of stop 49)', async () => {
    box.write('people.jsonl', [
      { type: 'actor-registered', data: { id: 'keir-starmer', kind: 'person', name: 'Keir Starmer', offices: [{ actor: 'united-kingdom', title: 'prime minister', from: '2024-07-05' }] } },
    ]);
    const human = await box.stancelog('append', 'people.jsonl');
    expect(human.stdout).toContain('registered provisionally (actors): united-kingdom\n');
    box.write('talks.jsonl', [{ ...russiaDemandsLand, holder: 'united-kingdom' }]);
    const report = await box.json<{ provisional: { actors: string[] } }>('append', 'talks.jsonl');
    // Russia speaks in the statement: it is new to the log; the United Kingdom the office registered.
    expect(report.provisional.actors).toEqual(['russia']);
  });

  it('warns of an id new to the log one slip from one it has, naming the line, the field and the id meant, and appends it all the same (a review\'s finding)', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, ukraineWantsCeasefireFirst]);
    await box.stancelog('append', 'talks.jsonl');
    box.write('fix.jsonl', [
      { ...russiaDemandsLand, holder: 'rusia', issue: 'territorial-concession', statedAt: '2025-05-15' },
      { ...ukraineRefusesLand, conditions: [{ issue: 'ceasfire', polarity: '+' }] },
      // New, and close to nothing the log has: a new actor, as legitimate as any.
      { ...ukraineRefusesLand, holder: 'poland' },
      { type: 'actor-registered', data: { id: 'rustem-umerov', kind: 'person', name: 'Rustem Umerov', offices: [{ actor: 'ukriane', title: 'defence minister', from: '2023-09-06' }] }, recordedAt: '2025-05-17T09:00:00Z' },
    ]);
    const r = await box.stancelog('append', 'fix.jsonl');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'stancelog: warning: fix.jsonl line 1: holder "rusia" is no actor of the log; did you mean russia? (appended all the same, as a new actor)',
        'stancelog: warning: fix.jsonl line 1: issue "territorial-concession" is no issue of the log; did you mean territorial-concessions? (appended all the same, as a new issue)',
        'stancelog: warning: fix.jsonl line 2: conditions[0].issue "ceasfire" is no issue of the log; did you mean ceasefire? (appended all the same, as a new issue)',
        'stancelog: warning: fix.jsonl line 4: data.offices[0].actor "ukriane" is no actor of the log; did you mean ukraine? (appended all the same, as a new actor)',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('appended 4 events');
    // The ids the log has now, and one the same batch defines, are no slips.
    box.write('more.jsonl', [
      { type: 'actor-registered', data: { id: 'belarus', kind: 'state', name: 'Belarus' }, recordedAt: '2025-05-17T09:00:00Z' },
      { ...ukraineRefusesLand, holder: 'rusia', statedAt: '2025-05-14' },
      { ...ukraineRefusesLand, holder: 'belarus', statedAt: '2025-05-14' },
    ]);
    expect((await box.stancelog('append', 'more.jsonl')).stderr).toBe('');
  });

  it('warns of a slip of an id the log knows only from statements, as of one it registered, and of an issue it names only as a parent', async () => {
    box.write('talks.jsonl', [russiaDemandsLand, { type: 'issue-defined', data: { id: 'front-line', title: 'Front line', proposition: 'the front line is frozen', parent: 'ceasefire-terms' } }]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    box.write('fix.jsonl', [{ ...ukraineRefusesLand, holder: 'russa', issue: 'ceasefire-term' }]);
    const r = await box.stancelog('append', 'fix.jsonl');
    expect(r.stderr).toBe(
      'stancelog: warning: fix.jsonl line 1: holder "russa" is no actor of the log; did you mean russia? (appended all the same, as a new actor)\n' +
        'stancelog: warning: fix.jsonl line 1: issue "ceasefire-term" is no issue of the log; did you mean ceasefire-terms? (appended all the same, as a new issue)\n',
    );
  });

  it('offers no id that only withdrawn events name as the one meant: withdrawn, it is no id of the log (a leftover of stop 50, where the whole log was read, withdrawals and all)', async () => {
    box.write('talks.jsonl', [ukraineRefusesLand, { ...ukraineRefusesLand, holder: 'ukriane' }]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    expect((await box.stancelog('withdraw', '2', '--reason', 'a slip of the holder')).code).toBe(0);
    box.write('fix.jsonl', [{ ...ukraineWantsCeasefireFirst, holder: 'ukrane' }]);
    const r = await box.stancelog('append', 'fix.jsonl');
    expect([r.code, r.stderr]).toEqual([0, 'stancelog: warning: fix.jsonl line 1: holder "ukrane" is no actor of the log; did you mean ukraine? (appended all the same, as a new actor)\n']);
  });

  it('keeps the recorded time a line gives, and uses the time of appending otherwise', async () => {
    const { recordedAt: _r, ...undated } = ukraineRefusesLand;
    box.write('talks.jsonl', [russiaDemandsLand, undated]);
    const before = Date.now();
    await box.stancelog('append', 'talks.jsonl');
    const events = await box.json<Array<{ recordedAt: string }>>('log');
    expect(events[0]!.recordedAt).toBe('2025-05-17T09:00:00Z');
    expect(Date.parse(events[1]!.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('warns, back-filling, that a registry line with no recordedAt is recorded now, after the statements of its input', async () => {
    const issue = { type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territorial concessions', proposition: 'Ukraine cedes occupied land', parent: 'peace-talks' } };
    box.write('backfill.jsonl', [russiaDemandsLand, issue, { ...issue, data: { ...issue.data, id: 'ceasefire', title: 'Ceasefire', parent: undefined } }]);
    const r = await box.stancelog('append', 'backfill.jsonl');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'stancelog: warning: backfill.jsonl line 2: issue-defined has no recordedAt (and 1 more registry lines), so it is recorded now, while the statements of this input were recorded from 2025-05-17: --known-at a day before now will not see it; give it a recordedAt\n',
    );
    // Appended again, the registry lines are already in the log: recorded then, not now.
    expect((await box.stancelog('append', 'backfill.jsonl')).stderr).toBe('');
    // Dated, it is not worth a word (of a statement on it: one on territory was recorded before the log defined that).
    box.write('dated.jsonl', [{ ...issue, data: { ...issue.data, id: 'nato-membership', title: 'NATO', parent: undefined }, recordedAt: '2025-05-01T00:00:00Z' }, { ...ukraineRefusesLand, issue: 'nato-membership' }]);
    expect((await box.stancelog('append', 'dated.jsonl')).stderr).toBe('');
  });

  it('fails with one line, in words, when the file does not exist or is a folder', async () => {
    const r = await box.stancelog('append', 'nowhere.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('stancelog: nowhere.jsonl: no such file\n');
    mkdirSync(join(box.dir, 'adir'));
    const folder = await box.stancelog('append', 'adir');
    expect([folder.code, folder.stderr]).toEqual([1, 'stancelog: adir is a folder, not a .jsonl file\n']);
  });

  it('warns that an empty or blank input holds no statements, appends nothing, and creates no log', async () => {
    box.write('blank.jsonl', ['', '   ', '\t']);
    writeFileSync(join(box.dir, 'empty.jsonl'), '');
    for (const name of ['blank.jsonl', 'empty.jsonl']) {
      const r = await box.stancelog('append', name);
      expect(r).toEqual({ code: 0, stdout: 'appended 0 events to stancelog.jsonl (no log there yet, and none was created)\n', stderr: `stancelog: warning: ${name} holds no statements (only blank lines, or nothing): nothing appended\n` });
      expect(existsSync(join(box.dir, 'stancelog.jsonl'))).toBe(false);
    }
    // An existing log is left as it is, and its head reported.
    box.write('talks.jsonl', [russiaDemandsLand]);
    await box.stancelog('append', 'talks.jsonl');
    const report = await box.json<{ appended: number; head: number }>('append', 'empty.jsonl');
    expect(report).toMatchObject({ appended: 0, head: 1 });
    expect((await box.stancelog('append', 'empty.jsonl')).stdout).toBe('appended 0 events to stancelog.jsonl\n');
  });

  it('writes to the store --store names, or $STANCELOG_STORE', async () => {
    box.write('talks.jsonl', [russiaDemandsLand]);
    expect((await box.stancelog('append', 'talks.jsonl', '--store', 'logs-a.jsonl')).code).toBe(0);
    expect(existsSync(join(box.dir, 'logs-a.jsonl'))).toBe(true);
    const envBox = sandbox({ STANCELOG_STORE: 'from-env.jsonl' });
    try {
      envBox.write('talks.jsonl', [russiaDemandsLand]);
      expect((await envBox.stancelog('append', 'talks.jsonl')).code).toBe(0);
      expect(existsSync(join(envBox.dir, 'from-env.jsonl'))).toBe(true);
    } finally {
      envBox.remove();
    }
  });
});
