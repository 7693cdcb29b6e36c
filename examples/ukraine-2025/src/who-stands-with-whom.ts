/**
 * Who stands with whom, as the demo prints it: of the pairs of holders that
 * share a few issues, the few most aligned and the few most opposed, from
 * core's `alignmentList`.
 */
import { alignmentList } from '@stancelog/core';
import type { AlignmentView, AnalysisState } from '@stancelog/core';

/** The ends of the alignment, and how many pairs they were taken from. */
export interface Standings {
  /** Best aligned first. */
  readonly aligned: ReadonlyArray<AlignmentView>;
  /** Most opposed first. */
  readonly opposed: ReadonlyArray<AlignmentView>;
  /** The pairs sharing `minShared` issues or more, of which `aligned` and `opposed` are the ends. */
  readonly weighed: number;
  /** Every pair that shares an issue. */
  readonly pairs: number;
}

/**
 * The `shown` most aligned and most opposed pairs among those sharing at
 * least `minShared` issues: a score of one shared issue says little, and
 * would fill both ends with it.
 */
export function standings(state: AnalysisState, shown = 3, minShared = 2): Standings {
  const all = alignmentList(state);
  const shared = (a: AlignmentView): number => a.agree.length + a.disagree.length;
  const weighed = all.filter((a) => shared(a) >= minShared);
  // alignmentList sorts best aligned first; the opposed end is its tail, lowest score first and, of one score, the
  // pair sharing most issues first, as at the top. Never the same pair at both ends.
  const aligned = weighed.slice(0, Math.min(shown, Math.ceil(weighed.length / 2)));
  const opposed = weighed
    .slice(aligned.length)
    .sort((x, y) => x.score - y.score || shared(y) - shared(x))
    .slice(0, shown);
  return { aligned, opposed, weighed: weighed.length, pairs: all.length };
}

/** The rows the demo prints: which end, the two actors, the score (two decimals, signed) and the issues of each side. */
export function standingsRows(ends: Standings): string[][] {
  const issues = (label: string, list: ReadonlyArray<string>): string => (list.length > 0 ? `${label} ${list.join(', ')}` : '');
  const row = (end: string, a: AlignmentView): string[] => [
    end,
    a.actors.join(', '),
    a.score > 0 ? `+${a.score.toFixed(2)}` : a.score.toFixed(2),
    [issues('agree:', a.agree), issues('disagree:', a.disagree)].filter((s) => s !== '').join('; '),
  ];
  return [...ends.aligned.map((a) => row('aligned', a)), ...ends.opposed.map((a) => row('opposed', a))];
}
