/**
 * The weeks an event states that their year lacks: `2025-W53` reads as
 * 2026's first week, so what reads new input refuses it, while the codecs
 * and stores take it (a log holding one stays readable and copyable).
 *
 * @since 0.1.0
 */
import type { DecodeIssue } from './decode-error.js';
import type { Event } from './events.js';
import { statedWeekProblem } from './time.js';

/**
 * The stated times of an event that name a week 53 its year lacks
 * ({@link statedWeekProblem}), as decoding issues with their paths. The
 * codecs and stores take them (a log holding one stays readable and
 * copyable); what reads new input refuses them (the CLI's lines, ingest's
 * dates), and so can an application before it appends.
 *
 * @example
 * import { statedWeekIssues, statementMade } from '@stancelog/core'
 * const said = statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-W53', source: { quote: 'no truce this winter' } })
 * assert.deepStrictEqual(statedWeekIssues(said).map((i) => i.message), ['data.statedAt: 2025 has 52 ISO weeks: 2025-W53 is 2026-W01'])
 * @category time
 * @since 0.1.0
 */
export function statedWeekIssues(event: Event): DecodeIssue[] {
  const times: Array<[string, string | undefined]> = [];
  if (event.type === 'statement-made') times.push(['data.statedAt', event.data.statedAt], ['data.source.publishedAt', event.data.source.publishedAt]);
  else if (event.type === 'office-held') times.push(['data.office.from', event.data.office.from], ['data.office.until', event.data.office.until]);
  else if (event.type === 'actor-registered') {
    (event.data.offices ?? []).forEach((o, i) => times.push([`data.offices[${i}].from`, o.from], [`data.offices[${i}].until`, o.until]));
  }
  const issues: DecodeIssue[] = [];
  for (const [path, value] of times) {
    const problem = value === undefined ? undefined : statedWeekProblem(value);
    if (problem !== undefined) issues.push({ path, expected: 'a week its year has', actual: JSON.stringify(value), message: `${path}: ${problem}` });
  }
  return issues;
}
