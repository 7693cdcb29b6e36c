/**
 * Filters that name an actor or issue the log has never mentioned: a typo
 * (`--holder rusia`) would match nothing and look like "no positions", so
 * it is refused, with the closest ids the log does mention.
 *
 * @since 0.1.0
 */
import { left, right } from 'fp-ts/lib/Either.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { nearNames } from '@stancelog/core';
import type { AsOf, EventStore, StoredEvent } from '@stancelog/core';
import { nothingKnownNote } from './as-of-option.js';
import { cliError } from './cli-error.js';
import type { CliError } from './cli-error.js';
import type { CliIo } from './io.js';

/**
 * One filter option: `--holder russia` names the actor `russia`.
 *
 * @example
 * import { checkFilterIdsIn } from './filter-ids.js'
 * import type { IdFilter } from './filter-ids.js'
 * const filter: IdFilter = { option: '--issue', kind: 'issue', id: 'ceasfire' }
 * const events = [{ tags: ['actor:russia', 'issue:ceasefire'] }] as any
 * const r = checkFilterIdsIn(events, [filter])
 * assert.ok(r._tag === 'Left' && r.left.message === '--issue ceasfire: no issue "ceasfire" in the log; did you mean ceasefire?')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export interface IdFilter {
  readonly option: string;
  readonly kind: 'actor' | 'issue';
  /** Undefined when the option was not given. */
  readonly id: string | undefined;
}

/**
 * A name, alias or title the registry gives an id, by its lower case without a leading "the", as the register compares
 * names ("the union" as "union"): what an analyst types before knowing ids.
 */
type Names = Map<string, { readonly id: string; readonly as: 'name' | 'alias' | 'title' | 'former name' | 'former title' }>;

/**
 * Adds the names an event gives actors (name, aliases) or issues (title) of that kind: of two ids, the first one given
 * wins; of one id, the latest role, so that a party's name before a rename is said to be its former name (or the alias
 * the rename kept it as).
 */
function addNames(names: Names, event: { readonly type?: string; readonly data?: unknown }, kind: 'actor' | 'issue'): void {
  const data = event.data as { id?: string; name?: string; aliases?: ReadonlyArray<string>; actor?: string; alias?: string; title?: string } | undefined;
  if (data === undefined) return;
  const add = (text: string | undefined, id: string | undefined, as: 'name' | 'alias' | 'title') => {
    if (text === undefined || id === undefined) return;
    const before = names.get(nameKey(text));
    if (before === undefined || before.id === id) names.set(nameKey(text), { id, as });
  };
  // A registration anew replaces the name (or title) of the one before.
  const supersede = (id: string | undefined, as: 'name' | 'title', formerly: 'former name' | 'former title') => {
    for (const [text, named] of names) if (named.id === id && named.as === as) names.set(text, { id, as: formerly });
  };
  if (kind === 'actor' && event.type === 'actor-registered') {
    supersede(data.id, 'name', 'former name');
    add(data.name, data.id, 'name');
    for (const alias of data.aliases ?? []) add(alias, data.id, 'alias');
  } else if (kind === 'actor' && event.type === 'alias-added') add(data.alias, data.actor, 'alias');
  else if (kind === 'issue' && event.type === 'issue-defined') {
    supersede(data.id, 'title', 'former title');
    add(data.title, data.id, 'title');
  }
}

// "--holder union" for an actor registered with the alias "the union" (a review of a port strike, where the refusal
// listed ids and named none): compared as the register compares names.
const nameKey = (text: string): string => text.toLowerCase().replace(/^the\s+/, '');

function refusal(filter: IdFilter & { id: string }, known: ReadonlyArray<string>, names: Names): CliError {
  const what = `${filter.option} ${filter.id}: no ${filter.kind} ${JSON.stringify(filter.id)} in the log`;
  const named = names.get(nameKey(filter.id));
  if (named !== undefined) return cliError(`${what}; ${filter.id} is ${named.as === 'alias' ? 'an alias' : named.as.startsWith('former') ? `a ${named.as}` : `the ${named.as}`} of ${named.id}: ${filter.option} ${named.id}`);
  if (known.length === 0) return cliError(`${what} (it mentions no ${filter.kind} at all)`);
  const close = nearNames(filter.id, known);
  if (close.length > 0) return cliError(`${what}; did you mean ${close.join(' or ')}?`);
  const sorted = [...known].sort();
  const shown = sorted.slice(0, 10).join(', ');
  return cliError(`${what} (its ${filter.kind === 'actor' ? 'actors' : 'issues'}: ${shown}${sorted.length > 10 ? `, and ${sorted.length - 10} more` : ''})`);
}

function idsOf(tags: Iterable<string>, kind: 'actor' | 'issue'): string[] {
  const prefix = `${kind}:`;
  const ids: string[] = [];
  for (const tag of tags) if (tag.startsWith(prefix)) ids.push(tag.slice(prefix.length));
  return ids;
}

/**
 * Checks filters against events already read: an id is mentioned when an
 * event carries its tag (a statement's holder, speaker, issue and
 * conditions; a registry event's ids).
 *
 * @example
 * import { checkFilterIdsIn } from './filter-ids.js'
 * const events = [{ tags: ['actor:russia', 'issue:ceasefire'] }] as any
 * assert.strictEqual(checkFilterIdsIn(events, [{ option: '--holder', kind: 'actor', id: 'russia' }])._tag, 'Right')
 * const r = checkFilterIdsIn(events, [{ option: '--holder', kind: 'actor', id: 'rusia' }])
 * assert.ok(r._tag === 'Left' && r.left.message === '--holder rusia: no actor "rusia" in the log; did you mean russia?')
 * // A filter takes ids; a name or alias the registry knows is answered with its id.
 * const named = [{ tags: ['actor:russia'], type: 'alias-added', data: { actor: 'russia', alias: 'the Kremlin' } }] as any
 * const kremlin = checkFilterIdsIn(named, [{ option: '--holder', kind: 'actor', id: 'the Kremlin' }])
 * assert.ok(kremlin._tag === 'Left' && kremlin.left.message === '--holder the Kremlin: no actor "the Kremlin" in the log; the Kremlin is an alias of russia: --holder russia')
 * // With or without its "the", as the register compares names.
 * const bare = checkFilterIdsIn(named, [{ option: '--holder', kind: 'actor', id: 'Kremlin' }])
 * assert.ok(bare._tag === 'Left' && bare.left.message === '--holder Kremlin: no actor "Kremlin" in the log; Kremlin is an alias of russia: --holder russia')
 * // A party renamed: its name before is a former name, or the alias the rename kept it as.
 * const renamed = [
 *   { tags: ['actor:greens'], type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green League', aliases: ['Greens'] } },
 *   { tags: ['actor:greens'], type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future' } },
 * ] as any
 * const league = checkFilterIdsIn(renamed, [{ option: '--holder', kind: 'actor', id: 'Green League' }])
 * assert.ok(league._tag === 'Left' && league.left.message === '--holder Green League: no actor "Green League" in the log; Green League is a former name of greens: --holder greens')
 * @category commands
 * @since 0.1.0
 * @internal
 */
export function checkFilterIdsIn(events: ReadonlyArray<Pick<StoredEvent, 'tags'> & { readonly type?: string; readonly data?: unknown }>, filters: ReadonlyArray<IdFilter>): Either<CliError, void> {
  const tags = new Set<string>();
  for (const e of events) for (const tag of e.tags) tags.add(tag);
  for (const f of filters) {
    if (f.id === undefined || tags.has(`${f.kind}:${f.id}`)) continue;
    const names: Names = new Map();
    for (const e of events) addNames(names, e, f.kind);
    return left(refusal({ ...f, id: f.id }, idsOf(tags, f.kind), names));
  }
  return right(undefined);
}

/**
 * Checks filters against a store: one tag read per filter; only when an id
 * is missing is the log read through to find the ids it does mention. A
 * failed read is a `Left` naming the store (`spec`).
 *
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import { checkFilterIds } from './filter-ids.js'
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } }])
 * assert.strictEqual((await checkFilterIds(store, 'memory', [{ option: '--actor', kind: 'actor', id: 'ukraine' }]))._tag, 'Right')
 * const r = await checkFilterIds(store, 'memory', [{ option: '--actor', kind: 'actor', id: 'ukriane' }])
 * assert.ok(r._tag === 'Left' && r.left.message.endsWith('did you mean ukraine?'))
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function checkFilterIds(store: EventStore, spec: string, filters: ReadonlyArray<IdFilter>): Promise<Either<CliError, void>> {
  try {
    for (const f of filters) {
      if (f.id === undefined) continue;
      let found = false;
      // Read to the end (one event at most): a read stopped early costs the PostgreSQL store its connection.
      for await (const batch of store.read({ tags: [`${f.kind}:${f.id}`], limit: 1 })) if (batch.length > 0) found = true;
      if (found) continue;
      const known = new Set<string>();
      const names: Names = new Map();
      for await (const batch of store.read()) {
        for (const e of batch) {
          for (const id of idsOf(e.tags, f.kind)) known.add(id);
          addNames(names, e, f.kind);
        }
      }
      return left(refusal({ ...f, id: f.id }, [...known], names));
    }
    return right(undefined);
  } catch (error) {
    return left(cliError(`store ${spec}: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/**
 * What a read command checks when it finds nothing, before it says so: a
 * filter naming an id the log never mentions is refused as a typo (a
 * `Left`), and a date before the log recorded anything gets a note on
 * `io.stderr` (`nothingKnownNote`). Asked only then: the check reads the
 * log by tag, which a file store indexes on first use.
 *
 * @example
 * import { openMemoryStore } from '@stancelog/core'
 * import { checkNothingFound } from './filter-ids.js'
 * const store = openMemoryStore()
 * await store.append([{ type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' }, recordedAt: '2025-03-14T08:00:00Z' }])
 * let said = ''
 * const io = { stdout: process.stdout, stderr: { write: (s: string) => (said += s) }, cwd: '.', env: {} }
 * const r = await checkNothingFound(store, 'memory', [{ option: '--holder', kind: 'actor', id: 'ukriane' }], undefined, io)
 * assert.ok(r._tag === 'Left' && r.left.message.endsWith('did you mean ukraine?'))
 * assert.strictEqual((await checkNothingFound(store, 'memory', [], { recordedTime: '2025-03-01' }, io))._tag, 'Right')
 * assert.match(said, /^stancelog: nothing was recorded by 2025-03-01/)
 * @category commands
 * @since 0.1.0
 * @internal
 */
export async function checkNothingFound(store: EventStore, spec: string, filters: ReadonlyArray<IdFilter>, asOf: AsOf | undefined, io: CliIo): Promise<Either<CliError, void>> {
  const checked = await checkFilterIds(store, spec, filters);
  if (checked._tag === 'Left') return checked;
  const note = await nothingKnownNote(store, asOf);
  if (note !== undefined) io.stderr.write(`stancelog: ${note}\n`);
  return right(undefined);
}
