/**
 * "Did you mean ...?": the known names closest to a misspelt one, for the
 * errors that name an unknown field or an id the log never mentions.
 *
 * @since 0.1.0
 */
import { distance } from 'fastest-levenshtein';

// Case, `_` and `-` do not count: `stated_at` is `statedAt`, `Russia` is `russia`.
function normalise(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * The candidates closest to `name` (at most `max`, sorted): those fewest
 * edits away, if that is within a third of its length (at least two
 * edits, one for names of three letters or fewer), ignoring case, `_` and
 * `-`. Empty when nothing is close: a
 * far-fetched guess misleads more than none.
 *
 * @example
 * import { closestNames } from './suggest.js'
 * assert.deepStrictEqual(closestNames('stated_at', ['statedAt', 'recordedAt', 'source']), ['statedAt'])
 * assert.deepStrictEqual(closestNames('rusia', ['russia', 'ukraine', 'belarus']), ['russia'])
 * assert.deepStrictEqual(closestNames('publisherr', ['publisher', 'publishedAt', 'url']), ['publisher'])
 * assert.deepStrictEqual(closestNames('weather', ['russia', 'ukraine']), [])
 * @category output
 * @since 0.1.0
 * @internal
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = normalise(name);
  // A slip of one or two letters (`alias` for `aliases`), more in long names; one in very short ones.
  const limit = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  const scored: Array<{ candidate: string; d: number }> = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const d = distance(wanted, normalise(candidate));
    if (d <= limit) scored.push({ candidate, d });
  }
  // Only the closest: `publisherr` is `publisher`, not also `publishedAt`.
  const best = scored.reduce((m, s) => Math.min(m, s.d), Infinity);
  return scored
    .filter((s) => s.d === best)
    .map((s) => s.candidate)
    .sort()
    .slice(0, max);
}

/**
 * " (a?)", " (a or b?)": the hint appended to an error, empty when nothing
 * is close.
 *
 * @example
 * import { didYouMean } from './suggest.js'
 * assert.strictEqual(didYouMean('publisherr', ['publisher', 'url', 'title']), ' (publisher?)')
 * assert.strictEqual(didYouMean('xyz', ['publisher']), '')
 * @category output
 * @since 0.1.0
 * @internal
 */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestNames(name, candidates);
  return close.length === 0 ? '' : ` (${close.join(' or ')}?)`;
}
