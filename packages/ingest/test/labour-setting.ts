// The labour negotiation several ingest specs read: a union and an employer
// outside the default register, and issues outside the default lexicon.
import type { Actor, Issue } from '@stancelog/core';
import { buildRegistry, compileLexicon, DEFAULT_ACTORS, type IngestOptions } from '@stancelog/ingest';

type LexiconIssue = Pick<Issue, 'id' | 'title' | 'proposition'> & { readonly phrases: string[] };

export const shorterWeek: LexiconIssue = { id: 'shorter-week', title: 'Shorter week', proposition: 'a 35-hour week', phrases: ['shorter working week', 'shorter week'] };

/** Ingest options for the union (known by `unionAliases` besides its full name) and the port authority. */
export function labourSetting(unionAliases: string[], issues: LexiconIssue[]): IngestOptions {
  const actors: Actor[] = [
    { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: unionAliases },
    { id: 'port-authority', kind: 'organisation', name: 'Port Authority', aliases: ['the port authority', 'the employer'] },
  ];
  return { registry: buildRegistry([...DEFAULT_ACTORS, ...actors], {}), lexicon: compileLexicon({ name: 'labour', issues }) };
}
