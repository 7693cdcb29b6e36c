/**
 * The party a verb is said to: "warned Moscow of new sanctions", "is
 * pressing Kyiv to accept talks". For cues that hold only with a party
 * named there: the same verbs with none ("warned of a long war", "pushed
 * the deadline to Friday") say nothing of anyone's stance.
 *
 * @since 0.1.0
 */
import type { ActorMention } from './actor-registry.js';
import type { Token } from './nlp.js';

/**
 * Whether right after token `from` (before `to`) stand one or more parties
 * of `actors` ("Moscow", "the Kremlin", "Kyiv and Moscow"), and then one of
 * the words `then`.
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { findActors } from './actor-registry.js'
 * import { partyThen } from './party-object.js'
 * import { tokenize } from './nlp.js'
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 *   return partyThen(tokens, actors, tokens.findIndex((t) => t.text === 'warned') + 1, tokens.length, new Set(['of']))
 * }
 * assert.strictEqual(read('Washington warned the Kremlin of new sanctions.'), true)
 * assert.strictEqual(read('Paris warned Kyiv and Moscow of new sanctions.'), true)
 * assert.strictEqual(read('Kyiv warned of a long war.'), false)
 * assert.strictEqual(read('Kyiv warned its allies of a long war.'), false)
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function partyThen(tokens: ReadonlyArray<Token>, actors: ReadonlyArray<ActorMention>, from: number, to: number, then: ReadonlySet<string>): boolean {
  let k = from;
  let parties = 0;
  while (k < to) {
    const m = actors.find((a) => a.titleFrom === k || (a.titleFrom === k + 1 && tokens[k]!.pos === 'DET'));
    if (!m || m.via !== 'name') return false;
    parties++;
    k = m.to;
    // "Kyiv and Moscow", "Kyiv, Moscow and Minsk".
    if (k < to && (tokens[k]!.norm === 'and' || tokens[k]!.norm === ',')) k++;
    else break;
  }
  return parties > 0 && k < to && then.has(tokens[k]!.norm);
}
