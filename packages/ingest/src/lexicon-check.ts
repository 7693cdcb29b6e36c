/**
 * Checks of a lexicon that decodes but reads wrong: a phrase that names the
 * thing an issue's other phrase does away with, listed with the issue's own
 * polarity. A bailout's `fuel-subsidy-cut` listed "cut fuel subsidies" and
 * the bare "subsidy" both as `+`, so "agreed to keep the cooking gas
 * subsidy" read as agreeing to the cut (a review of bailout talks).
 *
 * @since 0.1.0
 */
import { NEGATORS } from './cue-rules.js';
import type { Lexicon, LexiconPhrase } from './lexicon.js';
import { tokenize } from './nlp.js';
import { compilePatterns, matchAll } from './phrase-matcher.js';

const phraseOf = (p: LexiconPhrase): string => (typeof p === 'string' ? p : p.phrase);
// A phrase's words, in lower case, each by its first alternative ("cut|slash subsidies": cut, subsidies).
const wordsOf = (p: LexiconPhrase): string[] => phraseOf(p).split(/\s+/).map((w) => w.split('|')[0]!.toLowerCase());
const polarityOf = (p: LexiconPhrase): string => (typeof p === 'string' ? '+' : p.polarity ?? '+');
// Words of a phrase that stand for no thing: a gap, articles, prepositions.
const FILLERS = new Set(['*', 'a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'any', 'all']);
// Words that do away with a thing besides the negators the stances read ("a subsidy cut", "phase-out of X").
const UNDOING = new Set([...NEGATORS, 'cut', 'cuts', 'phase-out', 'out', 'reduction', 'reduce', 'ban', 'freeze']);
// One form of a word for comparison: "subsidies", "subsidy" alike.
const stem = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/**
 * Warnings for the phrases of a lexicon that name what another phrase of
 * the same issue does away with, both of the same polarity, and for the
 * phrases that match nothing, not even their own words as an article's text
 * is read ("$640 million": the text reads "$" apart, and the phrase does not
 * match it; a review of stadium talks), or that have no word at all (`""`):
 * each says the path of the phrase
 * (`issues[2].phrases[9]`) and what to do. An empty list when there is
 * nothing to say.
 *
 * @example
 * import { lexiconWarnings } from '@stancelog/ingest'
 * const lexicon = { name: 'bailout', issues: [{ id: 'fuel-subsidy-cut', title: 'Fuel subsidy cut', proposition: 'fuel subsidies are cut', phrases: ['cut fuel subsidies', 'subsidy'] }] }
 * assert.deepStrictEqual(lexiconWarnings(lexicon), [
 *   'issues[0].phrases[1]: "subsidy" names what "cut fuel subsidies" does away with, with the same polarity (+): give it "polarity": "-", or "keep the subsidy" reads as fuel-subsidy-cut +',
 * ])
 * @category lexicon
 * @since 0.1.0
 */
export function lexiconWarnings(lexicon: Lexicon): string[] {
  const out: string[] = [];
  lexicon.issues.forEach((issue, i) => {
    const undoing = issue.phrases.flatMap((p) => {
      const words = wordsOf(p);
      if (!words.some((w) => UNDOING.has(w))) return [];
      return [{ phrase: p, things: new Set(words.filter((w) => !UNDOING.has(w) && !FILLERS.has(w)).map(stem)) }];
    });
    issue.phrases.forEach((p, j) => {
      const words = wordsOf(p);
      if (words.some((w) => UNDOING.has(w))) return;
      const named = words.filter((w) => !FILLERS.has(w)).map(stem);
      const by = undoing.find((u) => polarityOf(u.phrase) === polarityOf(p) && named.length > 0 && named.every((w) => u.things.has(w)));
      if (by === undefined) return;
      const polarity = polarityOf(p);
      out.push(`issues[${i}].phrases[${j}]: "${phraseOf(p)}" names what "${phraseOf(by.phrase)}" does away with, with the same polarity (${polarity}): give it "polarity": "${polarity === '+' ? '-' : '+'}", or "keep the ${phraseOf(p)}" reads as ${issue.id} ${polarity}`);
    });
    issue.phrases.forEach((p, j) => {
      // A phrase of no word at all ("", or gaps and bars alone) matches nothing: a slip, or a phrase left to fill in.
      if (phraseOf(p).replace(/[\s*|]/g, '') === '') return void out.push(`issues[${i}].phrases[${j}]: ${JSON.stringify(phraseOf(p))} matches nothing: a phrase needs a word`);
      const words = unmatchedWords(phraseOf(p));
      if (words !== undefined) out.push(`issues[${i}].phrases[${j}]: "${phraseOf(p)}" matches nothing, not even its own words as an article is read (${words.join(' | ')}): write it as those words read, without the symbol`);
    });
  });
  return out;
}

// The words of a plain phrase (no "*" or "|") as the pipeline reads them in a text, when the phrase does not match them.
function unmatchedWords(phrase: string): string[] | undefined {
  if (/[*|]/.test(phrase)) return undefined;
  const { tokens } = tokenize(phrase, 0);
  const found = matchAll(compilePatterns([{ source: phrase, value: phrase }]), tokens, 0, tokens.length);
  return found.some((m) => m.from === 0 && m.to === tokens.length) ? undefined : tokens.map((t) => t.text);
}
