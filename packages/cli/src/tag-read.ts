/**
 * Reading only the statements a command quotes, by tag: `timeline
 * --holder`/`--issue` and `explain` take the analysis from the snapshot,
 * and then need the quotes of a few of its statements, not the whole log.
 * The analysis names the statements; their holders' `actor:` tags or their
 * issues' `issue:` tags find them. The events read are checked to hold
 * every one, and the log is read whole when they do not (a log whose
 * events were tagged otherwise), so the output is the same either way.
 *
 * @since 0.1.0
 */
import { allPositions } from '@stancelog/core';
import type { AnalysisState, StoredEvent } from '@stancelog/core';

/**
 * What a command reads instead of the whole log, given the analysis: the
 * events carrying any of `tags`, provided `holdsAll` finds in them all it
 * needs; otherwise the log is read whole after all.
 *
 * @example
 * import { statementsRead } from './tag-read.js'
 * import type { TagRead } from './tag-read.js'
 * const read: TagRead = statementsRead(['actor:russia'], new Set(['s1']))
 * assert.strictEqual(read.holdsAll([{ id: 's1', type: 'statement-made', tags: ['actor:russia'] }] as any), true)
 * assert.strictEqual(read.holdsAll([]), false)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface TagRead {
  /** Read the events carrying at least one of these (none: read nothing). */
  readonly tags: ReadonlyArray<string>;
  /** Read the first event of each tag only, not every event of any: to see the log mentions each (see {@link mentionsRead}). */
  readonly firstOfEach?: boolean | undefined;
  /** Whether the events read hold everything the command needs. */
  readonly holdsAll: (events: ReadonlyArray<StoredEvent>) => boolean;
}

/**
 * A read by `tags` that must find every statement of `ids`, and an event
 * carrying each of `mentioned` (a filter's tag, which the command checks
 * the log mentions).
 *
 * @example
 * import { statementsRead } from './tag-read.js'
 * const read = statementsRead(['actor:russia'], new Set(['s1']), ['issue:ceasefire'])
 * const s1 = { id: 's1', type: 'statement-made', tags: ['actor:russia', 'issue:truce'] } as any
 * // s1 is there, but no event read mentions the issue filtered on: read the whole log.
 * assert.strictEqual(read.holdsAll([s1]), false)
 * assert.strictEqual(read.holdsAll([s1, { id: 's2', type: 'statement-made', tags: ['issue:ceasefire'] } as any]), true)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function statementsRead(tags: ReadonlyArray<string>, ids: ReadonlySet<string>, mentioned: ReadonlyArray<string> = []): TagRead {
  return {
    tags,
    holdsAll: (events) => {
      const found = new Set<string>();
      const carried = new Set<string>();
      for (const e of events) {
        if (e.type === 'statement-made' && ids.has(e.id)) found.add(e.id);
        for (const tag of e.tags) if (mentioned.includes(tag)) carried.add(tag);
      }
      return found.size === ids.size && carried.size === new Set(mentioned).size;
    },
  };
}

/**
 * A read that only checks the log mentions each of `tags` (a filter's
 * `actor:` or `issue:` tag, when the command has no statement to quote: a
 * holder that never spoke on the issue filtered on): the first event of
 * each, not every event of either.
 *
 * @example
 * import { mentionsRead } from './tag-read.js'
 * const read = mentionsRead(['actor:russia', 'issue:sanctions'])
 * assert.strictEqual(read.firstOfEach, true)
 * assert.strictEqual(read.holdsAll([{ id: 'a', type: 'statement-made', tags: ['actor:russia', 'issue:ceasefire'] }] as any), false)
 * assert.strictEqual(read.holdsAll([{ id: 'a', type: 'statement-made', tags: ['actor:russia'] }, { id: 'b', type: 'issue-defined', tags: ['issue:sanctions'] }] as any), true)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function mentionsRead(tags: ReadonlyArray<string>): TagRead {
  return { ...statementsRead(tags, new Set(), tags), firstOfEach: true };
}

/**
 * The tags under which a read finds the statements of `ids`, as the
 * analysis places them: their holders' `actor:` tags, or their issues'
 * `issue:` tags, whichever the analysis counts fewer statements under
 * (a statement is tagged with its holder and its issue). Undefined when an
 * id is in no position's history (a withdrawn statement that ended a
 * contradiction): the caller reads the whole log.
 *
 * @example
 * import { analysis, getPosition, openMemoryStore, readAll, replay, statementMade } from '@stancelog/core'
 * import { statementTags } from './tag-read.js'
 * const store = openMemoryStore()
 * await store.append([
 *   statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } }),
 *   statementMade({ holder: 'russia', issue: 'sanctions', kind: 'demand', polarity: '-', statedAt: '2025-05-17', source: { quote: 'lift them' } }),
 *   statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-18', source: { quote: 'a truce now' } }),
 * ])
 * const state = replay(analysis(), await readAll(store))
 * const ukraine = getPosition(state.positions, 'ukraine', 'ceasefire')!.history[0]!.id
 * // One statement by Ukraine, who made one; the issue holds two.
 * assert.deepStrictEqual(statementTags(state, new Set([ukraine])), ['actor:ukraine'])
 * assert.strictEqual(statementTags(state, new Set(['no-such-statement'])), undefined)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function statementTags(state: AnalysisState, ids: ReadonlySet<string>): string[] | undefined {
  const byHolder = new Map<string, number>();
  const byIssue = new Map<string, number>();
  const holders = new Set<string>();
  const issues = new Set<string>();
  let found = 0;
  for (const p of allPositions(state.positions)) {
    byHolder.set(p.holder, (byHolder.get(p.holder) ?? 0) + p.history.length);
    byIssue.set(p.issue, (byIssue.get(p.issue) ?? 0) + p.history.length);
    if (ids.size === 0) continue;
    for (const entry of p.history) {
      if (!ids.has(entry.id)) continue;
      found++;
      holders.add(p.holder);
      issues.add(p.issue);
    }
  }
  if (found < ids.size) return undefined;
  const count = (names: Set<string>, counts: Map<string, number>) => [...names].reduce((n, name) => n + (counts.get(name) ?? 0), 0);
  return count(holders, byHolder) <= count(issues, byIssue) ? [...holders].map((h) => `actor:${h}`) : [...issues].map((i) => `issue:${i}`);
}
