/**
 * The strings that repeat from event to event of a read (a holder's and an
 * issue's ids, their tags, a speaker's name, a publisher, the time a batch
 * was recorded, an article's address and title), each kept once: `JSON.parse`
 * makes a string of every one of them on every line, and a read of a large
 * log held hundreds of thousands of copies of each (45 of the 125 MB the
 * 200,000 statements of the CLI's benchmark log took once read).
 *
 * @since 0.1.0
 */
import type { StoredEvent } from '@stancelog/core';

/** At most this many strings are kept to share: a read whose texts never repeat (each recorded at its own instant) keeps no index of them all. */
const MOST_KEPT = 1 << 16;

/**
 * One string of each text met among a read's events, shared by the events
 * read after it.
 *
 * @example
 * import { SharedStrings } from './shared-strings.js'
 * const shared = new SharedStrings()
 * const said = (n: number) => JSON.parse(`{"id":"e${n}","position":${n},"recordedAt":"2026-12-07T09:00:00.000Z","schema":1,"tags":["actor:russia","issue:ceasefire"],"type":"statement-made",` +
 *   `"data":{"holder":"russia","issue":"ceasefire","kind":"reject","polarity":"-","speaker":{"name":"Maria Zakharova","actor":"russia"},"source":{"quote":"no truce ${n}","publisher":"TASS"}}}`)
 * const [a, b] = [shared.share(said(1)), shared.share(said(2))]
 * // The events are those read, their texts as they were: only the copies of one text are one string now.
 * assert.deepStrictEqual([a.data, b.recordedAt, b.tags], [said(1).data, '2026-12-07T09:00:00.000Z', ['actor:russia', 'issue:ceasefire']])
 * assert.strictEqual(shared.size, 7)
 * @category file store
 * @since 0.1.0
 * @internal
 */
export class SharedStrings {
  private readonly kept = new Map<string, string>();

  /** How many strings are kept to share. */
  get size(): number {
    return this.kept.size;
  }

  /** `event`, its repeating texts replaced by the string kept of each: in place, for an event the read has just parsed, its own. */
  share(event: StoredEvent): StoredEvent {
    const e = event as unknown as { recordedAt: string; tags: string[] };
    e.recordedAt = this.of(e.recordedAt);
    for (let i = 0; i < e.tags.length; i++) e.tags[i] = this.of(e.tags[i]!);
    if (event.type !== 'statement-made') return event;
    const d = event.data as { holder: string; issue: string; statedAt?: string; speaker?: { name: string; actor?: string }; source: { publisher?: string; url?: string; title?: string; publishedAt?: string } };
    d.holder = this.of(d.holder);
    d.issue = this.of(d.issue);
    if (d.statedAt !== undefined) d.statedAt = this.of(d.statedAt);
    if (d.speaker !== undefined) {
      d.speaker.name = this.of(d.speaker.name);
      if (d.speaker.actor !== undefined) d.speaker.actor = this.of(d.speaker.actor);
    }
    const s = d.source;
    if (s.publisher !== undefined) s.publisher = this.of(s.publisher);
    if (s.url !== undefined) s.url = this.of(s.url);
    if (s.title !== undefined) s.title = this.of(s.title);
    if (s.publishedAt !== undefined) s.publishedAt = this.of(s.publishedAt);
    return event;
  }

  /** The string kept of `text`'s text, `text` itself the first time (or once the most are kept). */
  private of(text: string): string {
    if (typeof text !== 'string') return text;
    const found = this.kept.get(text);
    if (found !== undefined) return found;
    if (this.kept.size < MOST_KEPT) this.kept.set(text, text);
    return text;
  }
}
