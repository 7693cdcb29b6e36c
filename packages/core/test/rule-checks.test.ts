// A contradiction rule of one's own, as the analysis takes it and checks its writes to the ledger.
import { analysis, contradictionList, contradictionRule, defaultRules, momentOf, RecipeError, replay, reversalRule, RuleContextError, ruleState, statementMade } from '@stancelog/core';
import type { ContradictionRule, RuleContext, StoredEvent } from '@stancelog/core';
import { checkedRule } from '../src/rule-checks.js';

const said = (holder: string, issue: string, kind: 'threat' | 'accept', statedAt: string, position: number): StoredEvent => {
  const e = statementMade({ holder, issue, kind, polarity: kind === 'threat' ? '+' : '-', statedAt, source: { quote: `${holder} ${kind} ${issue}` } });
  return { ...e, id: `s${position}`, position, recordedAt: `${statedAt}T09:00:00.000Z`, schema: 1, tags: [] } as StoredEvent;
};
const log = [said('russia', 'grid', 'threat', '2025-03-11', 1), said('russia', 'sanctions', 'threat', '2025-03-12', 2), said('russia', 'grid', 'accept', '2025-03-13', 3)];

/** Opens `threatens:<holder>` at a threat, filed under `issueOf(position)`; resolves it at an acceptance, under `resolveUnder`. */
const threatens = (issueOf: (issue: string) => string, resolveUnder: (issue: string) => string): ContradictionRule<undefined> => ({
  type: 'threatens',
  version: '1',
  initial: () => undefined,
  onStatement: (ctx, _s, e, p) =>
    e.kind === 'threat'
      ? ctx.open({ type: 'threatens', key: p.holder, issues: [issueOf(p.issue)], actors: [p.holder], since: momentOf(e), statements: [e.id], summary: `${p.holder} threatens` })
      : ctx.resolve('threatens', resolveUnder(p.issue), p.holder, momentOf(e), e.id),
});

const misuse = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof RecipeError && error.cause instanceof RuleContextError ? error.cause.message : `not a misuse: ${String(error)}`;
  }
  return undefined;
};

describe('a rule of your own', () => {
  it('is refused by analysis() when it is no rule, naming the option and what is wrong', () => {
    expect(() => analysis({ extraRules: [{ type: 'x' } as never] })).toThrow('analysis: extraRules[0] is no contradiction rule: it has no version (a string)');
    expect(() => analysis({ rules: [{ type: 'x', version: '1', initial: () => 0 } as never] })).toThrow(
      'analysis: rules[0] is no contradiction rule: it has none of the hooks onStatement, onChange, onRegistry, onSettle: it would never hear the log',
    );
  });

  it("is refused with a type another rule has, naming both, and a built-in rule's as the command line says it (a review's finding)", () => {
    const own = threatens((i) => i, (i) => i);
    expect(() => analysis({ extraRules: [own, own] })).toThrow(new RangeError('analysis: extraRules[1] has the type threatens, as extraRules[0] has: give each rule a type of its own'));
    expect(() => analysis({ rules: [own], extraRules: [own] })).toThrow(new RangeError('analysis: extraRules[0] has the type threatens, as rules[0] has: give each rule a type of its own'));
    // The rule of one's own is named, whether the built-in one runs by default or is given.
    const reversal = { ...own, type: 'reversal' };
    expect(() => analysis({ extraRules: [reversal] })).toThrow(new RangeError("analysis: extraRules[0] has the type reversal, a built-in rule's: give it a type of its own"));
    expect(() => analysis({ rules: [reversalRule()], extraRules: [reversal] })).toThrow(
      new RangeError("analysis: extraRules[0] has the type reversal, a built-in rule's (as rules[0] has): give it a type of its own"),
    );
    // Given in place of the defaults, a rule of a built-in type clashes with none.
    expect(analysis({ rules: [reversal] }).name).toBe('analysis(reversal@1)');
  });

  it('is made with contradictionRule(), checked where it is made as analysis() checks it, and runs as written (a review\'s finding)', () => {
    const counting = contradictionRule({ type: 'threat-count', version: '1', initial: () => ({ n: 0 }), onStatement: (_ctx, state, e) => void (e.kind === 'threat' && state.n++) });
    expect(ruleState(replay(analysis({ extraRules: [counting] }), log), counting)).toEqual({ n: 2 });
    expect(() => contradictionRule({ ...counting, version: 1 } as never)).toThrow(new RangeError("contradictionRule: its version is a number (1), not a string (write version: '1')"));
    expect(() => contradictionRule({ type: 'x', version: '1', initial: () => 0 })).toThrow(
      'contradictionRule: it has none of the hooks onStatement, onChange, onRegistry, onSettle: it would never hear the log',
    );
  });

  it('keeps one key under one issue: a key opened or resolved under another is stopped, not made two records of one id', () => {
    expect(misuse(() => replay(analysis({ extraRules: [threatens((i) => i, (i) => i)] }), log))).toBe(
      'rule threatens: ctx.open: threatens:russia is open under the issue grid, not sanctions: a key names one contradiction, filed under the first of its issues (give it the same first issue, or another key)',
    );
    expect(misuse(() => replay(analysis({ extraRules: [threatens(() => 'talks', () => 'grid')] }), log))).toBe(
      'rule threatens: ctx.resolve: threatens:russia is open under the issue talks, not grid: name the issue it is filed under (the first of its issues)',
    );
    // Filed and resolved under one issue, it is one contradiction, opened and resolved.
    const state = replay(analysis({ extraRules: [threatens(() => 'talks', () => 'talks')] }), log);
    expect(contradictionList(state, { type: 'threatens' }).map((c) => [c.id, c.status, c.statements])).toEqual([['threatens:russia', 'resolved', ['s1', 's2']]]);
  });

  it("is stopped when it writes another rule's contradictions, or with arguments of the wrong kind", () => {
    const opening = (spec: object): ContradictionRule<undefined> => ({ type: 'mine', version: '1', initial: () => undefined, onStatement: (ctx, _s, e) => ctx.open({ since: momentOf(e), statements: [e.id], summary: 's', actors: ['a'], issues: ['i'], key: 'k', type: 'mine', ...spec } as never) });
    const run = (spec: object) => misuse(() => replay(analysis({ extraRules: [opening(spec)] }), log));
    expect(run({ type: 'incompatible' })).toBe('rule mine: ctx.open: type must be the rule\'s own ("mine"), not "incompatible", a built-in rule\'s type: a rule writes and reads only its own contradictions');
    expect(run({ type: 'yours' })).toBe('rule mine: ctx.open: type must be the rule\'s own ("mine"), not "yours": a rule writes and reads only its own contradictions');
    expect(run({ type: 7 })).toBe('rule mine: ctx.open: type must be the rule\'s own ("mine"), not a number (7): a rule writes and reads only its own contradictions');
    expect(run({ issues: [] })).toBe('rule mine: ctx.open: issues must name one at least ([position.issue]: the first is the issue it is filed under)');
    expect(run({ key: 'a#2' })).toBe('rule mine: ctx.open: key "a#2" holds a \'#\', which numbers a contradiction\'s records (id#2): use another mark');
    expect(run({ since: 3 })).toMatch(/^rule mine: ctx\.open: since must be a moment \{ time: number, label: string \}, not a number \(3\)/);
  });

  it("is checked when it takes a built-in rule's type in place of the defaults: core's own rules are trusted as core made them, not by their type", () => {
    const reversal: ContradictionRule<undefined> = {
      type: 'reversal',
      version: '1',
      initial: () => undefined,
      onStatement: (ctx, _s, e, p) => ctx.open({ type: 'reversal', key: `${p.holder}#${p.issue}`, issues: [p.issue], actors: [p.holder], since: momentOf(e), statements: [e.id], summary: 'turned' }),
    };
    expect(misuse(() => replay(analysis({ rules: [reversal] }), log))).toBe(
      'rule reversal: ctx.open: key "russia#grid" holds a \'#\', which numbers a contradiction\'s records (id#2): use another mark',
    );
    // Copies of the built-in rules, their types and versions with them, are rules of one's own: an analysis of its own
    // name, whose snapshots keep apart from the default analysis's.
    const copies = analysis({ rules: defaultRules().map((r) => ({ ...r })) });
    expect([analysis({ rules: defaultRules() }).name, copies.name.startsWith('analysis(incompatible@')]).toEqual(['analysis', true]);
    // They run checked, and find what the rules they copy find.
    const found = (r: ReturnType<typeof analysis>) => contradictionList(replay(r, log)).map((c) => [c.type, c.id, c.status]);
    expect(found(copies)).toEqual(found(analysis()));
    expect(found(copies).length).toBeGreaterThan(0);
  });

  it('is checked through one wrapper per context object, made once and not at every call, whose reads are the context\'s', () => {
    const seen: unknown[] = [];
    const rule = checkedRule<object, undefined>({ type: 'seen', version: '1', initial: () => ({}), onStatement: (ctx) => void seen.push(ctx), onSettle: (ctx) => void seen.push(ctx) }, new Set());
    const context = (n: number) => ({ positions: { n }, registry: { n }, contradictions: { n } }) as unknown as RuleContext;
    const first = context(1);
    rule.onStatement!(first, {}, {} as never, {} as never, undefined);
    rule.onStatement!(first, {}, {} as never, {} as never, undefined);
    rule.onSettle!(first, {});
    rule.onSettle!(context(2), {});
    expect([seen[1], seen[2]]).toEqual([seen[0], seen[0]]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[3]).not.toBe(seen[0]);
    expect(seen[0]).not.toBe(first);
    const read = seen[0] as RuleContext;
    expect([read.positions, read.registry, read.contradictions]).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
  });
});
