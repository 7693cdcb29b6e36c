/**
 * How the contradictions ledger is written into a snapshot (internal): its
 * records as columns, their strings (types, keys, days, the words of
 * summaries) kept once in a table, their lists of issues and actors kept
 * once by content, their statements as indexes into the snapshot's table
 * of ids, and their ids, `type:key` then `#n`, as the number `n`.
 *
 * Why: written as objects, a record took 450 bytes (its twelve field names,
 * its statement ids of 32 digits, its summary), and a log whose holders
 * disagree on many issues keeps a record for each pair: the ledger of the
 * benchmark's 50,000 statements took 11 MB of a 17 MB snapshot.
 *
 * @since 0.1.0
 */
import type { ContradictionRecord, ContradictionsState, IssueLedger, LedgerStatus } from './contradictions.js';
import { ListTable, StringTable, narrow, small } from './snapshot-columns.js';
import type { IdTable, NumberColumn } from './snapshot-columns.js';

/** The ledger as a snapshot keeps it: one row per record, and per `type:key` status, ledger after ledger. */
export interface EncodedLedger {
  readonly strings: ReadonlyArray<string | undefined>;
  readonly lists: ReadonlyArray<ReadonlyArray<string>>;
  /** Per issue's ledger: the issue, and how many records and statuses it has. */
  readonly issues: NumberColumn;
  readonly recordCounts: NumberColumn;
  readonly statusCounts: NumberColumn;
  readonly records: {
    readonly type: NumberColumn;
    readonly key: NumberColumn;
    /** The record's `n` (its id is `type:key`, then `#n` from 2 on); 0 when its id is another, kept in `ids`. */
    readonly number: NumberColumn;
    readonly ids: ReadonlyArray<readonly [number, string]>;
    readonly issues: NumberColumn;
    readonly actors: NumberColumn;
    readonly since: NumberColumn;
    readonly sinceLabel: NumberColumn;
    /** 1: `until` is set, 2: the record has a `resolvedBy` field set to a statement. */
    readonly flags: Uint8Array;
    readonly until: NumberColumn;
    readonly untilLabel: NumberColumn;
    /** An index into the snapshot's ids. */
    readonly resolvedBy: NumberColumn;
    /** Where each record's statements end in `statements` (an index into the snapshot's ids each). */
    readonly statementsEnd: NumberColumn;
    readonly statements: NumberColumn;
    /** Where each record's summary ends in `words` (the summary split at its spaces, each word an index into `strings`). */
    readonly summaryEnd: NumberColumn;
    readonly words: NumberColumn;
  };
  readonly statuses: {
    /** `type:key` split at its first colon (index 0 for the key: it has none). */
    readonly type: NumberColumn;
    readonly key: NumberColumn;
    readonly opened: NumberColumn;
    /** The `n` of the open record (0: none open); -1 when its id is another, kept in `open`. */
    readonly open: NumberColumn;
    readonly openIds: ReadonlyArray<readonly [number, string]>;
  };
}

/** The id of record `n` of a contradiction (as contradictions.ts numbers them). */
const recordId = (base: string, n: number): string => (n === 1 ? base : `${base}#${n}`);

/** The `n` of a record's id, 0 if it is not one of the contradiction's numbers. */
function numberOf(id: string, base: string): number {
  if (id === base) return 1;
  if (id.length <= base.length + 1 || !id.startsWith(base) || id.charCodeAt(base.length) !== 35) return 0;
  const n = Number(id.slice(base.length + 1));
  return Number.isInteger(n) && n > 1 && recordId(base, n) === id ? n : 0;
}

// A string built by concatenation is a rope in V8 until a character is read (see contradictions.ts).
let flattened = 0;
function flat(text: string): string {
  flattened ^= text.length > 0 ? text.charCodeAt(0) : 0;
  return text;
}

/** The ledger as columns; the statements it names are added to `ids` when they are not there yet. */
export function encodeLedger(state: ContradictionsState, ids: IdTable): EncodedLedger {
  const strings = new StringTable();
  const lists = new ListTable<string>();
  const issues: number[] = [];
  const recordCounts: number[] = [];
  const statusCounts: number[] = [];
  const r = {
    type: [] as number[],
    key: [] as number[],
    number: [] as number[],
    ids: [] as Array<readonly [number, string]>,
    issues: [] as number[],
    actors: [] as number[],
    since: [] as number[],
    sinceLabel: [] as number[],
    flags: [] as number[],
    until: [] as number[],
    untilLabel: [] as number[],
    resolvedBy: [] as number[],
    statementsEnd: [] as number[],
    statements: [] as number[],
    summaryEnd: [] as number[],
    words: [] as number[],
  };
  const s = { type: [] as number[], key: [] as number[], opened: [] as number[], open: [] as number[], openIds: [] as Array<readonly [number, string]> };
  for (const [issue, ledger] of state.byIssue) {
    issues.push(strings.of(issue));
    recordCounts.push(ledger.records.size);
    statusCounts.push(ledger.status.size);
    for (const [id, record] of ledger.records) {
      const row = r.type.length;
      r.type.push(strings.of(record.type));
      r.key.push(strings.of(record.key));
      const n = numberOf(id, `${record.type}:${record.key}`);
      r.number.push(id === record.id ? n : 0);
      if (n === 0 || id !== record.id) r.ids.push([row, id], [-1 - row, record.id]);
      r.issues.push(lists.of(record.issues));
      r.actors.push(lists.of(record.actors));
      r.since.push(record.since);
      r.sinceLabel.push(strings.of(record.sinceLabel));
      const resolved = 'resolvedBy' in record && record.resolvedBy !== undefined;
      r.flags.push((record.until !== undefined ? 1 : 0) | (resolved ? 2 : 0));
      r.until.push(record.until ?? 0);
      r.untilLabel.push(strings.of(record.untilLabel));
      r.resolvedBy.push(resolved ? ids.of(record.resolvedBy!) : 0);
      for (const statement of record.statements) r.statements.push(ids.of(statement));
      r.statementsEnd.push(r.statements.length);
      for (const word of record.summary.split(' ')) r.words.push(strings.of(word));
      r.summaryEnd.push(r.words.length);
    }
    for (const [base, status] of ledger.status) {
      const colon = base.indexOf(':');
      s.type.push(strings.of(colon < 0 ? base : base.slice(0, colon)));
      s.key.push(colon < 0 ? 0 : strings.of(base.slice(colon + 1)));
      s.opened.push(status.opened);
      const open = status.open === undefined ? 0 : numberOf(status.open, base);
      if (open === 0 && status.open !== undefined) s.openIds.push([s.open.length, status.open]);
      s.open.push(open === 0 && status.open !== undefined ? -1 : open);
    }
  }
  const columns = <K extends string>(o: Record<K, number[]>, keys: ReadonlyArray<K>): Record<K, NumberColumn> =>
    Object.fromEntries(keys.map((k) => [k, narrow(o[k])])) as Record<K, NumberColumn>;
  return {
    strings: strings.list,
    lists: lists.list,
    issues: narrow(issues),
    recordCounts: narrow(recordCounts),
    statusCounts: narrow(statusCounts),
    records: {
      ...columns(r, ['type', 'key', 'number', 'issues', 'actors', 'since', 'sinceLabel', 'until', 'untilLabel', 'resolvedBy', 'statementsEnd', 'statements', 'summaryEnd', 'words']),
      flags: Uint8Array.from(r.flags),
      ids: r.ids,
    },
    statuses: { ...columns(s, ['type', 'key', 'opened', 'open']), openIds: s.openIds },
  };
}

/** The ledger again, its statements read from the snapshot's ids. */
export function decodeLedger(encoded: EncodedLedger, ids: ReadonlyArray<string>): ContradictionsState {
  const { strings, lists, records: r, statuses: s } = encoded;
  const otherIds = new Map(r.ids);
  const openIds = new Map(s.openIds);
  const byIssue = new Map<string, IssueLedger>();
  let row = 0;
  let statusRow = 0;
  let statement = 0;
  let word = 0;
  for (let l = 0; l < encoded.issues.length; l++) {
    const records = new Map<string, ContradictionRecord>();
    const status = new Map<string, LedgerStatus>();
    // The statuses first: their `type:key` strings are the ids of first records.
    const bases = new Map<string, string>();
    const statusEnd = statusRow + encoded.statusCounts[l]!;
    const statusRows: Array<[string, LedgerStatus]> = [];
    for (; statusRow < statusEnd; statusRow++) {
      const type = strings[s.type[statusRow]!]!;
      const key = s.key[statusRow] === 0 ? undefined : strings[s.key[statusRow]!]!;
      const base = key === undefined ? type : flat(`${type}:${key}`);
      bases.set(base, base);
      const open = small(s.open[statusRow]!);
      statusRows.push([base, { opened: small(s.opened[statusRow]!), open: open === 0 ? undefined : open < 0 ? openIds.get(statusRow)! : recordId(base, open) }]);
    }
    const recordEnd = row + encoded.recordCounts[l]!;
    for (; row < recordEnd; row++) {
      const type = strings[r.type[row]!]!;
      const key = strings[r.key[row]!]!;
      const n = r.number[row]!;
      let id: string;
      let recordIdField: string;
      if (n === 0) {
        id = otherIds.get(row)!;
        recordIdField = otherIds.get(-1 - row)!;
      } else {
        const made = `${type}:${key}`;
        const base = bases.get(made) ?? flat(made);
        id = recordIdField = n === 1 ? base : flat(recordId(base, n));
      }
      const statementsEnd = r.statementsEnd[row]!;
      const statements = new Array<string>(statementsEnd - statement);
      for (let i = 0; statement < statementsEnd; i++, statement++) statements[i] = ids[r.statements[statement]!]!;
      const summaryEnd = r.summaryEnd[row]!;
      const words = new Array<string>(summaryEnd - word);
      for (let i = 0; word < summaryEnd; i++, word++) words[i] = strings[r.words[word]!]!;
      const flags = r.flags[row]!;
      // The fields in the order `openContradiction` makes them: one shape for records replayed and records read back.
      records.set(id, {
        id: recordIdField,
        type,
        key,
        issues: lists[r.issues[row]!]!,
        actors: lists[r.actors[row]!]! as string[],
        since: small(r.since[row]!),
        sinceLabel: strings[r.sinceLabel[row]!]!,
        until: (flags & 1) !== 0 ? small(r.until[row]!) : undefined,
        untilLabel: strings[r.untilLabel[row]!],
        resolvedBy: (flags & 2) !== 0 ? ids[r.resolvedBy[row]!]! : undefined,
        statements,
        summary: words.length === 1 ? words[0]! : words.join(' '),
      });
    }
    for (const [base, st] of statusRows) {
      // The open record's id is the record's own string, as a replay shares it.
      if (st.open !== undefined) st.open = records.get(st.open)?.id ?? st.open;
      status.set(base, st);
    }
    byIssue.set(strings[encoded.issues[l]!]!, { records, status });
  }
  return { byIssue };
}
