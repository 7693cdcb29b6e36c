/**
 * A synthetic negotiation log for benchmarks: `holders` x `issues`, most
 * statements restating a holder's stance (as real coverage does: the same
 * position reported by many outlets), a few reversals, some third-party
 * reports and some conditions. Deterministic (seeded).
 */
import type { StoredEvent } from '@stancelog/core';

const KINDS_PLUS = ['demand', 'propose', 'support', 'condition'] as const;
const KINDS_MINUS = ['reject', 'red-line'] as const;

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  readonly count: number;
  readonly holders?: number;
  readonly issues?: number;
  /** Chance that a statement flips its holder's stance. */
  readonly flipRate?: number;
  readonly seed?: number;
  /** Position of the first event (to extend a log). */
  readonly firstPosition?: number;
  /** Over how many days the statements are spread (default 1000; 1: an archive of undated articles read on one day). */
  readonly days?: number;
}

/**
 * An id that looks like a content hash (32 hex digits that differ from the
 * first), derived from the position by an integer mix rather than SHA-256:
 * hashing is the store's cost, not replay's. Zero-padded counters would
 * share 26 leading digits, which makes comparing two ids walk them.
 */
function idOf(position: number): string {
  const words: string[] = [];
  for (let round = 1; round <= 4; round++) {
    let h = Math.imul(position ^ (round * 0x9e3779b9), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    words.push(((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0'));
  }
  // Joined, not concatenated: one flat string, as JSON.parse gives a store's ids.
  return words.join('');
}

/** Yields `count` stored statements. */
export function* syntheticLog(options: SyntheticOptions): Generator<StoredEvent> {
  const holders = Array.from({ length: options.holders ?? 50 }, (_, i) => `actor-${i}`);
  const issues = Array.from({ length: options.issues ?? 40 }, (_, i) => `issue-${i}`);
  const publishers = Array.from({ length: 20 }, (_, i) => `Publisher ${i}`);
  const quotes = Array.from({ length: 64 }, (_, i) => `a paraphrase of what was said, number ${i}, long enough to look like a real quote`);
  const random = seededRandom(options.seed ?? 42);
  const flipRate = options.flipRate ?? 0.002;
  const stance = new Map<string, { polarity: '+' | '-'; kind: string; condition?: string }>();
  const first = options.firstPosition ?? 1;
  const perDay = Math.max(1, Math.ceil(options.count / (options.days ?? 1000)));
  const start = Date.UTC(2025, 0, 1);
  const dayLabels = new Map<number, string>();
  // Speakers, sources and tag lists repeat across a real log; sharing them
  // keeps the benchmark's own event array from dominating the heap.
  const speakers = new Map<string, { name: string; actor: string }>();
  const sources = new Map<string, { quote: string; publisher: string }>();
  const tagLists = new Map<string, string[]>();
  const shared = <T>(pool: Map<string, T>, key: string, make: () => T): T => {
    let v = pool.get(key);
    if (v === undefined) pool.set(key, (v = make()));
    return v;
  };
  for (let i = 0; i < options.count; i++) {
    const position = first + i;
    const holder = holders[Math.floor(random() * holders.length)]!;
    const issue = issues[Math.floor(random() * issues.length)]!;
    const key = `${holder}|${issue}`;
    let s = stance.get(key);
    if (!s || random() < flipRate) {
      const polarity: '+' | '-' = s ? (s.polarity === '+' ? '-' : '+') : random() < 0.5 ? '+' : '-';
      const kinds = polarity === '+' ? KINDS_PLUS : KINDS_MINUS;
      const condition = random() < 0.05 ? issues[Math.floor(random() * issues.length)] : undefined;
      s = { polarity, kind: kinds[Math.floor(random() * kinds.length)]!, ...(condition && condition !== issue ? { condition } : {}) };
      stance.set(key, s);
    }
    const day = Math.floor(position / perDay);
    let statedAt = dayLabels.get(day);
    if (!statedAt) dayLabels.set(day, (statedAt = new Date(start + day * 86_400_000).toISOString().slice(0, 10)));
    const reported = random() < 0.1;
    const speakerActor = reported ? holders[Math.floor(random() * holders.length)]! : holder;
    const quote = quotes[position % quotes.length]!;
    const publisher = publishers[Math.floor(random() * publishers.length)]!;
    yield {
      id: idOf(position),
      position,
      recordedAt: `${statedAt}T12:00:00.000Z`,
      schema: 1,
      tags: shared(tagLists, key, () => [`actor:${holder}`, `issue:${issue}`]),
      type: 'statement-made',
      data: {
        holder,
        issue,
        kind: s.kind as 'demand',
        polarity: s.polarity,
        statedAt,
        speaker: shared(speakers, speakerActor, () => ({ name: `Speaker of ${speakerActor}`, actor: speakerActor })),
        ...(s.condition ? { conditions: [{ issue: s.condition, polarity: '+' as const }] } : {}),
        source: shared(sources, `${quote}|${publisher}`, () => ({ quote, publisher })),
      },
    };
  }
}

/**
 * The same log of statements read in another order: their contents
 * shuffled over its positions (seeded), as an archive of all dates imported
 * at once.
 */
export function shuffledLog(events: ReadonlyArray<StoredEvent>, seed = 3): StoredEvent[] {
  const random = seededRandom(seed);
  const data = events.map((e) => e.data);
  for (let i = data.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [data[i], data[j]] = [data[j]!, data[i]!];
  }
  return events.map((e, i) => ({ ...e, data: data[i]! }) as StoredEvent);
}
