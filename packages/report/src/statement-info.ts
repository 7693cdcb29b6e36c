/**
 * Statements as the report and `stancelog explain` show them: who, on what,
 * which stance, when, and the quote with its source.
 *
 * @since 0.1.0
 */
import { dayOf, isFirstHand } from '@stancelog/core';
import type { Condition, Polarity, StatementKind, StoredEvent } from '@stancelog/core';

/**
 * One statement, flattened for display.
 *
 * @example
 * import { statementIndex } from '@stancelog/report'
 * import type { StatementInfo } from '@stancelog/report'
 * import { openMemoryStore, readAll, statementMade } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'Andriy Yermak', actor: 'ukraine' }, source: { quote: 'Moscow still turns down a truce' } })])
 * const [info]: StatementInfo[] = [...statementIndex(await readAll(store)).values()]
 * // Kyiv's word for Moscow's stance: a third party's report, undated, so shown on the day it was recorded.
 * assert.deepStrictEqual([info?.speaker, info?.reportedBy, info?.stated], ['Andriy Yermak', 'ukraine', info?.recordedAt.slice(0, 10)])
 * @category report
 * @since 0.1.0
 */
export interface StatementInfo {
  readonly id: string;
  readonly holder: string;
  readonly issue: string;
  readonly kind: StatementKind;
  readonly polarity: Polarity;
  readonly conditions: ReadonlyArray<Condition>;
  /** As stated (a day, a week such as `2025-W33`, or a month), or the recorded day when undated. */
  readonly stated: string;
  readonly recordedAt: string;
  readonly quote: string;
  readonly publisher: string | null;
  /** The source's address as stated. */
  readonly url: string | null;
  /**
   * The address as a link, when it is a web address (`http:` or `https:`):
   * a report is opened from disk and mailed around, and a `javascript:`
   * address taken from an article would run in the reader's page.
   */
  readonly link: string | null;
  readonly title: string | null;
  readonly speaker: string | null;
  /** The actor the speaker speaks for, when it is not the holder: a third party's report. */
  readonly reportedBy: string | null;
}

// An address fit for a link: `http:` or `https:` only, anything else null.
function webLink(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Flattens a stored statement.
 *
 * @example
 * import { statementInfo } from '@stancelog/report'
 * const info = statementInfo({ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce', publisher: 'Wire' } } } as any)
 * assert.strictEqual(info.stated, '2025-05-16')
 * assert.strictEqual(info.reportedBy, null)
 * // Only a web address is a link.
 * const link = (url: string) => statementInfo({ ...info, position: 1, schema: 1, tags: [], type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'q', url } } } as any).link
 * assert.deepStrictEqual([link('https://news.example/a'), link('javascript:alert(1)'), link(' JavaScript:alert(1)'), link('news.example/a')], ['https://news.example/a', null, null, null])
 * @category report
 * @since 0.1.0
 */
export function statementInfo(event: StoredEvent & { type: 'statement-made' }): StatementInfo {
  const s = event.data;
  return {
    id: event.id,
    holder: s.holder,
    issue: s.issue,
    kind: s.kind,
    polarity: s.polarity,
    conditions: s.conditions ?? [],
    stated: s.statedAt ?? dayOf(event.recordedAt),
    recordedAt: event.recordedAt,
    quote: s.source.quote,
    publisher: s.source.publisher ?? null,
    url: s.source.url ?? null,
    link: webLink(s.source.url),
    title: s.source.title ?? null,
    speaker: s.speaker?.name ?? null,
    reportedBy: isFirstHand(s) ? null : (s.speaker?.actor ?? null),
  };
}

/**
 * Every statement of a list of events, by id.
 *
 * @example
 * import { statementIndex } from '@stancelog/report'
 * assert.strictEqual(statementIndex([]).size, 0)
 * @category report
 * @since 0.1.0
 */
export function statementIndex(events: Iterable<StoredEvent>): Map<string, StatementInfo> {
  const out = new Map<string, StatementInfo>();
  for (const e of events) if (e.type === 'statement-made') out.set(e.id, statementInfo(e));
  return out;
}
