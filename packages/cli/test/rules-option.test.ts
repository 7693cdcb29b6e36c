import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysis, readAll } from '@stancelog/core';
import type { ContradictionRule, ContradictionView } from '@stancelog/core';
import { fileSnapshots, openFileStore } from '@stancelog/store-file';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';
import { sandbox, watching } from './harness.js';
import type { Sandbox } from './harness.js';

// A rule of a researcher's own, as a plain ES module in the working directory: a holder threatens on an
// issue while its last word on the peace talks is for them; the contradiction ends when it turns against them.
const THREAT_WHILE_TALKING = `
const TYPE = 'threat-while-talking';
export default {
  type: TYPE,
  version: '1',
  initial: () => ({ talking: new Map(), open: new Map() }),
  onStatement(ctx, state, entry, position) {
    const { holder, issue } = position;
    const at = { time: entry.validFrom, label: entry.label };
    if (issue === 'peace-talks') {
      if (entry.polarity === '+') return void state.talking.set(holder, entry.id);
      state.talking.delete(holder);
      for (const [key, filedUnder] of state.open.get(holder) ?? []) ctx.resolve(TYPE, filedUnder, key, at, entry.id);
      return void state.open.delete(holder);
    }
    const talks = state.talking.get(holder);
    if (entry.kind !== 'threat' || talks === undefined) return;
    const key = holder + ':' + issue;
    ctx.open({ type: TYPE, key, issues: [issue, 'peace-talks'], actors: [holder], since: at, statements: [talks, entry.id],
      summary: holder + ' threatens on ' + issue + ' while it backs the talks' });
    if (!state.open.has(holder)) state.open.set(holder, new Map());
    state.open.get(holder).set(key, issue);
  },
};
`;

/** The first 12 hex digits of the SHA-256 of a module's text: the analysis sees a rule's version followed by it. */
const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The same rule's type and version, as the analysis sees it, for naming its analysis in a test (the analysis' name depends on nothing else). */
const threatWhileTalking: ContradictionRule = { type: 'threat-while-talking', version: `1+${hashOf(THREAT_WHILE_TALKING)}`, initial: () => undefined, onStatement: () => undefined };

// Russia backs the talks, threatens the grid (flagged), then walks away from the talks (which ends it, and
// is a reversal of its own word). Ukraine threatens without having backed the talks: nothing to flag.
const russiaBacksTalks = { holder: 'russia', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-05-10', source: { publisher: 'Test Wire', quote: 'Moscow is ready to talk in Istanbul' } };
const russiaThreatensGrid = { holder: 'russia', issue: 'energy-infrastructure', kind: 'threat', polarity: '+', statedAt: '2025-05-12', source: { publisher: 'Test Wire', quote: 'strikes on the grid will go on' } };
const ukraineThreatensSanctions = { holder: 'ukraine', issue: 'sanctions', kind: 'threat', polarity: '+', statedAt: '2025-05-14', source: { quote: 'sanctions will be raised' } };
const russiaLeavesTalks = { holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-06-01', source: { publisher: 'Test Wire', quote: 'there is nothing left to discuss' } };

const ID = 'threat-while-talking:russia:energy-infrastructure';

async function appended(s: Sandbox, ...statements: unknown[]): Promise<void> {
  const r = await s.stancelog('append', s.write(`part-${readdirSync(s.dir).length}.jsonl`, statements));
  if (r.code !== 0) throw new Error(r.stderr);
}

const types = (views: ReadonlyArray<ContradictionView>) => views.map((c) => c.type);

/** A sandbox with the rule's module and a log in which it finds one contradiction, ended later. */
async function withTheRule(): Promise<Sandbox> {
  const s = sandbox();
  writeFileSync(join(s.dir, 'threat-while-talking.mjs'), THREAT_WHILE_TALKING);
  await appended(s, russiaBacksTalks, russiaThreatensGrid, ukraineThreatensSanctions, russiaLeavesTalks);
  return s;
}

describe('a rule of your own, loaded with --rules FILE', () => {
  let s: Sandbox;
  beforeEach(async () => (s = await withTheRule()));
  afterEach(() => s.remove());

  it('lists its contradictions beside the built-in ones, in --json with their statements and the one that ended them', async () => {
    const found = await s.json<ContradictionView[]>('contradictions', '--rules', 'threat-while-talking.mjs');
    expect(types(found).sort()).toEqual(['reversal', 'threat-while-talking']);
    const own = found.find((c) => c.type === 'threat-while-talking')!;
    expect(own).toMatchObject({
      id: ID,
      issues: ['energy-infrastructure', 'peace-talks'],
      actors: ['russia'],
      since: '2025-05-12',
      until: '2025-06-01',
      status: 'resolved',
      summary: 'russia threatens on energy-infrastructure while it backs the talks',
    });
    const events = await s.json<Array<{ id: string; data: { source: { quote: string } } }>>('log');
    const quote = (id: string | null) => events.find((e) => e.id === id)?.data.source.quote;
    expect(own.statements.map(quote)).toEqual(['Moscow is ready to talk in Istanbul', 'strikes on the grid will go on']);
    expect(quote(own.resolvedBy)).toBe('there is nothing left to discuss');
  });

  it('is not run without it: the built-in rules alone find only the reversal', async () => {
    expect(types(await s.json<ContradictionView[]>('contradictions'))).toEqual(['reversal']);
  });

  it('shows them in the table with the short id explain takes', async () => {
    const r = await s.stancelog('contradictions', '--rules', 'threat-while-talking.mjs', '--status', 'resolved');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[1]).toMatch(/^threat-while-talking +threat-while-talking +energy-infrastructure, peace-talks +russia +2025-05-12 +resolved 2025-06-01 +russia threatens on energy-infrastructure while it backs the talks$/);
  });

  it('filters by --type on its type, which is refused (as any unknown type) without the rule', async () => {
    expect(types(await s.json<ContradictionView[]>('contradictions', '--rules', 'threat-while-talking.mjs', '--type', 'threat-while-talking'))).toEqual(['threat-while-talking']);
    expect(types(await s.json<ContradictionView[]>('contradictions', '--rules', 'threat-while-talking.mjs', '--type', 'reversal'))).toEqual(['reversal']);
    const refused = await s.stancelog('contradictions', '--type', 'threat-while-talking');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'stancelog: --type "threat-while-talking": expected one of incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction; threat-while-talking is not a built-in type: give --rules FILE with the rule that finds it?\n',
    ]);
    // With the rule, a typo is refused naming its type among the others, and as the one meant.
    const typo = await s.stancelog('contradictions', '--rules', 'threat-while-talking.mjs', '--type', 'threat-while-talkin');
    expect(typo.stderr).toBe(
      'stancelog: --type "threat-while-talkin": expected one of incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction, threat-while-talking; did you mean threat-while-talking?\n',
    );
  });

  it('explains one of them by its id: the rule, the statements with their quotes, and the statement that ended it', async () => {
    const r = await s.stancelog('explain', 'threat-while-talking', '--rules', 'threat-while-talking.mjs');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`${ID}\n  russia threatens on energy-infrastructure while it backs the talks\n  threat-while-talking, from 2025-05-12, resolved 2025-06-01; issues: energy-infrastructure, peace-talks; actors: russia\n`);
    expect(r.stdout).toContain('\nWHY: found by the rule threat-while-talking (not a built-in rule).\n');
    expect(r.stdout).toContain('\nSTATEMENTS (2)\n  2025-05-10  russia: + support on peace-talks\n    “Moscow is ready to talk in Istanbul”\n');
    expect(r.stdout).toContain('\nENDED BY\n  2025-06-01  russia: - reject on peace-talks\n    “there is nothing left to discuss”\n');
    const json = await s.json<{ contradiction: ContradictionView; statements: Array<{ quote: string }>; endedBy: { quote: string } }>('explain', ID, '--rules', 'threat-while-talking.mjs');
    expect([json.contradiction.id, json.statements.map((st) => st.quote), json.endedBy.quote]).toEqual([
      ID,
      ['Moscow is ready to talk in Istanbul', 'strikes on the grid will go on'],
      'there is nothing left to discuss',
    ]);
    // Without the rule there is no such contradiction to explain.
    expect((await s.stancelog('explain', ID)).stderr).toMatch(/^stancelog: no contradiction "threat-while-talking:russia:energy-infrastructure" \(1 in the log\)/);
  });

  it('explains one of them by the description its rule gives, when it gives one, whatever its type is named', async () => {
    for (const type of ['threat-while-talking', 'constructor']) {
      const file = `described-${type}.mjs`;
      const described = THREAT_WHILE_TALKING.replace("const TYPE = 'threat-while-talking';", `const TYPE = '${type}';`).replace("version: '1',", "version: '1',\n  description: 'a holder threatens while it backs the talks',");
      writeFileSync(join(s.dir, file), described);
      const r = await s.stancelog('explain', type, '--rules', file);
      expect([type, r.code, r.stderr]).toEqual([type, 0, '']);
      expect(r.stdout).toContain(`\nWHY: the rule ${type} fires when a holder threatens while it backs the talks.\n`);
      expect((await s.json<{ rule: string }>('explain', type, '--rules', file)).rule).toBe('a holder threatens while it backs the talks');
    }
  });

  it('is taken by every command that runs the analysis: diff, report, timeline, positions, alignment and contradictions --watch', async () => {
    const diff = await s.json<{ contradictionsOpened: ContradictionView[]; contradictionsResolved: ContradictionView[] }>(
      'diff', '--from', '2025-05-11', '--to', '2025-05-31', '--rules', 'threat-while-talking.mjs',
    );
    expect(types(diff.contradictionsOpened)).toEqual(['threat-while-talking']);
    const report = await s.json<{ contradictions: number }>('report', '--out', 'site', '--rules', 'threat-while-talking.mjs');
    expect(report.contradictions).toBe(2);
    expect(readFileSync(join(s.dir, 'site', 'data.json'), 'utf8')).toContain('russia threatens on energy-infrastructure while it backs the talks');
    // They change no stance: positions, timeline, alignment and the graph print the same with the rule as without it.
    for (const command of [['positions'], ['timeline'], ['timeline', '--holder', 'russia'], ['alignment', '--json'], ['graph', '--json']]) {
      expect(await s.stancelog(...command, '--rules', 'threat-while-talking.mjs')).toEqual(await s.stancelog(...command));
    }
    // The watch prints them as they stand, then follows them.
    const w = watching(s.dir, ['--rules', 'threat-while-talking.mjs', '--type', 'threat-while-talking']);
    const out = w.out;
    try {
      await w.until((o) => o.stderr.includes('watching'));
      await appended(s, { ...russiaBacksTalks, statedAt: '2025-06-10', source: { quote: 'talks again, then' } }, { ...russiaThreatensGrid, issue: 'black-sea-shipping', statedAt: '2025-06-11' });
      await w.until((o) => o.stdout.includes('opened'));
    } finally {
      w.stop();
    }
    expect(await w.code).toBe(0);
    expect(out.stdout).toContain('threat-while-talking  energy-infrastructure, peace-talks  russia  2025-05-12  resolved 2025-06-01');
    expect(out.stdout).toMatch(/\n#\d+  opened    threat-while-talking on black-sea-shipping, peace-talks \(russia\) \[threat-while-talking:russia:black-sea-shipping\] since 2025-06-11: russia threatens on black-sea-shipping while it backs the talks\n/);
  });

  it('is read from $STANCELOG_RULES when --rules is not given; --rules given takes its place', async () => {
    const env = sandbox({ STANCELOG_RULES: 'threat-while-talking.mjs' });
    try {
      writeFileSync(join(env.dir, 'threat-while-talking.mjs'), THREAT_WHILE_TALKING);
      writeFileSync(join(env.dir, 'other.mjs'), "export const rules = [{ type: 'threat-count', version: '1', initial: () => ({ n: 0 }), onStatement: (_ctx, state, entry) => { if (entry.kind === 'threat') state.n++ } }]\n");
      await appended(env, russiaBacksTalks, russiaThreatensGrid);
      expect(types(await env.json<ContradictionView[]>('contradictions'))).toEqual(['threat-while-talking']);
      expect((await env.stancelog('explain', ID)).code).toBe(0);
      expect(types(await env.json<ContradictionView[]>('contradictions', '--type', 'threat-while-talking'))).toEqual(['threat-while-talking']);
      // --rules names other modules: the variable's are not loaded.
      expect((await env.stancelog('contradictions', '--rules', 'other.mjs', '--type', 'threat-while-talking')).stderr).toMatch(/^stancelog: --type "threat-while-talking": expected one of .*, threat-count\n$/);
    } finally {
      env.remove();
    }
    // Several modules, separated as in PATH; an empty variable names none.
    const two = sandbox({ STANCELOG_RULES: ['threat-while-talking.mjs', 'count.cjs'].join(process.platform === 'win32' ? ';' : ':') });
    const none = sandbox({ STANCELOG_RULES: '' });
    try {
      writeFileSync(join(two.dir, 'threat-while-talking.mjs'), THREAT_WHILE_TALKING);
      writeFileSync(join(two.dir, 'count.cjs'), "module.exports = { type: 'threat-count', version: '1', initial: () => ({ n: 0 }), onStatement: () => undefined }\n");
      await appended(two, russiaBacksTalks, russiaThreatensGrid);
      expect((await two.stancelog('contradictions', '--type', 'threat-count')).code).toBe(0);
      expect(types(await two.json<ContradictionView[]>('contradictions'))).toEqual(['threat-while-talking']);
      await appended(none, russiaBacksTalks, russiaThreatensGrid);
      expect(await none.json<ContradictionView[]>('contradictions')).toEqual([]);
    } finally {
      two.remove();
      none.remove();
    }
  });

  it('takes several modules, --rules given once for each, ES modules or CommonJS, exporting a rule or a list by default or as `rules`', async () => {
    const rule = (type: string) => `{ type: '${type}', version: '1', initial: () => ({ n: 0 }), onStatement: (_ctx, state) => void state.n++ }`;
    writeFileSync(join(s.dir, 'listed.mjs'), `export const rules = [${rule('counted-a')}, ${rule('counted-b')}]\n`);
    writeFileSync(join(s.dir, 'array.mjs'), `export default [${rule('counted-c')}]\n`);
    writeFileSync(join(s.dir, 'common.cjs'), `exports.rules = [${rule('counted-d')}]\n`);
    mkdirSync(join(s.dir, 'rules'));
    writeFileSync(join(s.dir, 'rules', 'single.cjs'), `module.exports = ${rule('counted-e')}\n`);
    const argv = ['threat-while-talking.mjs', 'listed.mjs', 'array.mjs', 'common.cjs', 'rules/single.cjs', 'threat-while-talking.mjs'].flatMap((f) => ['--rules', f]);
    const r = await s.stancelog('contradictions', ...argv, '--type', 'no-such-type');
    // The types --type accepts are those of the analysis run: the built-in ones, then each module's, in order (a module named twice counts once).
    expect(r.stderr).toBe(
      'stancelog: --type "no-such-type": expected one of incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction, threat-while-talking, counted-a, counted-b, counted-c, counted-d, counted-e\n',
    );
    expect(types(await s.json<ContradictionView[]>('contradictions', ...argv)).sort()).toEqual(['reversal', 'threat-while-talking']);
  });
});

describe('a rules file that gives no rules is refused, naming the file and what is wrong (exit 1, nothing printed)', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = sandbox();
    await appended(s, russiaBacksTalks, russiaThreatensGrid);
    const files: Record<string, string> = {
      'threat-while-talking.mjs': THREAT_WHILE_TALKING,
      'broken.mjs': 'export default { type: "broken", \n',
      'throws.mjs': "throw new RangeError('no lexicon at ./lexicon.json')\n",
      'imports.mjs': "import { momentOf } from 'no-such-package'\nexport default momentOf\n",
      'helpers.mjs': 'export const summary = (holder) => holder + " threatens"\n',
      'empty.mjs': 'export default []\n',
      'no-version.mjs': "export default { type: 'threat-count', initial: () => 0, onStatement: () => undefined }\n",
      'numbered.mjs': "export const rules = [{ type: 'a', version: '1', initial: () => 0, onChange: () => undefined }, { type: 'b', version: 2, initial: () => 0, onChange: () => undefined }]\n",
      'deaf.mjs': "export default { type: 'deaf', version: '1', initial: () => 0 }\n",
      'no-initial.mjs': "export default { type: 'threat-count', version: '1', initial: 0, onStatement: () => undefined }\n",
      'bad-hook.mjs': "export default { type: 'threat-count', version: '1', initial: () => 0, onStatement: 'count threats' }\n",
      'blank-description.mjs': "export default { type: 'blank', version: '1', description: ' ', initial: () => null, onStatement: () => undefined }\n",
      'spaced.mjs': "export default { type: 'threat count', version: '1', initial: () => 0, onStatement: () => undefined }\n",
      'named-factory.mjs': "export function brokenPromise(days = 90) { return { type: 'broken-promise', version: `1:${days}`, initial: () => ({}), onStatement: () => undefined } }\n",
      'factory.mjs': "export default function threatCount() { return { type: 'threat-count', version: '1', initial: () => 0, onStatement: () => undefined } }\n",
      'not-a-list.mjs': "export const rules = { type: 'threat-count', version: '1', initial: () => 0, onStatement: () => undefined }\n",
      'twice.mjs': "const r = (v) => ({ type: 'threat-count', version: v, initial: () => 0, onStatement: () => undefined })\nexport const rules = [r('1'), r('2')]\n",
      'again.mjs': THREAT_WHILE_TALKING.replace("version: '1'", "version: '2'"),
      'turns.mjs': "export default { type: 'reversal', version: '1', initial: () => 0, onChange: () => undefined }\n",
      'buggy.mjs': "export default { type: 'buggy', version: '1', initial: () => ({}), onStatement: (ctx, state, entry) => { state.seen.add(entry.id) } }\n",
      'commas.mjs': "export default { type: 'threat-count', version: '1,other@2', initial: () => 0, onStatement: () => undefined }\n",
      'empty.cjs': '',
      'helpers.cjs': 'exports.summary = (holder) => holder + " threatens"\n',
      'rule.ts': "export default { type: 'threat-count', version: '1', initial: (): number => 0, onStatement() {} }\n",
      'esm.cjs': "export default { type: 'threat-count', version: '1', initial: () => 0, onStatement() {} }\n",
      'needs-core.mjs': "import { momentOf } from '@stancelog/core'\nexport default { type: 'threat-count', version: '1', initial: () => 0, onStatement: (ctx, s, e) => momentOf(e) }\n",
      'classy.mjs': "class Counter { constructor() { this.n = 0 } inc() { this.n++ } }\nexport default { type: 'classy', version: '1', initial: () => ({ counters: new Map([['all', new Counter()]]) }), onStatement: (ctx, s) => s.counters.get('all').inc() }\n",
      'functions.mjs': "export default { type: 'functions', version: '1', initial: () => ({ seen: 0, count: () => 1 }), onStatement: () => undefined }\n",
      'shared.mjs': "const state = { n: 0 }\nexport default { type: 'shared', version: '1', initial: () => state, onStatement: (ctx, s) => void s.n++ }\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(s.dir, name), text);
    mkdirSync(join(s.dir, 'rules'));
  });
  afterAll(() => s.remove());

  it.each([
    [['nope.mjs'], '--rules nope.mjs: no such file'],
    [['rules'], '--rules rules: a folder, not a module file'],
    [[''], '--rules names an empty file: name a JavaScript module of rules (an unset shell variable?)'],
    [['broken.mjs'], /^--rules broken\.mjs: cannot load it: SyntaxError: /],
    [['throws.mjs'], '--rules throws.mjs: cannot load it: RangeError: no lexicon at ./lexicon.json'],
    [['imports.mjs'], /^--rules imports\.mjs: cannot load it: .*no-such-package/],
    [['helpers.mjs'], '--rules helpers.mjs: exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS); it exports the function summary: if it makes a rule, export the rule it makes (export default summary())'],
    [['empty.mjs'], '--rules empty.mjs: exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)'],
    [['no-version.mjs'], '--rules no-version.mjs: export default is no contradiction rule: it has no version (a string)'],
    [['numbered.mjs'], "--rules numbered.mjs: export rules[1] is no contradiction rule: its version is a number (2), not a string (write version: '2')"],
    [['no-initial.mjs'], '--rules no-initial.mjs: export default is no contradiction rule: its initial is a number (0), not a function (its state for an empty log)'],
    [['deaf.mjs'], '--rules deaf.mjs: export default is no contradiction rule: it has none of the hooks onStatement, onChange, onRegistry, onSettle: it would never hear the log'],
    [['bad-hook.mjs'], '--rules bad-hook.mjs: export default is no contradiction rule: its onStatement is a string ("count threats"), not a function'],
    [['blank-description.mjs'], '--rules blank-description.mjs: export default is no contradiction rule: its description is a string (" "), not a sentence (what the rule finds: "a holder threatens while it proposes talks"; leave it out rather than empty)'],
    [['spaced.mjs'], `--rules spaced.mjs: export default is no contradiction rule: its type "threat count" is no name: use letters, digits, '-', '_' and '.' (a type begins its contradictions' ids, as in reversal:russia:ceasefire)`],
    [['factory.mjs'], '--rules factory.mjs: export default is no contradiction rule: it is a function, not a rule: export the rule it makes (an object with type, version, initial and a hook)'],
    // A factory exported as the template exports its rule's, and no rule: the message names it, and what to export.
    [['named-factory.mjs'], '--rules named-factory.mjs: exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS); it exports the function brokenPromise: if it makes a rule, export the rule it makes (export default brokenPromise())'],
    [['not-a-list.mjs'], '--rules not-a-list.mjs: export rules is an object, not an array of rules (export const rules = [...])'],
    [['twice.mjs'], '--rules twice.mjs: export rules[1] has the type threat-count, as export rules[0] has: give each rule a type of its own'],
    [['threat-while-talking.mjs', 'again.mjs'], '--rules again.mjs: export default has the type threat-while-talking, as export default of threat-while-talking.mjs has: give each rule a type of its own'],
    [['turns.mjs'], "--rules turns.mjs: export default has the type reversal, a built-in rule's: give it a type of its own"],
    // Two sets of rules must never share an analysis' name, which joins type@version with commas.
    [['commas.mjs'], `--rules commas.mjs: export default is no contradiction rule: its version "1,other@2" holds a ',', an '@' or a control character: use letters, digits and marks such as '.', '-', ':' (it names the rule in the analysis' name, type@version, joined by commas)`],
    // CommonJS as ES modules: an empty module, or one of helpers only, exports no rules.
    [['empty.cjs'], '--rules empty.cjs: exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS)'],
    [['helpers.cjs'], '--rules helpers.cjs: exports no rules: export default a rule or an array of rules, or export const rules = [...] (module.exports in CommonJS); it exports the function summary: if it makes a rule, export the rule it makes (export default summary())'],
    [['rule.ts'], '--rules rule.ts: TypeScript is not loaded: compile it to an ES module (.mjs) first'],
    [['esm.cjs'], /^--rules esm\.cjs: cannot load it: SyntaxError: .*: it is an ES module \(import\/export\), which Node reads as CommonJS in a \.cjs file: rename it \.mjs$/],
    [['needs-core.mjs'], /^--rules needs-core\.mjs: cannot load it: Cannot find (package|module) '@stancelog\/core'.*: install @stancelog\/core next to the rule, at the version of this stancelog: it is not on the npm registry yet, so from its tarball, built from a checkout as the root README's Install says \(npm install \/tmp\/stancelog\/stancelog-core-0\.1\.0\.tgz in the rule's folder or one above it\), or bundle the rule with what it imports \(esbuild needs-core\.mjs --bundle --platform=node --format=esm --outfile=rule\.bundle\.mjs\)$/],
    // A state a snapshot would not keep: it would work on the first run, and fail on the next.
    [['classy.mjs'], `--rules classy.mjs: export default (rule classy): the state its initial returns holds an instance of the class Counter (at .counters.get("all")): a rule's state must be plain data (objects, arrays, Maps, Sets, strings, numbers), which snapshots keep as it is; a snapshot's copy of a class instance has lost its methods, and a function cannot be kept`],
    [['functions.mjs'], /^--rules functions\.mjs: export default \(rule functions\): the state its initial returns holds a function \(at \.count\): a rule's state must be plain data/],
    [['shared.mjs'], '--rules shared.mjs: export default (rule shared): its initial returns the same object on each call: return a new one each time (initial: () => ({ ... })), or two analyses would share it'],
  ] as Array<[string[], string | RegExp]>)('--rules %j', async (files, message) => {
    for (const command of [['contradictions'], ['explain', 'reversal'], ['timeline'], ['positions'], ['diff', '--from', '2025-05-01', '--to', '2025-06-01'], ['report', '--out', 'site']]) {
      const r = await s.stancelog(...command, ...files.flatMap((f) => ['--rules', f]));
      expect([command[0], r.code, r.stdout]).toEqual([command[0], 1, '']);
      if (typeof message === 'string') expect(r.stderr).toBe(`stancelog: ${message}\n`);
      else expect(r.stderr.replace(/^stancelog: /, '').trimEnd()).toMatch(message);
    }
    expect(existsSync(join(s.dir, 'site'))).toBe(false);
  });

  it('names $STANCELOG_RULES when the file came from it', async () => {
    const fromEnv = sandbox({ STANCELOG_RULES: 'nope.mjs' });
    try {
      await appended(fromEnv, russiaBacksTalks);
      const r = await fromEnv.stancelog('contradictions');
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: $STANCELOG_RULES nope.mjs: no such file\n']);
    } finally {
      fromEnv.remove();
    }
  });

  it('stops with the rule and its file named when the rule throws while the log is replayed', async () => {
    const r = await s.stancelog('contradictions', '--rules', 'buggy.mjs', '--no-snapshots');
    expect([r.code, r.stdout]).toEqual([1, '']);
    // At the event it was given (the first statement of the log).
    expect(r.stderr).toMatch(/^stancelog: unexpected failure: rule buggy of buggy\.mjs failed in onStatement at event #1: TypeError: .*\n$/);
  });

  it('names a correction it throws on by its own log position, not by the place of the statement it corrects', async () => {
    const own = sandbox();
    try {
      // #1 to #4 the log; stancelog correct 1 appends the withdrawal (#5) and the copy (#6), which counts at #1's place.
      await appended(own, russiaBacksTalks, russiaThreatensGrid, ukraineThreatensSanctions, russiaLeavesTalks);
      const fixed = await own.stancelog('correct', '1', '--set', 'kind=accept', '--reason', 'Moscow accepted the talks');
      expect([fixed.code, fixed.stderr]).toEqual([0, '']);
      // It throws on the copy only (its entry's position is 1, the place it takes).
      writeFileSync(join(own.dir, 'picky.mjs'), "export default { type: 'picky', version: '1', initial: () => ({}), onStatement(ctx, state, entry) { if (entry.kind === 'accept') throw new RangeError('not this one') } }\n");
      const r = await own.stancelog('contradictions', '--rules', 'picky.mjs', '--no-snapshots');
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: unexpected failure: rule picky of picky.mjs failed in onStatement at event #6: RangeError: not this one\n']);
    } finally {
      own.remove();
    }
  });
});

describe('snapshots of an analysis with rules of your own are kept apart from those without', () => {
  let s: Sandbox;
  const folder = () => join(s.dir, 'stancelog.jsonl.snapshots');
  beforeEach(async () => {
    s = sandbox();
    writeFileSync(join(s.dir, 'threat-while-talking.mjs'), THREAT_WHILE_TALKING);
    await appended(s, russiaBacksTalks, russiaThreatensGrid, ukraineThreatensSanctions, russiaLeavesTalks);
  });
  afterEach(() => s.remove());

  async function lastEventId(): Promise<string> {
    const opened = await openFileStore(join(s.dir, 'stancelog.jsonl'), { readOnly: true });
    if (opened._tag === 'Left') throw new Error(opened.left.message);
    try {
      return (await readAll(opened.right)).at(-1)!.id;
    } finally {
      await opened.right.close();
    }
  }

  it('a run with --rules does not start from the snapshot of a run without them, nor the other way round', async () => {
    // Snapshots of this log (its event at 4) holding an empty analysis, as each kind of run would name its own:
    // a run that started from one would show nothing at all.
    const eventId = await lastEventId();
    const without = analysis();
    const withRule = analysis({ extraRules: [threatWhileTalking] });
    expect(withRule.name).not.toBe(without.name);
    await fileSnapshots(folder()).save({ reducer: without.name, version: without.version, position: 4, eventId, state: without.initial() });
    expect(types(await s.json<ContradictionView[]>('contradictions', '--rules', 'threat-while-talking.mjs')).sort()).toEqual(['reversal', 'threat-while-talking']);
    expect(await s.json('contradictions')).toEqual([]);
    await fileSnapshots(folder()).save({ reducer: withRule.name, version: withRule.version, position: 4, eventId, state: withRule.initial() });
    expect(await s.json('contradictions', '--rules', 'threat-while-talking.mjs')).toEqual([]);
    expect((await s.stancelog('explain', 'reversal', '--rules', 'threat-while-talking.mjs')).stderr).toMatch(/^stancelog: no contradiction "reversal" \(0 in the log\)/);
  });

  it('each saves its own beside the log, and starts from it on the next run', async () => {
    const filler = Array.from({ length: 1_000 }, (_, i) => ({ holder: 'belarus', issue: `issue-${i % 7}`, kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: `filler ${i}` } }));
    await appended(s, ...filler);
    const withRule = await s.json<ContradictionView[]>('contradictions', '--rules', 'threat-while-talking.mjs');
    expect(readdirSync(folder())).toHaveLength(1);
    const without = await s.json<ContradictionView[]>('contradictions');
    expect(readdirSync(folder())).toHaveLength(2);
    expect(readdirSync(folder())).toContain('analysis.snapshot');
    const rules = analysis({ extraRules: [threatWhileTalking] });
    expect((await fileSnapshots(folder()).load(rules.name, rules.version))?.position).toBe(1_004);
    // Read again, each from its own snapshot: the same answers as a full replay.
    expect(await s.json('contradictions', '--rules', 'threat-while-talking.mjs')).toEqual(withRule);
    expect(await s.json('contradictions', '--rules', 'threat-while-talking.mjs', '--no-snapshots')).toEqual(withRule);
    expect(await s.json('contradictions')).toEqual(without);
    expect(types(withRule).sort()).toEqual(['reversal', 'threat-while-talking']);
    expect(types(without)).toEqual(['reversal']);
  });
});

describe('a rule of your own, as it loads and as it runs', () => {
  let s: Sandbox;
  beforeEach(async () => (s = await withTheRule()));
  afterEach(() => s.remove());

  it('takes TypeScript compiled to CommonJS (exports.default, marked __esModule)', async () => {
    const compiled = THREAT_WHILE_TALKING.replace("const TYPE = 'threat-while-talking';", '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst TYPE = \'threat-while-talking\';').replace('export default {', 'exports.default = {');
    writeFileSync(join(s.dir, 'compiled.cjs'), compiled);
    expect(types(await s.json<ContradictionView[]>('contradictions', '--rules', 'compiled.cjs')).sort()).toEqual(['reversal', 'threat-while-talking']);
  });

  it('loads a module named twice, once through a symbolic link, once', async () => {
    symlinkSync(join(s.dir, 'threat-while-talking.mjs'), join(s.dir, 'link.mjs'));
    const r = await s.stancelog('contradictions', '--rules', 'threat-while-talking.mjs', '--rules', 'link.mjs', '--type', 'no-such-type');
    expect(r.stderr).toMatch(/, self-contradiction, threat-while-talking\n$/);
    expect(types(await s.json<ContradictionView[]>('contradictions', '--rules', 'link.mjs', '--rules', 'threat-while-talking.mjs')).sort()).toEqual(['reversal', 'threat-while-talking']);
  });

  it.each([
    ['a number for since', "since: entry.validFrom", /^ctx\.open: since must be a moment \{ time: number, label: string \}, not a number \(\d+\): use momentOf\(entry\) \(of @stancelog\/core\), or \{ time: entry\.validFrom, label: entry\.label \}$/],
    ['another rule\'s type', "type: 'reversal'", /^ctx\.open: type must be the rule's own \("misused"\), not "reversal", a built-in rule's type: a rule writes and reads only its own contradictions$/],
    ['a key that would collide with a record number', "key: 'russia#2'", /^ctx\.open: key "russia#2" holds a '#', which numbers a contradiction's records \(id#2\): use another mark$/],
    ['a key of two lines', "key: 'russia\\nthreats'", /^ctx\.open: key "russia\\nthreats" holds a line break or a control character$/],
    ['a key of one line with a control character', "key: 'russia\\u001b[31m'", /^ctx\.open: key "russia\\u001b\[31m" holds a line break or a control character$/],
    ['a string for the issues', "issues: 'energy'", /^ctx\.open: issues must be an array of strings, not a string \("energy"\): write \["energy"\]$/],
    ['no actors', 'actors: []', /^ctx\.open: actors must name one at least \(\[position\.holder\]\)$/],
    ['a string for the statements', 'statements: entry.id', /^ctx\.open: statements must be an array of statement ids \(\[entry\.id\]\), not a string/],
    ['a number for the summary', 'summary: 42', /^ctx\.open: summary must be a string, not a number \(42\)$/],
  ])('names the rule, its file and the mistake when a hook opens a contradiction with %s', async (_what, field, message) => {
    const field_ = field.split(':')[0]!;
    const spec = `{ type: 'misused', key: 'k', issues: [position.issue], actors: [position.holder], since: { time: entry.validFrom, label: entry.label }, statements: [entry.id], summary: 'x' }`;
    writeFileSync(join(s.dir, 'misused.mjs'), `export default { type: 'misused', version: '1', initial: () => ({}), onStatement(ctx, state, entry, position) { ctx.open({ ...${spec}, ${field} }) } }\n`);
    const r = await s.stancelog('contradictions', '--rules', 'misused.mjs');
    expect([r.code, r.stdout]).toEqual([1, '']);
    const prefix = 'stancelog: unexpected failure: rule misused of misused.mjs failed in onStatement at event #1: ';
    expect(r.stderr.startsWith(prefix)).toBe(true);
    expect(r.stderr.slice(prefix.length).trimEnd()).toMatch(message);
    expect(field_).not.toBe('');
  });

  it('refuses a key opened under another issue than the one it is open under: two records of one id would follow', async () => {
    // The log's statements are on several issues: each opens key 'one' under its own.
    writeFileSync(join(s.dir, 'one-key.mjs'), `export default { type: 'one-key', version: '1', initial: () => ({}), onStatement(ctx, state, entry, position) { ctx.open({ type: 'one-key', key: 'one', issues: [position.issue], actors: [position.holder], since: { time: entry.validFrom, label: entry.label }, statements: [entry.id], summary: 'x' }) } }\n`);
    const r = await s.stancelog('contradictions', '--rules', 'one-key.mjs');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^stancelog: unexpected failure: rule one-key of one-key\.mjs failed in onStatement at event #\d+: ctx\.open: one-key:one is open under the issue [\w-]+, not [\w-]+: a key names one contradiction, filed under the first of its issues \(give it the same first issue, or another key\)\n$/);
  });

  it.each([
    ['resolve', "ctx.resolve('incompatible', position.issue, 'k', { time: entry.validFrom, label: entry.label })", 'ctx.resolve: type must be the rule\'s own ("misused"), not "incompatible", a built-in rule\'s type: a rule writes and reads only its own contradictions'],
    ['isOpen', "ctx.isOpen('threat-while-talking', position.issue, 'k')", 'ctx.isOpen: type must be the rule\'s own ("misused"), not "threat-while-talking": a rule writes and reads only its own contradictions'],
    ['rewind', "ctx.rewind('reversal', position.issue, 'k', 0)", 'ctx.rewind: type must be the rule\'s own ("misused"), not "reversal", a built-in rule\'s type: a rule writes and reads only its own contradictions'],
    ['append', "ctx.append('reversal', position.issue, 'k', [])", 'ctx.append: type must be the rule\'s own ("misused"), not "reversal", a built-in rule\'s type: a rule writes and reads only its own contradictions'],
    ['resolve at a number', "ctx.resolve('misused', position.issue, 'k', entry.validFrom)", /^ctx\.resolve: at must be a moment \{ time: number, label: string \}, not a number/],
  ])('refuses ctx.%s of another type than the rule\'s own, or with a mistake', async (_what, call, message) => {
    writeFileSync(join(s.dir, 'misused.mjs'), `export default { type: 'misused', version: '1', initial: () => ({}), onStatement(ctx, state, entry, position) { ${call} } }\n`);
    const r = await s.stancelog('contradictions', '--rules', 'misused.mjs', '--rules', 'threat-while-talking.mjs');
    expect(r.code).toBe(1);
    const said = r.stderr.replace(/^stancelog: unexpected failure: rule misused of misused\.mjs failed in onStatement at event #1: /, '').trimEnd();
    if (typeof message === 'string') expect(said).toBe(message);
    else expect(said).toMatch(message);
  });

  it('lets a hook read the positions, the registry and the contradictions through the context, and write its own', async () => {
    writeFileSync(
      join(s.dir, 'reader.mjs'),
      `export default { type: 'reader', version: '1', initial: () => ({}), onStatement(ctx, state, entry, position) {
        if (entry.kind !== 'threat' || !ctx.positions.byIssue.get(position.issue).has(position.holder) || !(ctx.registry.actors.size >= 0) || !(ctx.contradictions.byIssue.size >= 0)) return;
        const key = position.holder + ':' + position.issue;
        if (ctx.isOpen('reader', position.issue, key)) return;
        ctx.open({ type: 'reader', key, issues: [position.issue], actors: [position.holder], since: { time: entry.validFrom, label: entry.label }, statements: [entry.id], summary: position.holder + ' threatens' });
      } }\n`,
    );
    const found = await s.json<ContradictionView[]>('contradictions', '--rules', 'reader.mjs', '--type', 'reader');
    expect(found.map((c) => c.id).sort()).toEqual(['reader:russia:energy-infrastructure', 'reader:ukraine:sanctions']);
  });

  it('says what a hook threw on one line: an error of several lines, escape codes, an object that is no Error', async () => {
    writeFileSync(join(s.dir, 'lines.mjs'), "export default { type: 'lines', version: '1', initial: () => ({}), onStatement() { throw new Error('first line\\nsecond line \\u001b[31mred') } }\n");
    writeFileSync(join(s.dir, 'object.mjs'), "export default { type: 'object', version: '1', initial: () => ({}), onStatement() { throw { code: 42 } } }\n");
    const lines = await s.stancelog('contradictions', '--rules', 'lines.mjs');
    expect(lines.stderr).toBe('stancelog: unexpected failure: rule lines of lines.mjs failed in onStatement at event #1: first line second line \\u001b[31mred\n');
    const object = await s.stancelog('contradictions', '--rules', 'object.mjs');
    expect(object.stderr).toBe('stancelog: unexpected failure: rule object of object.mjs failed in onStatement at event #1: a thrown object, {"code":42}\n');
  });

  /** Runs `contradictions --watch ARGS` in-process until `until` holds of what it printed, or the watch ends. */
  async function watched(args: string[], until: (out: { stdout: string; stderr: string }) => boolean, meanwhile: () => Promise<void> = async () => undefined) {
    const w = watching(s.dir, args);
    try {
      await w.until((out) => out.stderr.includes('watching'));
      await meanwhile();
      await w.until(until);
    } finally {
      w.stop();
    }
    return { code: await w.code, ...w.out };
  }

  it('says in contradictions --watch that none of its type is found yet, as contradictions says it', async () => {
    writeFileSync(join(s.dir, 'quiet.mjs'), "export default { type: 'quiet', version: '1', initial: () => ({}), onStatement() {} }\n");
    const r = await watched(['--rules', 'quiet.mjs', '--type', 'quiet'], (out) => out.stderr.includes('watching'));
    expect([r.code, r.stdout]).toEqual([0, 'no contradictions (type quiet)\n']);
    expect((await s.stancelog('contradictions', '--rules', 'quiet.mjs', '--type', 'quiet')).stdout).toBe(r.stdout);
  });

  it("words a rule's failure under contradictions --watch as the rule's, not as the store's", async () => {
    writeFileSync(join(s.dir, 'later.mjs'), "export default { type: 'later', version: '1', initial: () => ({}), onStatement(ctx, state, entry) { if (entry.label === '2025-07-01') throw new RangeError('not this one') } }\n");
    const r = await watched(['--rules', 'later.mjs'], (out) => out.stderr.includes('stopped'), () => appended(s, { ...russiaBacksTalks, statedAt: '2025-07-01' }));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(1)).toEqual(['stancelog: rule later of later.mjs failed in onStatement at event #5: RangeError: not this one; the watch of stancelog.jsonl stopped', '']);
  });
});

describe('a contradiction of a type no rule run finds, without --rules', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = sandbox();
    await appended(s, russiaBacksTalks, russiaThreatensGrid, ukraineThreatensSanctions, russiaLeavesTalks);
  });
  afterAll(() => s.remove());

  it('is explained by a hint that its rule was not given', async () => {
    const r = await s.stancelog('explain', ID);
    expect([r.code, r.stderr]).toEqual([
      1,
      `stancelog: no contradiction "${ID}" (1 in the log): list their ids with stancelog contradictions; threat-while-talking is not a built-in type: give --rules FILE with the rule that finds it?\n`,
    ]);
    // A slip in a built-in type, or the beginning of one, is not a rule left out.
    expect((await s.stancelog('explain', 'revrsal:ukraine')).stderr).not.toContain('--rules');
    expect((await s.stancelog('explain', 'incompat')).stderr).not.toContain('--rules');
  });

  it("is named as what it is, a rule's own, though its type is a name every object has (constructor, toString)", async () => {
    for (const type of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      writeFileSync(join(s.dir, `${type}.mjs`), THREAT_WHILE_TALKING.replace("const TYPE = 'threat-while-talking';", `const TYPE = '${type}';`));
      const r = await s.stancelog('explain', type, '--rules', `${type}.mjs`);
      expect([type, r.code]).toEqual([type, 0]);
      expect(r.stdout).toContain(`\nWHY: found by the rule ${type} (not a built-in rule).\n`);
      expect(r.stdout).not.toContain('native code');
    }
  });
});

describe('the example of docs/cli.md, "Rules of your own"', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Rules of your own'), doc.indexOf('\n## ', doc.indexOf('## Rules of your own') + 1));
  const file = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const name = /^\/\/ (\S+\.mjs):/.exec(file)?.[1] ?? '';
  const samples = [...section.matchAll(/```text\n\$ (stancelog [^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1]!, output: m[2]! }));

  it('runs on the demo log as the doc shows: the rule file it gives, and the command', async () => {
    expect([name, samples.length]).toEqual(['threat-while-talking.mjs', 1]);
    const box = sandbox();
    try {
      box.write('talks.jsonl', [...registryEvents, ...statementEvents]);
      expect((await box.stancelog('append', 'talks.jsonl', '--store', 'demo.jsonl')).code).toBe(0);
      writeFileSync(join(box.dir, name), file);
      for (const sample of samples) {
        const r = await box.stancelog(...sample.command.split(' ').slice(1), '--store', 'demo.jsonl');
        expect(r.stdout + r.stderr).toBe(sample.output);
      }
      // What the doc says explain prints of it: its statements, with their quotes.
      const explained = await box.stancelog('explain', 'threat-while-talking', '--rules', name, '--store', 'demo.jsonl');
      // Its description says why.
      expect(explained.stdout).toContain('WHY: the rule threat-while-talking fires when a holder threatens on an issue while its last word on the peace talks is for them.');
      // And the report's page carries it, for the contradictions of its type.
      expect((await box.stancelog('report', '--rules', name, '--store', 'demo.jsonl', '--out', 'site')).code).toBe(0);
      expect(readFileSync(join(box.dir, 'site', 'index.html'), 'utf8')).toContain('a holder threatens on an issue while its last word on the peace talks is for them');
      expect(explained.stdout).toContain('“if Moscow refuses a truce, sanctions should be enforced and raised”');
    } finally {
      box.remove();
    }
  });
});
