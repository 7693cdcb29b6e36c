/**
 * Actors: the states, blocs, organisations and persons that hold positions.
 *
 * A person speaks for the actor whose office they hold on the day they speak,
 * so offices carry validity periods: Keir Starmer speaks for the United
 * Kingdom from 2024-07-05, Friedrich Merz for Germany from 2025-05-06.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts';
import { ActorId } from './ids.js';
import { nonBlank } from './refine.js';
import { StatedAt, startOf, endOf } from './time.js';
import type { DecodeIssue } from './decode-error.js';

// The model types are written out rather than `t.TypeOf<typeof Codec>`, so that
// signatures, hovers and the API reference name them instead of spelling out
// their fields; packages/core/test/model-types.check.ts keeps each equal to
// what its codec decodes to.

/**
 * What kind of actor this is.
 * @example
 * import { ActorKind } from '@stancelog/core'
 * assert.ok(ActorKind.is('organisation'))
 * assert.ok(!ActorKind.is('country')) // a country is a `state`
 * @category codecs
 * @since 0.1.0
 */
export const ActorKind = t.keyof({ state: null, bloc: null, organisation: null, person: null }, 'ActorKind');
/** @category model @since 0.1.0 */
export type ActorKind = t.TypeOf<typeof ActorKind>;

// What ingest reads before a person's name ("General Secretary Marta Silva") and what the register shows: not blank.
const OfficeTitle = nonBlank('OfficeTitle', 'a title (not blank)', 'empty: give the title of the office, as texts name it (Prime Minister, General Secretary)');

// An office whose title is of the codec `title`: not blank as one is given (Office), any string as a log holds it
// (LoggedOffice: a log written before titles were checked stays readable).
function officeOf(title: t.Type<string, string, unknown>) {
  return t.intersection(
    [
      t.type({ actor: ActorId, title, from: StatedAt }),
      t.partial({ until: StatedAt }),
    ],
    'Office',
  );
}

/**
 * An office a person holds: whom they speak for, from when, until when.
 * Its `title` is not blank (empty, or spaces only): appending an
 * `actor-registered` or `office-held` event refuses a blank one (see
 * `blankTextIssues`), though a log written before holds it readably.
 *
 * @example
 * import { Office } from '@stancelog/core'
 * assert.ok(Office.is({ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05' }))
 * assert.ok(!Office.is({ actor: 'united-kingdom', title: ' ', from: '2024-07-05' }))
 * @category codecs
 * @since 0.1.0
 */
export const Office = officeOf(OfficeTitle);

/**
 * An office as an event of a log holds it: as {@link Office}, its title
 * any string (a log written before blank titles were refused is read as
 * it is).
 *
 * @example
 * import { LoggedOffice } from './actor.js'
 * assert.ok(LoggedOffice.is({ actor: 'dockers-union', title: '', from: '2023-01-01' }))
 * @category codecs
 * @since 0.1.0
 * @internal
 */
export const LoggedOffice = officeOf(t.string);
/** @category model @since 0.1.0 */
export type Office = {
  /** The actor the office is held in, whom its holder speaks for while in it (`united-kingdom` for the prime minister). */
  actor: ActorId;
  /** The office, as texts name it (`Prime Minister`, `General Secretary`): what ingest reads in "Prime Minister X said"; not blank. */
  title: string;
  /** When it was taken up: a stated time (`'2024-07-05'`, `'2024-07'`, `'2024-W27'` or a timestamp). */
  from: StatedAt;
  /** When it ended, if it has (a stated time, as `from`); left out while it is held. */
  until?: StatedAt | undefined;
};

/**
 * A name an actor is known by: its `name`, each of its `aliases`, the
 * `alias` of an `alias-added` event. Not blank (empty, or spaces only): a
 * blank name names no one in tables, summaries and reports, and ingest
 * would look for it in every text.
 *
 * @example
 * import { ActorName, decodeIssues } from '@stancelog/core'
 * import * as t from 'io-ts'
 * assert.ok(ActorName.is('Kyiv'))
 * const r = t.type({ name: ActorName }).decode({ name: '  ' })
 * assert.ok(r._tag === 'Left' && decodeIssues(r.left)[0]?.message === 'name: empty: give a name the actor is known by (a blank one names no one)')
 * @category codecs
 * @since 0.1.0
 */
export const ActorName = nonBlank('ActorName', 'a name (not blank)', 'empty: give a name the actor is known by (a blank one names no one)');

// An actor whose names are of the codec `name` and offices of `office`: not blank as one is given (Actor), any string
// as a log holds it (LoggedActor: a log written before names and titles were checked stays readable).
function actorOf(name: t.Type<string, string, unknown>, office: typeof Office) {
  return t.intersection(
    [
      t.type({ id: ActorId, kind: ActorKind, name }),
      t.partial({ aliases: t.readonlyArray(name), offices: t.readonlyArray(office) }),
    ],
    'Actor',
  );
}

/**
 * An actor of the registry. Its `name` and `aliases` are not blank
 * ({@link ActorName}), nor are its offices' titles ({@link Office}):
 * appending an `actor-registered` event refuses blank ones (see
 * `blankTextIssues`), though a log written before holds them readably
 * (the events' codecs take any string there).
 *
 * @example
 * import { Actor } from '@stancelog/core'
 * const merz: Actor = {
 *   id: 'friedrich-merz',
 *   kind: 'person',
 *   name: 'Friedrich Merz',
 *   aliases: ['Merz', 'Chancellor Merz'],
 *   offices: [{ actor: 'germany', title: 'Chancellor', from: '2025-05-06' }],
 * }
 * assert.ok(Actor.is(merz))
 * assert.ok(!Actor.is({ ...merz, name: ' ' }))
 * @category codecs
 * @since 0.1.0
 */
export const Actor = actorOf(ActorName, Office);

/**
 * An actor as an `actor-registered` event of a log holds it: as
 * {@link Actor}, its names and its offices' titles any string (a log
 * written before blank ones were refused is read as it is).
 *
 * @example
 * import { LoggedActor } from './actor.js'
 * assert.ok(LoggedActor.is({ id: 'nurses-union', kind: 'organisation', name: '' }))
 * assert.ok(LoggedActor.is({ id: 'marta-silva', kind: 'person', name: 'Marta Silva', offices: [{ actor: 'nurses-union', title: ' ', from: '2023-01-01' }] }))
 * @category codecs
 * @since 0.1.0
 * @internal
 */
export const LoggedActor = actorOf(t.string, LoggedOffice);
/** @category model @since 0.1.0 */
export type Actor = {
  /** The canonical id: a lowercase slug (`ukraine`, `european-union`, `keir-starmer`), what statements name as `holder` and `speaker.actor`. */
  id: ActorId;
  /** `state`, `bloc`, `organisation` or `person`: a person speaks for the actors of the offices held on the day. */
  kind: ActorKind;
  /** The name tables and reports show (`United Kingdom`, `Keir Starmer`); not blank. */
  name: string;
  /** Other names texts use (`UK`, `Britain`, `London`; `Starmer`), each not blank: ingest reads each as this actor. */
  aliases?: ReadonlyArray<string> | undefined;
  /** A person's offices, each dated: a speaker resolves to the actor of the office held on the day they spoke. */
  offices?: ReadonlyArray<Office> | undefined;
};

/**
 * The actor a person speaks for at a given time, from their offices; the
 * actor itself when it is not a person or holds no office then. `at` is a
 * stated time (`2025-03-11`, `2025-03`, `2025-W11` or a timestamp): any
 * other string throws a `RangeError`, a mistake in the program (check one
 * from outside with `StatedAt.is`).
 *
 * @example
 * import { speaksFor, Actor } from '@stancelog/core'
 * const starmer = {
 *   id: 'keir-starmer', kind: 'person', name: 'Keir Starmer',
 *   offices: [{ actor: 'united-kingdom', title: 'Prime Minister', from: '2024-07-05' }],
 * } as unknown as Actor
 * assert.strictEqual(speaksFor(starmer, '2025-03-11'), 'united-kingdom')
 * assert.strictEqual(speaksFor(starmer, '2024-01-01'), undefined)
 * assert.throws(() => speaksFor(starmer, 'last May'), RangeError)
 * @category model
 * @since 0.1.0
 */
export function speaksFor(actor: Actor, at: string): ActorId | undefined {
  if (actor.kind !== 'person') return actor.id;
  const when = startOf(at);
  for (const office of actor.offices ?? []) {
    if (startOf(office.from) <= when && (office.until === undefined || when < endOf(office.until))) {
      return office.actor;
    }
  }
  return undefined;
}

/**
 * What is wrong with the offices an event gives that their codec does not
 * see: one that ends (`until`) before it begins (`from`): it is held on no
 * day, and a speaker would resolve to it on none. The paths start at
 * `data` (`data.offices[1].until`, `data.office.until`). Appending refuses
 * such an event (see `prepareBatch`); the codecs take it, so that a log
 * written before stays readable.
 *
 * @example
 * import { officeIssues } from '@stancelog/core'
 * const p = { type: 'actor-registered', data: { id: 'p', kind: 'person', name: 'P', offices: [{ actor: 'russia', title: 'Minister', from: '2025-05-01', until: '2025-01-01' }] } } as const
 * assert.deepStrictEqual(officeIssues(p).map((i) => i.message), ['data.offices[0].until: 2025-01-01 is before from (2025-05-01): an office ends after it begins'])
 * // Held for one day: from and until the same day.
 * assert.deepStrictEqual(officeIssues({ type: 'office-held', data: { person: 'p', office: { actor: 'russia', title: 'Envoy', from: '2025-05-01', until: '2025-05-01' } } }), [])
 * @category model
 * @since 0.1.0
 */
export function officeIssues(event: { readonly type: string; readonly data: unknown }): DecodeIssue[] {
  const data = event.data as { offices?: ReadonlyArray<Office>; office?: Office };
  const offices: Array<[string, Office]> =
    event.type === 'actor-registered' ? (data.offices ?? []).map((o, i) => [`data.offices[${i}]`, o]) : event.type === 'office-held' && data.office !== undefined ? [['data.office', data.office]] : [];
  const issues: DecodeIssue[] = [];
  for (const [at, office] of offices) {
    // At their precision: an office until May 2025 may begin on 6 May.
    if (office.until === undefined || endOf(office.until) > startOf(office.from)) continue;
    const path = `${at}.until`;
    issues.push({ path, expected: `a date from ${office.from} on`, actual: JSON.stringify(office.until), message: `${path}: ${office.until} is before from (${office.from}): an office ends after it begins` });
  }
  return issues;
}
