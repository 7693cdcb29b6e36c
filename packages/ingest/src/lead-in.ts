/**
 * A list's lead-in that names the terms of a text and no verb: "The main
 * terms, as set out by the ministry:", "The key provisions, according to a
 * summary released by the finance ministry:". Each point under it is a term
 * the one who set them out agreed to, as under "The ministry agreed to the
 * following terms:" (a review of bailout and medicine-price talks).
 *
 * @since 0.1.0
 */
import type { ActorMention } from './actor-registry.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * The colon that ends the lead-in a cue opens, when nothing but the lead-in's
 * own words stand between them (no issue, no other clause's colon): -1
 * otherwise. A sentence that is a lead-in and one of its points (see
 * `listedReadings`) has that colon before the point.
 *
 * @example
 * import { leadInColon } from './lead-in.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('The main terms, as set out by the ministry: a free float of the currency.', 0)
 * const ctx = { tokens, from: 0, to: tokens.length, actors: [], issues: [], cues: [], quoted: [], speakers: [] }
 * assert.strictEqual(tokens[leadInColon(ctx, { from: 2, to: 3 })]?.text, ':')
 * assert.strictEqual(leadInColon(ctx, { from: 9, to: 10 }), -1)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function leadInColon(ctx: SentenceContext, cue: { readonly from: number; readonly to: number }): number {
  // What opens the sentence up to the cue is the lead-in's article and adjectives ("The main", "Its key").
  for (let k = ctx.from; k < cue.from; k++) if (!LEAD_WORDS.has(ctx.tokens[k]!.pos)) return -1;
  for (let k = cue.to; k < ctx.to; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === ':') return ctx.issues.some((i) => i.from >= cue.to && i.to <= k) ? -1 : k;
    if (t.norm === '.' || t.norm === ';' || t.pos === 'VERB' && !PARTICIPLE.test(t.norm)) return -1;
  }
  return -1;
}

const LEAD_WORDS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);
// "as set out by", "released by", "according to": the lead-in's source, no verb of its own.
const PARTICIPLE = /^(?:set|released|published|given|outlined|listed|described|summarised|summarized|according|agreed|announced|reported|seen)$/;

/**
 * Who set out the terms: the last actor the lead-in names before its colon
 * ("as set out by the ministry", "according to a summary released by the
 * finance ministry").
 *
 * @example
 * import { buildRegistry } from '@stancelog/ingest'
 * import { leadInSource } from './lead-in.js'
 * import { findActors } from './actor-registry.js'
 * import { tokenize } from './nlp.js'
 * const { tokens } = tokenize('The main terms, as agreed by Kyiv: a full ceasefire.', 0)
 * const actors = findActors(buildRegistry(), tokens, 0, tokens.length)
 * assert.strictEqual(leadInSource(actors, 2, 8)?.actor.id, 'ukraine')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function leadInSource(actors: ReadonlyArray<ActorMention>, from: number, colon: number): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of actors) if (m.from >= from && m.to <= colon) found = m;
  return found;
}
