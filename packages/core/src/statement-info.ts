/**
 * Statements as a page shows them: who, on what, which stance, when, and
 * the quote with its source (what the report and `stancelog explain` show
 * beside a contradiction's evidence, which names statements by id). Kept
 * by id beside an analysis with {@link statements}, or indexed from events
 * read whole with {@link statementIndex}.
 *
 * @since 0.1.0
 */
import type { StoredEvent } from './envelope.js';
import { reducer } from './reducer.js';
import type { Reducer } from './reducer.js';
import { isFirstHand } from './statement.js';
import type { Condition, Polarity, StatementKind } from './statement.js';
import { dayOf } from './time.js';

/**
 * One statement, flattened for display.
 *
 * @example
 * import { openMemoryStore, readAll, statementIndex, statementMade } from '@stancelog/core'
 * import type { StatementInfo } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', speaker: { name: 'Andriy Yermak', actor: 'ukraine' }, source: { quote: 'Moscow still turns down a truce' } })])
 * const [info]: StatementInfo[] = [...statementIndex(await readAll(store)).values()]
 * // Kyiv's word for Moscow's stance: a third party's report, undated, so shown on the day it was recorded.
 * assert.deepStrictEqual([info?.speaker, info?.reportedBy, info?.stated], ['Andriy Yermak', 'ukraine', info?.recordedAt.slice(0, 10)])
 * @category statements
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
 * import { statementInfo } from '@stancelog/core'
 * const info = statementInfo({ id: 'a', position: 1, recordedAt: '2025-05-17T09:00:00Z', schema: 1, tags: [], type: 'statement-made',
 *   data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce', publisher: 'Wire' } } } as any)
 * assert.strictEqual(info.stated, '2025-05-16')
 * assert.strictEqual(info.reportedBy, null)
 * // Only a web address is a link.
 * const link = (url: string) => statementInfo({ ...info, position: 1, schema: 1, tags: [], type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'q', url } } } as any).link
 * assert.deepStrictEqual([link('https://news.example/a'), link('javascript:alert(1)'), link(' JavaScript:alert(1)'), link('news.example/a')], ['https://news.example/a', null, null, null])
 * @category statements
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
    // A copy: a state that keeps it is frozen, and would freeze the event's own array with it.
    conditions: s.conditions === undefined ? [] : s.conditions.map((c) => ({ issue: c.issue, polarity: c.polarity })),
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
 * import { statementIndex } from '@stancelog/core'
 * assert.strictEqual(statementIndex([]).size, 0)
 * @category statements
 * @since 0.1.0
 */
export function statementIndex(events: Iterable<StoredEvent>): Map<string, StatementInfo> {
  const out = new Map<string, StatementInfo>();
  for (const e of events) if (e.type === 'statement-made') out.set(e.id, statementInfo(e));
  return out;
}

/**
 * The state of {@link statements}: every statement of the log by id, as
 * {@link StatementInfo}. Read it with {@link statementOf}. The statements
 * are kept in small maps by the first two characters of their id (ids are
 * hashes, so they spread evenly): a live update copies one of them, not an
 * index of the whole log.
 *
 * @example
 * import { openMemoryStore, readAll, replay, statementMade, statements } from '@stancelog/core'
 * import type { StatementsState } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', source: { quote: 'no truce' } })])
 * const state: StatementsState = replay(statements(), await readAll(store))
 * assert.strictEqual(state.count, 1)
 * @category statements
 * @since 0.1.0
 */
export interface StatementsState {
  /** The statements, by the first two characters of their id, then by id. */
  byPrefix: Map<string, Map<string, StatementInfo>>;
  /** How many statements it holds: as of a point (`project`'s `asOf`), those known then. */
  count: number;
}

// How many characters of an id name its map: 256 maps of hexadecimal ids.
const PREFIX = 2;

/**
 * A reducer that keeps every statement by id ({@link StatementInfo}: the
 * quote, its source, the speaker), for what an analysis names by id only:
 * the `statements` of a contradiction, of a position and of its history's
 * runs, a contradiction's `resolvedBy`, and {@link contradictionEvidence}.
 * Run it beside the analysis with `combine`, and look a statement up with
 * {@link statementOf}. It holds every statement of the log in memory (the
 * analysis holds no quote): for a log read once, `statementIndex(events)`
 * does the same without a reducer.
 *
 * @example
 * import { analysis, combine, contradictionList, follow, openMemoryStore, statementMade, statementOf, statements } from '@stancelog/core'
 * const store = openMemoryStore()
 * const lines: string[] = []
 * const live = follow(store, combine({ analysis: analysis(), statements: statements() }), {
 *   onChange: (state) => {
 *     for (const c of contradictionList(state.analysis)) {
 *       for (const id of c.statements) {
 *         const s = statementOf(state, id)
 *         if (s) lines.push(`${s.holder}: “${s.quote}” (${s.publisher ?? 'no publisher'}, ${s.stated})`)
 *       }
 *     }
 *   },
 * })
 * await live.ready
 * await store.append([
 *   statementMade({ holder: 'union', issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-09-01', source: { quote: 'nothing under five percent', publisher: 'Harbourton Ledger' } }),
 *   statementMade({ holder: 'transit-authority', issue: 'wage-raise', kind: 'reject', polarity: '-', statedAt: '2026-09-03', source: { quote: 'there is no money for a raise', publisher: 'Harbourton Ledger' } }),
 * ])
 * await new Promise((resolve) => setTimeout(resolve, 10))
 * await live.stop()
 * assert.deepStrictEqual(lines, ['transit-authority: “there is no money for a raise” (Harbourton Ledger, 2026-09-03)', 'union: “nothing under five percent” (Harbourton Ledger, 2026-09-01)'])
 * @category statements
 * @since 0.1.0
 */
export function statements(): Reducer<StatementsState> {
  return reducer({
    name: 'statements',
    version: '1',
    initial: () => ({ byPrefix: new Map(), count: 0 }),
    recipe: (state, event) => {
      if (event.type !== 'statement-made') return;
      const prefix = event.id.slice(0, PREFIX);
      let kept = state.byPrefix.get(prefix);
      if (kept === undefined) state.byPrefix.set(prefix, (kept = new Map()));
      // An event is read once in a log; a replay given one twice counts it once.
      if (!kept.has(event.id)) state.count++;
      kept.set(event.id, statementInfo(event));
    },
  });
}

/**
 * The statement of an id, as {@link statements} keeps it (given that
 * reducer's state, or a state that holds it as `statements`, such as
 * `combine({ analysis: analysis(), statements: statements() })`'s);
 * undefined when the log holds none of that id (as of the point
 * projected: one stated or known later, or withdrawn).
 *
 * @example
 * import { analysis, combine, contradictionEvidence, contradictionList, openMemoryStore, project, statementMade, statementOf, statements } from '@stancelog/core'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'union', issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-09-01', source: { quote: 'nothing under five percent' }, speaker: { name: 'Dana Ruiz', actor: 'union' } }),
 *   statementMade({ holder: 'transit-authority', issue: 'wage-raise', kind: 'reject', polarity: '-', statedAt: '2026-09-03', source: { quote: 'no money for a raise' } }),
 * ])
 * const r = await project(store, combine({ analysis: analysis(), statements: statements() }))
 * assert.ok(r._tag === 'Right')
 * const [clash] = contradictionList(r.right.state.analysis)
 * const evidence = contradictionEvidence(r.right.state.analysis, clash!).statements.map((id) => statementOf(r.right.state, id))
 * assert.deepStrictEqual(evidence.map((s) => [s?.quote, s?.speaker]), [['no money for a raise', null], ['nothing under five percent', 'Dana Ruiz']])
 * assert.strictEqual(statementOf(r.right.state.statements, 'no-such-id'), undefined)
 * @category statements
 * @since 0.1.0
 */
export function statementOf(state: StatementsState | { readonly statements: StatementsState }, id: string): StatementInfo | undefined {
  const kept = 'byPrefix' in state ? state : state.statements;
  return kept.byPrefix.get(id.slice(0, PREFIX))?.get(id);
}
