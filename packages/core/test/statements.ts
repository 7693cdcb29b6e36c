// Small builders for the core's own tests: a stored statement with defaults.
import type { Condition, StatementKind, Polarity, StoredEvent } from '@stancelog/core';
import { eventId, tagsOf } from '@stancelog/core';

let position = 0;

export interface Said {
  holder: string;
  issue: string;
  kind: StatementKind;
  polarity: Polarity;
  on?: string;
  conditions?: Condition[];
  speaker?: { name: string; actor?: string };
  publisher?: string;
  quote?: string;
}

/** A stored `statement-made` event, with increasing positions. */
export function said(s: Said): StoredEvent {
  const data = {
    holder: s.holder,
    issue: s.issue,
    kind: s.kind,
    polarity: s.polarity,
    ...(s.on !== undefined ? { statedAt: s.on } : {}),
    ...(s.conditions ? { conditions: s.conditions } : {}),
    ...(s.speaker ? { speaker: s.speaker } : {}),
    source: { quote: s.quote ?? `${s.holder} ${s.kind} ${s.issue}`, publisher: s.publisher ?? 'Wire' },
  };
  const event = { type: 'statement-made' as const, data };
  position++;
  return { id: eventId(event), position, recordedAt: '2025-09-01T00:00:00Z', schema: 1, tags: tagsOf(event), ...event } as StoredEvent;
}

/** A stored `issue-defined` event. */
export function issue(id: string, parent?: string): StoredEvent {
  const event = { type: 'issue-defined' as const, data: { id, title: id, proposition: id, ...(parent ? { parent } : {}) } };
  position++;
  return { id: eventId(event), position, recordedAt: '2025-01-01T00:00:00Z', schema: 1, tags: tagsOf(event), ...event } as StoredEvent;
}
