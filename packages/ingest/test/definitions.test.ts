import { buildRegistry, DEFAULT_ACTORS, definitionsFor, ingestText, prepareOptions } from '@stancelog/ingest';
import type { Actor, Statement } from '@stancelog/core';

const union: Actor = { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['the union'] };
const silva: Actor = { id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'dockers-union', title: 'General Secretary', from: '2023-01-01' }] };
const own = prepareOptions({ registry: buildRegistry([...DEFAULT_ACTORS, union, silva]) });

const read = (text: string): Statement[] => {
  const r = ingestText(text, { publishedAt: '2026-02-12' }, own);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return [...r.right.statements];
};
const defined = (events: ReturnType<typeof definitionsFor>): string[] => events.map((e) => `${e.type} ${e.data.id}`);

describe('definitionsFor, of the people given as `people`', () => {
  it("defines a person whose words a statement carries for the actor of her office, with her offices, after that actor", () => {
    const statements = read('Marta Silva said on Monday that the union rejects any ceasefire.');
    expect(statements.map((s) => [s.holder, s.speaker])).toEqual([['dockers-union', { name: 'Marta Silva', actor: 'dockers-union' }]]);
    const events = definitionsFor(statements, { ...own, people: [silva] });
    expect(defined(events)).toEqual(['actor-registered dockers-union', 'actor-registered marta-silva', 'issue-defined ceasefire']);
    expect(events[1]!.data).toEqual(silva);
    // Not given as one of `people` (a person of the default register, whom every reading has): left to the register.
    expect(defined(definitionsFor(statements, own))).toEqual(['actor-registered dockers-union', 'issue-defined ceasefire']);
    // Defined in the log already: left out, as any actor is.
    expect(defined(definitionsFor(statements, { ...own, people: [silva] }, { actors: new Set(['marta-silva']) }))).toEqual(['actor-registered dockers-union', 'issue-defined ceasefire']);
  });

  it('defines none whose name the statements carry for an actor she holds no office at (another person of that name)', () => {
    const statements = read('The union rejected any ceasefire on Monday.');
    const elsewhere: Statement[] = statements.map((s) => ({ ...s, speaker: { name: 'Marta Silva', actor: 'ukraine' } }));
    expect(defined(definitionsFor(elsewhere, { ...own, people: [silva] }))).toEqual(['actor-registered dockers-union', 'actor-registered ukraine', 'issue-defined ceasefire']);
  });
});
