/**
 * What a contradiction rule's context does with the ledger: it opens,
 * resolves, rewinds and files records in one contradictions state. The
 * analysis gives the rules a context over its own state; a rule that
 * derives records into a ledger of its own, to compare them with those held
 * before it writes any (the voice rules), runs the same code over that one.
 * Internal: not exported from the package.
 *
 * @since 0.1.0
 */
import { appendContradictions, isContradictionOpen, openContradiction, resolveContradiction, rewindContradiction } from './contradictions.js';
import type { ContradictionRecord, ContradictionsState, Moment, OpenSpec } from './contradictions.js';
import type { RuleContext } from './contradiction-rule.js';
import type { PositionsState } from './positions.js';
import type { RegistryState } from './registry.js';

/** The writes of a rule context, to the state its `contradictions` names. A class, not an object of closures: one small allocation per context. */
export abstract class LedgerWrites implements RuleContext {
  abstract readonly registry: RegistryState;
  abstract readonly positions: PositionsState;
  abstract readonly contradictions: ContradictionsState;
  open(spec: OpenSpec): void {
    openContradiction(this.contradictions, spec);
  }
  resolve(type: string, issue: string, key: string, at: Moment, by?: string): void {
    resolveContradiction(this.contradictions, type, issue, key, at, by);
  }
  isOpen(type: string, issue: string, key: string): boolean {
    return isContradictionOpen(this.contradictions, type, issue, key);
  }
  rewind(type: string, issue: string, key: string, keep: number, reopen?: boolean): ContradictionRecord[] {
    return rewindContradiction(this.contradictions, type, issue, key, keep, reopen);
  }
  append(type: string, issue: string, key: string, records: ReadonlyArray<ContradictionRecord>): void {
    appendContradictions(this.contradictions, type, issue, key, records);
  }
}

/** A rule context over a contradictions state of one's own, reading the registry and positions of another. */
export class LedgerContext extends LedgerWrites {
  constructor(
    readonly registry: RegistryState,
    readonly positions: PositionsState,
    readonly contradictions: ContradictionsState,
  ) {
    super();
  }
}
