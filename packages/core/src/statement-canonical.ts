/**
 * The fast path for appending statements: one walk over a statement that
 * both copies its known fields (dropping unknown ones, as decoding does) and
 * writes its canonical JSON (keys sorted, as `canonicalJson` does), so the
 * content id needs no second pass. Used after `StatementMade.is` has
 * validated the value and `prepareBatch` has found no unknown key in it
 * (appending refuses those); anything else takes the general path.
 *
 * @since 0.1.0
 */
import type { Condition, Source, Speaker, Statement } from './statement.js';

const str = JSON.stringify;

function sourceOf(s: Source): { copy: Source; json: string } {
  // Keys in sorted order: offsets, publishedAt, publisher, quote, title, url.
  const copy: { -readonly [K in keyof Source]: Source[K] } = { quote: s.quote };
  let json = '{';
  if (s.offsets !== undefined) {
    copy.offsets = [s.offsets[0], s.offsets[1]];
    json += `"offsets":[${str(s.offsets[0])},${str(s.offsets[1])}],`;
  }
  if (s.publishedAt !== undefined) {
    copy.publishedAt = s.publishedAt;
    json += `"publishedAt":${str(s.publishedAt)},`;
  }
  if (s.publisher !== undefined) {
    copy.publisher = s.publisher;
    json += `"publisher":${str(s.publisher)},`;
  }
  json += `"quote":${str(s.quote)}`;
  if (s.title !== undefined) {
    copy.title = s.title;
    json += `,"title":${str(s.title)}`;
  }
  if (s.url !== undefined) {
    copy.url = s.url;
    json += `,"url":${str(s.url)}`;
  }
  return { copy, json: json + '}' };
}

function speakerOf(s: Speaker): { copy: Speaker; json: string } {
  return s.actor !== undefined
    ? { copy: { name: s.name, actor: s.actor }, json: `{"actor":${str(s.actor)},"name":${str(s.name)}}` }
    : { copy: { name: s.name }, json: `{"name":${str(s.name)}}` };
}

/**
 * A validated statement's data with unknown keys dropped, and the canonical
 * JSON of `{ type: 'statement-made', data }` (equal to `canonicalJson` of it).
 *
 * @example
 * import { canonicalJson } from '@stancelog/core/store-kit'
 * import { canonicalStatement } from './statement-canonical.js'
 * const data = { polarity: '-', holder: 'russia', issue: 'ceasefire', kind: 'reject', source: { quote: 'no truce yet', extra: 1 } } as any
 * const { copy, json } = canonicalStatement(data)
 * assert.strictEqual(json, canonicalJson({ type: 'statement-made', data: copy }))
 * assert.ok(!('extra' in copy.source))
 * @category envelope
 * @since 0.1.0
 */
export function canonicalStatement(s: Statement): { copy: Statement; json: string } {
  // Keys in sorted order: conditions, confidence, corrects, holder, issue, kind, polarity, source, speaker, statedAt.
  const copy: { -readonly [K in keyof Statement]: Statement[K] } = {
    holder: s.holder,
    issue: s.issue,
    kind: s.kind,
    polarity: s.polarity,
    source: s.source,
  };
  let json = '{"data":{';
  if (s.conditions !== undefined) {
    const conditions: Condition[] = [];
    json += '"conditions":[';
    for (let i = 0; i < s.conditions.length; i++) {
      const c = s.conditions[i]!;
      conditions.push({ issue: c.issue, polarity: c.polarity });
      json += `${i > 0 ? ',' : ''}{"issue":${str(c.issue)},"polarity":${str(c.polarity)}}`;
    }
    json += '],';
    copy.conditions = conditions;
  }
  if (s.confidence !== undefined) {
    copy.confidence = s.confidence;
    json += `"confidence":${str(s.confidence)},`;
  }
  if (s.corrects !== undefined) {
    copy.corrects = { event: s.corrects.event, position: s.corrects.position };
    json += `"corrects":{"event":${str(s.corrects.event)},"position":${str(s.corrects.position)}},`;
  }
  json += `"holder":${str(s.holder)},"issue":${str(s.issue)},"kind":${str(s.kind)},"polarity":${str(s.polarity)}`;
  const source = sourceOf(s.source);
  copy.source = source.copy;
  json += `,"source":${source.json}`;
  if (s.speaker !== undefined) {
    const speaker = speakerOf(s.speaker);
    copy.speaker = speaker.copy;
    json += `,"speaker":${speaker.json}`;
  }
  if (s.statedAt !== undefined) {
    copy.statedAt = s.statedAt;
    json += `,"statedAt":${str(s.statedAt)}`;
  }
  return { copy, json: json + '},"type":"statement-made"}' };
}
