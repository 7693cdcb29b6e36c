/**
 * Events printed back as the builder calls that make them, so a failing
 * property prints a spec that can be pasted into a test file.
 *
 * @since 0.1.0
 */
import type { NewEvent, StoredEvent } from '@stancelog/core';
import { DEFAULT_PUBLISHER, DEFAULT_STATED_AT, defaultQuote } from './builders.js';
import { recordedNoEarlierThanStated } from './log-checks.js';
import { literal } from './show.js';
import { DEFAULT_RECORDED_AT } from './stored-log.js';
import type { TestEvent } from './stored-log.js';

function fields(record: Record<string, unknown>): string {
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  return `{ ${entries.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : literal(k)}: ${literal(v)}`).join(', ')} }`;
}

/**
 * One event as builder code (`statement({ ... })`, `issue('x', { ... })`,
 * `actor('x', { ... })`, `alias('x', 'y')`, `withdrawal('id', 'reason')`), leaving out what the builders
 * default. An envelope is dropped: {@link stored} gives it back, with the
 * same positions when the events are stored in the same order.
 *
 * @example
 * import { eventCode, statement } from '@stancelog/testing'
 * const code = eventCode(statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }))
 * assert.strictEqual(code, "statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })")
 * @category printing
 * @since 0.1.0
 */
export function eventCode(event: TestEvent): string {
  const recordedAt = (event as { recordedAt?: string }).recordedAt;
  // What stored() would give back anyway is left out.
  const recorded = recordedAt !== undefined && recordedAt !== recordedNoEarlierThanStated(event as NewEvent, DEFAULT_RECORDED_AT) ? recordedAt : undefined;
  const e = event as NewEvent;
  switch (e.type) {
    case 'statement-made': {
      const d = e.data;
      const { quote, publisher, url, ...source } = d.source;
      return `statement(${fields({
        holder: d.holder,
        issue: d.issue,
        kind: d.kind,
        polarity: d.polarity,
        statedAt: d.statedAt === undefined ? null : d.statedAt === DEFAULT_STATED_AT ? undefined : d.statedAt,
        recordedAt: recorded,
        conditions: d.conditions,
        speaker: d.speaker,
        quote: quote === defaultQuote(d) ? undefined : quote,
        // No publisher is `null`: left out, the builder would name the default one.
        publisher: publisher === DEFAULT_PUBLISHER ? undefined : publisher === undefined ? null : publisher,
        url,
        confidence: d.confidence,
        source: Object.keys(source).length > 0 ? source : undefined,
      })})`;
    }
    case 'issue-defined': {
      const { id, ...rest } = e.data;
      const spec = { parent: rest.parent, title: rest.title, proposition: rest.proposition, recordedAt: recorded };
      return `issue(${literal(id)}, ${fields(spec)})`;
    }
    case 'actor-registered': {
      const { id, ...rest } = e.data;
      return `actor(${literal(id)}, ${fields({ ...rest, recordedAt: recorded })})`;
    }
    case 'event-withdrawn':
      if (recorded === undefined) return `withdrawal(${literal(e.data.event)}, ${literal(e.data.reason)})`;
      return literal({ type: e.type, data: e.data, recordedAt: recorded });
    case 'alias-added':
      if (recorded === undefined) return `alias(${literal(e.data.actor)}, ${literal(e.data.alias)})`;
      return literal({ type: e.type, data: e.data, recordedAt: recorded });
    default: {
      const { id: _id, position: _p, schema: _s, tags: _t, ...rest } = event as Partial<StoredEvent> & Record<string, unknown>;
      return literal({ ...rest, recordedAt: recorded });
    }
  }
}

/**
 * A list of events as an array literal of builder calls, one per line.
 *
 * @example
 * import { eventsCode } from '@stancelog/testing'
 * assert.strictEqual(eventsCode([]), '[]')
 * @category printing
 * @since 0.1.0
 */
export function eventsCode(events: ReadonlyArray<TestEvent>, indent = '  '): string {
  if (events.length === 0) return '[]';
  return `[\n${events.map((e) => `${indent}  ${eventCode(e)},`).join('\n')}\n${indent}]`;
}

/** The end of a printed spec: it compiles as pasted, and is where to write what you expect of the state. */
const PLACEHOLDER = '.thenState((state) => {\n    // what you expect of the state\n  })';

/**
 * A ready-to-paste spec: `ReducerSpec.for(reducer).given([...])` and, when
 * given, `.when(...)`, ending in `then` (by default a `.thenState((state) =>
 * { ... })` to fill in, which compiles as pasted). `reducer` is written as
 * given: the expression that makes the reducer in your test
 * (`positions()`, `withRule`); `checkReducerLaws` takes it from its `name`
 * option.
 *
 * @example
 * import { ReducerSpec, specCode, statement } from '@stancelog/testing'
 * import { positions } from '@stancelog/core'
 * const code = specCode('positions()', [statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' })])
 * // Printed as this code, which compiles and runs as it is pasted:
 * ReducerSpec.for(positions())
 *   .given([
 *     statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
 *   ])
 *   .thenState((state) => {
 *     // what you expect of the state
 *   });
 * assert.strictEqual(code, [
 *   'ReducerSpec.for(positions())',
 *   '  .given([',
 *   "    statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),",
 *   '  ])',
 *   '  .thenState((state) => {',
 *   '    // what you expect of the state',
 *   '  });',
 * ].join('\n'))
 * @category printing
 * @since 0.1.0
 */
export function specCode(reducerName: string, given: ReadonlyArray<TestEvent>, when: ReadonlyArray<TestEvent> = [], then = PLACEHOLDER): string {
  const lines = [`ReducerSpec.for(${reducerName})`, `  .given(${eventsCode(given, '  ')})`];
  if (when.length === 1) lines.push(`  .when(${eventCode(when[0]!)})`);
  else if (when.length > 1) lines.push(`  .when(${when.map((e) => eventCode(e)).join(', ')})`);
  lines.push(`  ${then};`);
  return lines.join('\n');
}
