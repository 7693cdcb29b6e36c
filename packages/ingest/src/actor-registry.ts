/**
 * The actor register used while reading: aliases to actors, persons to the
 * actor they speak for on a date (their dated offices), demonyms.
 *
 * @since 0.1.0
 */
import { ActorId, endOf, slugify, startOf, type Actor } from '@stancelog/core';
import { compilePatterns, matchAll, type PhraseMatcher } from './phrase-matcher.js';
import { normalizeApostrophes, type Token } from './nlp.js';
import { DEFAULT_ACTORS, DEFAULT_DEMONYMS } from './default-actors.js';

/**
 * What an alias names: an actor, or a state through its demonym.
 * @category actors
 * @since 0.1.0
 * @internal
 */
export interface AliasTarget {
  readonly actor: Actor;
  readonly via: 'name' | 'demonym';
  /** Every alias of this key was written "the" and a capitalised word ("the Alliance"): the text must capitalise it too. */
  readonly proper?: true;
}

/**
 * The register: actors by id and a matcher over all their names (the
 * matcher is the pipeline's; build a register with {@link buildRegistry}).
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS, ingestText, type ActorRegistry } from '@stancelog/ingest'
 * const registry: ActorRegistry = buildRegistry(DEFAULT_ACTORS.filter((a) => a.id !== 'russia'))
 * assert.strictEqual(registry.actors.get('ukraine')?.name, 'Ukraine')
 * assert.strictEqual(registry.actors.has('russia'), false)
 * // An actor the register does not know holds no statement.
 * const holders = (options: { registry?: ActorRegistry }) => {
 *   const r = ingestText('Moscow rejected any ceasefire on Friday.', { publishedAt: '2025-05-17' }, options)
 *   return r._tag === 'Right' ? r.right.statements.map((s) => s.holder) : []
 * }
 * assert.deepStrictEqual([holders({}), holders({ registry })], [['russia'], []])
 * @category actors
 * @since 0.1.0
 */
export interface ActorRegistry {
  readonly actors: ReadonlyMap<ActorId, Actor>;
  /** Every name and demonym, compiled for the pipeline. @internal */
  readonly matcher: PhraseMatcher<AliasTarget>;
  /**
   * The noun of one member of a body named by a plural ("Social Democrat" of
   * "the Social Democrats"), by its words in lower case: "a senior Social
   * Democrat" is someone of the party, no person of that name. @internal
   */
  readonly members?: ReadonlyMap<string, Actor>;
}

/**
 * Builds a register from actors (aliases and names) and demonyms, for
 * `IngestOptions.registry`. Pass the defaults along to keep them. A name
 * (or alias) two actors hold stands for the later one: actors of your own
 * after the defaults take a name from them ("Kyiv" for a city council).
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS, ingestText } from '@stancelog/ingest'
 * const registry = buildRegistry([...DEFAULT_ACTORS, { id: 'dockers-union', kind: 'organisation', name: "Harbour Workers' Union", aliases: ['HWU'] }])
 * assert.ok(registry.actors.has('dockers-union') && registry.actors.has('ukraine'))
 * const r = ingestText('The HWU rejected the sanctions on Friday, officials said.', { publishedAt: '2026-02-14' }, { registry })
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.statements.map((s) => [s.holder, s.issue, s.polarity]), [['dockers-union', 'sanctions', '-']])
 * @category actors
 * @since 0.1.0
 */
export function buildRegistry(
  actors: ReadonlyArray<Actor> = DEFAULT_ACTORS,
  demonyms: Readonly<Record<string, string>> = DEFAULT_DEMONYMS,
): ActorRegistry {
  const byId = new Map<ActorId, Actor>();
  for (const a of actors) byId.set(a.id, a);
  // By name as the text's words are matched (in any case): a later actor's name takes it from an earlier one.
  const byName = new Map<string, { source: string; value: AliasTarget }>();
  const keyOf = (source: string): string => normalizeApostrophes(source).trim().replace(/\s+/g, ' ').toLowerCase();
  const add = (source: string, actor: Actor): void => {
    const key = keyOf(source);
    const before = byName.get(key);
    const proper = /^[Tt]he\s+[A-ZÀ-Þ]/.test(source) && (before === undefined || before.value.actor !== actor || before.value.proper === true);
    byName.delete(key);
    byName.set(key, { source, value: proper ? { actor, via: 'name', proper } : { actor, via: 'name' } });
  };
  for (const a of actors) {
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      add(escapeAlias(name), a);
      // "the Kremlin" is also written "Kremlin".
      if (/^the\s/i.test(name)) add(escapeAlias(name.slice(4)), a);
    }
  }
  // "the Alliance of Small Island States" is that alliance, not NATO's "the Alliance" and words after it: a name whose
  // first word follows "the" in a name is also matched with its article. Its own alias too: with "the federation" an
  // alias of the Federation of Public Hospitals, "The Federation of Public Hospitals supports ..." matched the alias
  // alone, and the subject's head ("Hospitals") fell outside it: no holder (a review's finding).
  for (const a of actors) {
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      const key = keyOf(name);
      const taken = byName.get(`the ${key.split(' ')[0]}`);
      if (key.startsWith('the ') || !key.includes(' ') || taken === undefined || byName.has(`the ${key}`)) continue;
      byName.set(`the ${key}`, { source: escapeAlias(`the ${name}`), value: { actor: a, via: 'name' } });
    }
  }
  const entries = [...byName.values()];
  for (const [word, id] of Object.entries(demonyms)) {
    const actor = byId.get(id);
    if (actor) entries.push({ source: word, value: { actor, via: 'demonym' } });
  }
  // "the Social Democrats", "the Greens": one of them is "a Social Democrat", "a Green" (not a name of another actor).
  const members = new Map<string, Actor>();
  for (const a of actors) {
    if (a.kind === 'person') continue;
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      const plural = name.replace(/^the\s+/i, '').trim();
      if (!/^[A-ZÀ-Þ]/.test(plural) || !/[a-zà-ÿ][a-rt-zà-ÿ]s$/.test(plural)) continue;
      const member = keyOf(plural.slice(0, -1));
      if (!byName.has(member)) members.set(member, a);
    }
  }
  return { actors: byId, matcher: compilePatterns(entries), members };
}

// Aliases are literal: a `|` or `*` in a name must not act as pattern syntax.
// A hyphenated name ("Jean-Claude", "the Co-op") stays one pattern word,
// which matches however wink tokenizes it.
function escapeAlias(name: string): string {
  return name.replace(/[|*]/g, ' ').replace(/\s+/g, ' ');
}

/**
 * An actor named in the text, over tokens `[from, to)`; `titleFrom` is where
 * the titles before a person's name start ("Prime Minister Rishi Sunak").
 * @category actors
 * @since 0.1.0
 * @internal
 */
export interface ActorMention {
  readonly from: number;
  readonly to: number;
  readonly titleFrom: number;
  readonly actor: Actor;
  /** `member`: one of a body named by a plural, "a senior Social Democrat" (see `ActorRegistry.members`). */
  readonly via: 'name' | 'demonym' | 'member';
  readonly title: string;
}

/**
 * Words of titles before a person's name ("Prime Minister", "spokesman").
 * @example
 * import { TITLE_WORDS } from './actor-registry.js'
 * assert.ok(TITLE_WORDS.has('spokesman') && !TITLE_WORDS.has('kremlin'))
 * @category actors
 * @since 0.1.0
 * @internal
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'presidential', 'prime', 'minister', 'chancellor', 'spokesman', 'spokesperson', 'spokeswoman',
  'secretary', 'general', 'chief', 'of', 'staff', 'foreign', 'defence', 'defense', 'leader', 'head', 'sir', 'dame',
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'lead', 'negotiator', 'adviser', 'advisor', 'national', 'security',
  'commission', 'envoy', 'ambassador', 'premier', 'king', 'queen', 'chair', 'ceo', 'labour', 'party', 'union',
]);

/**
 * Actor mentions in tokens `[from, to)`, with the titles before persons.
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const t = tokenize('Kremlin spokesman Dmitry Peskov said no.', 0)
 * const m = findActors(buildRegistry(), t.tokens, 0, t.tokens.length)
 * assert.deepStrictEqual(m.map((x) => [x.actor.id, x.title]), [['russia', ''], ['dmitry-peskov', 'spokesman']])
 * @category actors
 * @since 0.1.0
 * @internal
 */
export function findActors(registry: ActorRegistry, tokens: ReadonlyArray<Token>, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of matchAll(registry.matcher, tokens, from, to)) {
    const first = tokens[m.from]!;
    // Aliases written as proper names are matched as such: "us" the pronoun is not the US. One the register writes in
    // lower case ("summit presidency", "lawmakers", "city officials") is matched as written (such aliases matched nothing).
    if (m.pattern.value.via === 'name' && !/^[A-ZÀ-Þ]/.test(first.text) && !/^the$/i.test(first.text) && !/^[a-zß-ÿ]/.test(m.pattern.source)) continue;
    // "his city", "another union": a common noun some other one owns or picks out, not the one the register names.
    if (m.pattern.value.via === 'name' && /^[a-zß-ÿ]/.test(first.text) && m.from > from && NOT_THE_ONE.has(tokens[m.from - 1]!.norm)) continue;
    // "the Alliance" is a name where "the alliance" is any alliance named before (the island states' in climate talks, not NATO).
    if (m.pattern.value.proper === true && m.to - m.from > 1 && !/^[A-ZÀ-Þ]/.test(tokens[m.from + 1]!.text)) continue;
    let titleFrom = m.from;
    if (m.pattern.value.actor.kind === 'person') {
      while (titleFrom > from) {
        const prev = tokens[titleFrom - 1]!;
        if (TITLE_WORDS.has(prev.norm) || (prev.pos === 'PROPN' && /^[A-Z]/.test(prev.text) && !isSentenceWord(prev))) titleFrom--;
        else break;
      }
    }
    const title = tokens
      .slice(titleFrom, m.from)
      .filter((t) => TITLE_WORDS.has(t.norm))
      .map((t) => t.text)
      .join(' ');
    out.push({ from: m.from, to: m.to, titleFrom, actor: m.pattern.value.actor, via: m.pattern.value.via, title });
  }
  return registry.members === undefined || registry.members.size === 0 ? out : withMembers(registry.members, out, tokens, from, to);
}

// "a senior Social Democrat told the Post", "one Green said": an indefinite article (and lower-case adjectives), then
// the noun of one member of a body the register names by a plural, ending its run of capitalised words. Someone of
// the party, not a person the register does not know (a review of coalition talks defined a person "Social Democrat").
function withMembers(members: ReadonlyMap<string, Actor>, found: ActorMention[], tokens: ReadonlyArray<Token>, from: number, to: number): ActorMention[] {
  let out: ActorMention[] | undefined;
  for (let i = from; i < to; i++) {
    if (!INDEFINITE.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    while (j < to && j - i <= 3 && /^[a-z]/.test(tokens[j]!.text) && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV')) j++;
    let k = j;
    while (k < to && /^[A-ZÀ-Þ]/.test(tokens[k]!.text) && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[k]!.pos)) k++;
    if (k === j || found.some((m) => m.from < k && m.to > j)) continue;
    const actor = members.get(tokens.slice(j, k).map((t) => t.norm).join(' '));
    if (actor !== undefined) (out ??= [...found]).push({ from: j, to: k, titleFrom: j, actor, via: 'member', title: '' });
  }
  return out === undefined ? found : out.sort((a, b) => a.from - b.from);
}
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

const NOT_THE_ONE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'any', 'each', 'every', 'other', 'no']);

function isSentenceWord(t: Token): boolean {
  return t.norm === 'the' || t.norm === 'a' || CALENDAR_WORDS.has(t.norm);
}
// "and in June Merz backed it", "on Monday Scholz said": a month or a day before a name is when, no title of it (it
// made "June Merz" a person the register does not know: a leftover of stop 52).
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * The actor an actor speaks for on a date: itself for states, blocs and
 * organisations; for a person, the actor of the office held then (or, with
 * no date, of the one office still open).
 *
 * A date is a stated time, often a week (`2025-W14`) or a month (`2025-03`)
 * rather than a day: "last month", an article dated by its week. An office
 * held on any day of that period counts (see {@link officeHeldIn}): the
 * text places the words only somewhere in the period, and the person may
 * well have spoken while in office, so the register gives them the benefit
 * of the doubt rather than the reading of the period's first day, which
 * would silence a minister appointed on its second. In the week of a
 * handover both ministers speak for the state.
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { representedActor } from './actor-registry.js'
 * const r = buildRegistry()
 * assert.strictEqual(representedActor(r.actors.get('keir-starmer')!, '2025-03-12'), 'united-kingdom')
 * // Yermak's office closed on 2025-11-28: afterwards he speaks for no one.
 * assert.strictEqual(representedActor(r.actors.get('andriy-yermak')!, '2025-12-01'), undefined)
 * // Starmer took office on 2024-07-05: in July 2024 he speaks for the United Kingdom, in June not yet.
 * assert.deepStrictEqual(['2024-07', '2024-06'].map((at) => representedActor(r.actors.get('keir-starmer')!, at)), ['united-kingdom', undefined])
 * @category actors
 * @since 0.1.0
 * @internal
 */
export function representedActor(actor: Actor, at: string | undefined): ActorId | undefined {
  if (actor.kind !== 'person') return actor.id;
  // A person the register gives no office at all (a councilmember who votes as she likes, a commentator listed by
  // name) acts for herself (a review of stadium talks); one with offices, for the actor of the one held that day.
  if ((actor.offices ?? []).length === 0) return actor.id;
  if (at !== undefined) return officeHeldIn(actor.offices ?? [], at)?.actor;
  const open = (actor.offices ?? []).filter((o) => o.until === undefined);
  return open.length === 1 ? open[0]!.actor : undefined;
}

/** One of a person's dated offices. @internal */
type Office = NonNullable<Actor['offices']>[number];

/**
 * Whether an office was held at some moment of a stated time (a day, a
 * week, a month, an instant): it began before the period ends and ended
 * (its `until` day included) after the period begins.
 *
 * @example
 * import { heldDuring } from './actor-registry.js'
 * const office = { actor: 'northland', title: 'Foreign Minister', from: '2025-04-01' }
 * assert.deepStrictEqual(['2025-03-31', '2025-W14', '2025-03', '2025-04-01'].map((at) => heldDuring(office, at)), [false, true, false, true])
 * @category actors
 * @since 0.1.0
 * @internal
 */
export function heldDuring(office: Office, at: string): boolean {
  return startOf(office.from) < endOf(at) && (office.until === undefined || startOf(at) < endOf(office.until));
}

/**
 * The office a person held in a stated time: one held at its start, as
 * core's `speaksFor` reads a day, else the first one begun within it (a
 * minister appointed in the middle of the week). Undefined when no office
 * was held on any day of it.
 *
 * @example
 * import { officeHeldIn } from './actor-registry.js'
 * const offices = [
 *   { actor: 'northland', title: 'Envoy', from: '2024-01-01', until: '2025-04-02' },
 *   { actor: 'southland', title: 'Envoy', from: '2025-04-03' },
 * ]
 * assert.strictEqual(officeHeldIn(offices, '2025-W14')?.actor, 'northland') // held on its Monday
 * assert.strictEqual(officeHeldIn(offices, '2025-04-04')?.actor, 'southland')
 * assert.strictEqual(officeHeldIn(offices, '2023-12'), undefined)
 * @category actors
 * @since 0.1.0
 * @internal
 */
export function officeHeldIn(offices: ReadonlyArray<Office>, at: string): Office | undefined {
  const start = startOf(at);
  let begun: Office | undefined;
  for (const office of offices) {
    if (!heldDuring(office, at)) continue;
    if (startOf(office.from) <= start) return office;
    if (begun === undefined || startOf(office.from) < startOf(begun.from)) begun = office;
  }
  return begun;
}

/**
 * The id a person the register does not know speaks under, when they speak
 * for no actor of it ("Independent analyst John Doe said ..."): a slug of
 * their name, as the register's own people have (`john-doe`), with
 * `-person` after it when the register uses that id for another actor.
 * Undefined for a name that gives no id (no Latin letter or digit).
 *
 * @example
 * import { buildRegistry, DEFAULT_ACTORS } from '@stancelog/ingest'
 * import { personId } from './actor-registry.js'
 * assert.strictEqual(personId('José Núñez', buildRegistry()), 'jose-nunez')
 * const taken = buildRegistry([...DEFAULT_ACTORS, { id: 'john-doe', kind: 'organisation', name: 'John Doe Holdings' }])
 * assert.strictEqual(personId('John Doe', taken), 'john-doe-person')
 * assert.strictEqual(personId('Иван Петров', buildRegistry()), undefined)
 * @category actors
 * @since 0.1.0
 * @internal
 */
export function personId(name: string, registry: ActorRegistry): ActorId | undefined {
  const slug = slugify(name);
  if (!ActorId.is(slug)) return undefined;
  if (!registry.actors.has(slug)) return slug;
  const other = `${slug.slice(0, 121)}-person`;
  return ActorId.is(other) && !registry.actors.has(other) ? other : undefined;
}

/**
 * An actor's name or alias as the text's words are matched against it: in
 * any case, spaced once, "the Kremlin" as "Kremlin".
 *
 * @example
 * import { actorNameKey } from './actor-registry.js'
 * assert.strictEqual(actorNameKey('The  Health Authority'), actorNameKey('health authority'))
 * @category api
 * @since 0.1.0
 * @internal
 */
export function actorNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replace(/^the /, '');
}
