/**
 * The positions stated in the five seed articles about the 2025 Ukraine
 * ceasefire talks, as stancelog statements.
 *
 * Each quote is a short paraphrase written for this example, not the
 * article's wording. `fact` links a statement to the analyst's reading of
 * the articles it comes from (article number, fact number).
 *
 * Encoding choices, which the analysis depends on:
 * - "a ceasefire must come before talks" is a `+` stance on `peace-talks`
 *   with the condition `ceasefire +`; Russia's "territorial demands as
 *   preconditions for a ceasefire" is a `-` stance on `ceasefire` with the
 *   condition `territorial-concessions +`;
 * - a third party's report keeps the holder and names the speaker and the
 *   actor they speak for (Yermak on Russia, Merz on Ukraine, Macron on the
 *   United States); the speaker's actor comes from the dated register;
 * - a statement with no speaker is the publisher's own account;
 * - dates are as precise as the article allows: a day, an ISO week
 *   (`2025-W33`: "earlier this week") or a month.
 */
import type { NewEvent, Statement } from '@stancelog/core';
import { institution, speaker } from './registry.js';

/** An article the statements were read from. */
export interface Article {
  readonly seed: string;
  readonly publisher: string;
  readonly title: string;
  readonly publishedAt: string;
  /** When the log learnt of it: the morning after publication. */
  readonly recordedAt: string;
}

function article(seed: string, publisher: string, title: string, publishedAt: string): Article {
  const next = new Date(Date.parse(publishedAt) + 86_400_000).toISOString().slice(0, 10);
  return { seed, publisher, title, publishedAt, recordedAt: `${next}T09:00:00Z` };
}

/** The five seed articles, in order of publication. */
export const articles = {
  a001: article('001', 'unnamed news blog (seed 001)', 'UK Facilitates Ceasefire Negotiations Between Ukraine and US Amid Renewed Diplomatic Efforts', '2025-03-12'),
  a000: article('000', 'Belga News Agency', 'Ukraine and allies demand ceasefire before entering peace talks with Russia', '2025-04-23'),
  a002: article('002', 'EconoTimes', 'Ukraine Seeks Stronger Western Support After Ceasefire Talks with Russia Stall', '2025-05-16'),
  a004: article('004', 'unnamed news site (seed 004)', 'Ukraine Peace Talks: Zelenskyy Urges Russia to Meet NEXT WEEK!', '2025-07-20'),
  a003: article('003', 'london-news-net', 'Europeans Call on Trump to Advocate for Ukraine Ceasefire at Upcoming Summit with Putin', '2025-08-13'),
} as const;

/** A statement of the demo, with the article it comes from. */
export interface DemoStatement {
  /** The analyst's fact id (`002-3`), or `extra-...` for a stance the analyst did not list. */
  readonly fact: string;
  readonly article: Article;
  readonly statement: Statement;
}

type Said = Omit<Statement, 'source'> & { readonly quote: string };

function from(a: Article, fact: string, said: Said): DemoStatement {
  const { quote, ...rest } = said;
  return {
    fact,
    article: a,
    statement: { ...rest, source: { publisher: a.publisher, title: a.title, publishedAt: a.publishedAt, quote } },
  };
}

const { a000, a001, a002, a003, a004 } = articles;

/** Every statement, article by article in order of publication. */
export const statements: ReadonlyArray<DemoStatement> = [
  // 001: the Saudi talks of Tuesday 2025-03-11, published the next day.
  from(a001, '001-1', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-03-11'), issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-11',
    quote: 'Kyiv would take a 30-day truce at once, provided Washington gets Moscow to honour it' }),
  from(a001, '001-2', { holder: 'united-states', speaker: institution('Trump administration', 'united-states'), issue: 'military-aid', kind: 'commit', polarity: '+', statedAt: '2025-03-11',
    quote: 'Washington will restart arms deliveries and intelligence sharing that it had paused' }),
  from(a001, '001-3', { holder: 'united-states', issue: 'ceasefire', kind: 'agree', polarity: '+', statedAt: '2025-03-11',
    quote: 'US officials signed off on the truce proposal together with the Ukrainians' }),
  from(a001, '001-4', { holder: 'ukraine', issue: 'prisoner-exchange', kind: 'propose', polarity: '+', statedAt: '2025-W10',
    quote: "a written plan drafted in Kyiv that weekend listed swaps of captured soldiers" }),
  from(a001, '001-5', { holder: 'ukraine', issue: 'return-of-children', kind: 'propose', polarity: '+', statedAt: '2025-W10',
    quote: 'the same plan asked for the deported Ukrainian children to come home' }),
  from(a001, 'extra-001-civilians', { holder: 'ukraine', issue: 'civilian-release', kind: 'propose', polarity: '+', statedAt: '2025-W10',
    quote: 'the plan also sought freedom for civilians held in detention' }),
  from(a001, '001-6', { holder: 'united-kingdom', speaker: speaker('keir-starmer', '2025-03-11'), issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11',
    quote: 'it is now up to Moscow to accept the truce and stop fighting' }),
  from(a001, '001-7', { holder: 'russia', speaker: speaker('dmitry-peskov', '2025-03-12'), issue: 'ceasefire', kind: 'hedge', polarity: '0', statedAt: '2025-03-12',
    quote: 'the Kremlin will study the Saudi outcome before it takes a view on the truce' }),
  from(a001, '001-8', { holder: 'united-kingdom', issue: 'security-guarantees', kind: 'propose', polarity: '+', statedAt: '2025-03',
    quote: 'London gathers a coalition ready to keep the peace and deter a new attack' }),

  // 000: the London talks of 2025-04-23.
  from(a000, '000-5', { holder: 'ukraine', speaker: speaker('andriy-yermak', '2025-04-23'), issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-04-23',
    quote: 'Kyiv backs the American peace push and stays open to negotiating' }),
  from(a000, '000-1', { holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', statedAt: '2025-04-23',
    conditions: [{ issue: 'ceasefire', polarity: '+' }, { issue: 'security-guarantees', polarity: '+' }],
    quote: 'Kyiv and European capitals told Washington: first a truce and solid guarantees, then negotiations' }),
  from(a000, '000-2', { holder: 'ukraine', issue: 'security-guarantees', kind: 'demand', polarity: '+', statedAt: '2025-04-23',
    quote: 'Ukraine wants firm guarantees for its security' }),
  from(a000, '000-3', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-04-23'), issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-04-23',
    quote: 'Zelensky again asks for a complete truce now, with nothing attached' }),
  from(a000, '000-4', { holder: 'russia', speaker: speaker('andriy-yermak', '2025-04-23'), issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-04-23',
    quote: "Kyiv's chief of staff says Moscow keeps turning down a truce without conditions" }),
  from(a000, '000-6', { holder: 'united-states', speaker: speaker('donald-trump', '2025-04-23'), issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-04-23',
    quote: 'the US president presses for a fast settlement with Moscow' }),

  // 002: the Istanbul talks of 2025-05-16.
  from(a002, '002-1', { holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-05-16',
    quote: 'Kyiv dismissed the demand to pull out of territory as out of the question' }),
  from(a002, '002-2', { holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16',
    quote: 'Moscow still wants Ukraine to hand over the land it occupies' }),
  from(a002, '002-3', { holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-05-16',
    quote: 'Moscow still wants Ukraine to give up on joining NATO' }),
  from(a002, '002-4', { holder: 'russia', issue: 'neutrality', kind: 'demand', polarity: '+', statedAt: '2025-05-16',
    quote: 'Moscow still wants Ukraine to become neutral' }),
  from(a002, 'extra-002-nato', { holder: 'ukraine', issue: 'nato-membership', kind: 'red-line', polarity: '+', statedAt: '2025-05-16',
    quote: 'Kyiv treats giving up its NATO path as surrender' }),
  from(a002, '002-5', { holder: 'ukraine', issue: 'prisoner-exchange', kind: 'agree', polarity: '+', statedAt: '2025-05-16',
    quote: 'Kyiv agreed in principle to trade a thousand prisoners' }),
  from(a002, '002-6', { holder: 'russia', issue: 'prisoner-exchange', kind: 'agree', polarity: '+', statedAt: '2025-05-16',
    quote: 'Moscow agreed in principle to trade a thousand prisoners' }),
  from(a002, '002-7', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-05-16'), issue: 'sanctions', kind: 'demand', polarity: '+', statedAt: '2025-05-16',
    quote: 'Zelensky asks Western partners to squeeze Russia harder with sanctions' }),
  from(a002, '002-9', { holder: 'ukraine', issue: 'talks-format', kind: 'demand', polarity: '+', statedAt: '2025-05-16',
    quote: 'Kyiv asked for American officials to sit in on the talks' }),
  from(a002, '002-8', { holder: 'russia', issue: 'talks-format', kind: 'reject', polarity: '-', statedAt: '2025-05-16',
    quote: 'Moscow would not let US officials into the room' }),
  from(a002, '002-12', { holder: 'russia', issue: 'talks-format', kind: 'hedge', polarity: '0', statedAt: '2025-05-16',
    quote: 'a Putin-Trump summit is possible but, says the Kremlin, needs long preparation' }),
  from(a002, '002-10', { holder: 'european-union', speaker: speaker('ursula-von-der-leyen', '2025-05-16'), issue: 'sanctions', kind: 'commit', polarity: '+', statedAt: '2025-05-16',
    quote: 'Brussels is readying another round of sanctions' }),
  from(a002, '002-11', { holder: 'united-kingdom', speaker: speaker('keir-starmer', '2025-05-16'), issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-05-16',
    quote: "London sides with Kyiv in refusing to give up land" }),

  // 004: Zelenskyy's Saturday address (2025-07-19) and Peskov's reply on Sunday.
  from(a004, '004-1', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-07-19'), issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-07-19',
    quote: 'Kyiv offers Moscow a new round of talks next week' }),
  from(a004, '004-2', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-07-19'), issue: 'prisoner-exchange', kind: 'demand', polarity: '+', statedAt: '2025-07-19',
    quote: 'Moscow has to stop stalling on prisoner swaps' }),
  from(a004, '004-3', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-07-19'), issue: 'return-of-children', kind: 'demand', polarity: '+', statedAt: '2025-07-19',
    quote: 'the children must be returned' }),
  from(a004, '004-4', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-07-19'), issue: 'talks-format', kind: 'demand', polarity: '+', statedAt: '2025-07-19',
    quote: 'only a meeting of the leaders can bring peace, and Kyiv is ready for one' }),
  from(a004, '004-5', { holder: 'russia', speaker: speaker('dmitry-peskov', '2025-07-20'), issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-07-20',
    quote: "the Kremlin wants a settlement soon, but on Russia's goals" }),
  from(a004, '004-6', { holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-07-20',
    quote: 'Moscow insists Ukraine leave four regions it claims as annexed' }),
  from(a004, '004-7', { holder: 'russia', issue: 'nato-membership', kind: 'demand', polarity: '-', statedAt: '2025-07-20',
    quote: 'Moscow insists Ukraine drop its NATO ambitions' }),
  from(a004, '004-8', { holder: 'russia', issue: 'armed-forces-limits', kind: 'demand', polarity: '+', statedAt: '2025-07-20',
    quote: "Moscow insists on a cap on Ukraine's army" }),
  from(a004, '004-9', { holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-07-20',
    quote: 'Kyiv has never agreed to trade land for peace' }),
  // Said at the Istanbul round of early June, which the article of 07-20 looks back on: dated to its month.
  from(a004, '004-10', { holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '-', statedAt: '2025-06',
    conditions: [{ issue: 'territorial-concessions', polarity: '+' }],
    quote: 'at the earlier Istanbul round Moscow made land demands the price of any truce' }),

  // 003: the video call of Wednesday 2025-08-13, before the Alaska summit.
  from(a003, '003-1', { holder: 'germany', speaker: speaker('friedrich-merz', '2025-08-13'), issue: 'peace-talks', kind: 'condition', polarity: '+', statedAt: '2025-08-13',
    conditions: [{ issue: 'ceasefire', polarity: '+' }],
    quote: 'Berlin wants the guns silent before any peace negotiation' }),
  from(a003, '003-2', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-08-13'), issue: 'sanctions', kind: 'threat', polarity: '+', statedAt: '2025-08-13',
    conditions: [{ issue: 'ceasefire', polarity: '-' }],
    quote: 'if Moscow refuses a truce, sanctions should be enforced and raised' }),
  from(a003, '003-3', { holder: 'ukraine', speaker: speaker('friedrich-merz', '2025-08-13'), issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-08-13',
    quote: 'per Merz, Kyiv will not legally recognise what Russia occupies' }),
  from(a003, '003-4', { holder: 'ukraine', speaker: speaker('friedrich-merz', '2025-08-13'), issue: 'territorial-concessions', kind: 'hedge', polarity: '0', statedAt: '2025-08-13',
    quote: 'per Merz, Kyiv is willing to discuss questions of territory' }),
  from(a003, '003-5', { holder: 'germany', speaker: speaker('friedrich-merz', '2025-08-13'), issue: 'talks-format', kind: 'demand', polarity: '+', statedAt: '2025-08-13',
    quote: 'Kyiv must be at the table in the meetings that follow Alaska' }),
  from(a003, '003-6', { holder: 'germany', speaker: speaker('friedrich-merz', '2025-08-13'), issue: 'security-guarantees', kind: 'demand', polarity: '+', statedAt: '2025-08-13',
    quote: 'any negotiation has to deliver robust security guarantees for Ukraine' }),
  from(a003, '003-12', { holder: 'france', speaker: speaker('emmanuel-macron', '2025-08-13'), issue: 'talks-format', kind: 'propose', polarity: '+', statedAt: '2025-08-13',
    quote: 'Paris hopes for a three-way Putin-Zelensky-Trump meeting somewhere neutral in Europe' }),
  from(a003, '003-7', { holder: 'france', speaker: speaker('emmanuel-macron', '2025-08-13'), issue: 'talks-format', kind: 'red-line', polarity: '+', statedAt: '2025-08-13',
    quote: "only Ukraine's president negotiates over Ukraine's territory" }),
  from(a003, '003-8', { holder: 'united-states', speaker: speaker('donald-trump', '2025-08-13'), issue: 'territorial-concessions', kind: 'propose', polarity: '+', statedAt: '2025-W33',
    quote: 'Trump expects some swapping and redrawing of territory' }),
  from(a003, '003-9', { holder: 'united-states', speaker: speaker('emmanuel-macron', '2025-08-13'), issue: 'ceasefire', kind: 'support', polarity: '+', statedAt: '2025-08-13',
    quote: 'per Macron, Washington is aiming for a truce' }),
  from(a003, '003-10', { holder: 'ukraine', speaker: speaker('volodymyr-zelensky', '2025-08-13'), issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-08-13',
    quote: 'Zelensky wants the Alaska meeting to centre on an immediate truce' }),
  from(a003, '003-11', { holder: 'russia', speaker: institution('Russian Foreign Ministry', 'russia'), issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-W33',
    quote: "Moscow's diplomats wave off the European flurry of calls as meaningless" }),
];

/** The statements as events, each recorded the morning after its article appeared. */
export const statementEvents: ReadonlyArray<NewEvent> = statements.map(
  (s): NewEvent => ({ type: 'statement-made', data: s.statement, recordedAt: s.article.recordedAt }),
);
