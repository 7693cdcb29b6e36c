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
import type { ContradictionRecord, ContradictionsState, IssueLedger, LedgerStatus, Moment, OpenSpec } from './contradictions.js';
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

/**
 * Puts a contradiction's records (filed under `issue`, `base` being
 * `type:key`) as a rule derived them in a ledger of its own, numbered and
 * named there as the ledger names them: `records` in place of those it
 * held under their ids, the ids `taken` (held past the last derived) taken
 * away, and `status` (undefined: none opened) as the rule's ledger has it.
 * Under a live update this writes each of them once, where `rewind` then
 * `append` would read each record taken back, and the status, through the
 * draft (a draft of its own each).
 */
export function replaceRecords(state: ContradictionsState, issue: string, base: string, records: ReadonlyArray<ContradictionRecord>, taken: ReadonlyArray<string>, status: LedgerStatus | undefined): void {
  let ledger: IssueLedger | undefined = state.byIssue.get(issue);
  if (ledger === undefined) state.byIssue.set(issue, (ledger = { records: new Map(), status: new Map() }));
  for (const record of records) ledger.records.set(record.id, record);
  for (const id of taken) ledger.records.delete(id);
  if (status === undefined) ledger.status.delete(base);
  else ledger.status.set(base, { opened: status.opened, open: status.open });
}
