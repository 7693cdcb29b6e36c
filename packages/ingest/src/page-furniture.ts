/**
 * What a page puts around an article's prose, line by line: its footer,
 * photo credits, site notices and price tickers, and the marks lines are
 * told apart by (a sentence's end, a bullet). Shared by the classification
 * of lines (boilerplate.ts) and the joining of hard-wrapped ones
 * (hard-wrap.ts).
 *
 * @since 0.1.0
 * @internal
 */

/**
 * Lines that start the site's footer: everything after them is boilerplate.
 * @example
 * import { FOOTER } from './page-furniture.js'
 * assert.ok(FOOTER.test('Related articles') && !FOOTER.test('Related talks resumed on Friday.'))
 * @internal
 */
export const FOOTER = /^(?:share(?: this(?: article)?)?|related(?: posts| articles| stories| news)?|read more|more from .{0,40}|leave a (?:comment|reply)|comments?|latest market prices|market data|about .{1,60}|contact(?: us)?|close|welcome to .{1,60}|subscribe.{0,60}|newsletter|you may also like|recommended(?: for you)?|trending|tags?:.*|most read|advertisement)$/i;
/**
 * A photo or image credit, a copyright line.
 * @example
 * import { CREDIT } from './page-furniture.js'
 * assert.ok(CREDIT.test('Photo: Getty Images'))
 * @internal
 */
export const CREDIT = /©|\(c\)\s|\b(?:photo(?:graph)?|image|picture|credit|source)s?\s*:|public domain|wikimedia commons|getty images|\/\s*(?:afp|reuters|ap|epa|anadolu)\b/i;
/**
 * A cookie, privacy or newsletter notice.
 * @example
 * import { NOTICE } from './page-furniture.js'
 * assert.ok(NOTICE.test('We use cookies to improve your experience.'))
 * @internal
 */
export const NOTICE = /\bcookies?\b|privacy policy|\bsubscribe\b|\bnewsletter\b|\bsign up\b|email address|e-mail address|required fields|all rights reserved|terms of (?:use|service)|\bunsubscribe\b|log ?in to|create an account|click here|by clicking/i;
/**
 * A price or a percentage at the end: a market ticker, when the line is short.
 * @example
 * import { TICKER } from './page-furniture.js'
 * assert.ok(TICKER.test('Brent crude -1.2%'))
 * @internal
 */
export const TICKER = /[$€£]\s?\d[\d,.]*|\b\d+(?:\.\d+)?%\s*$/;
/**
 * The end of a sentence, or of a quote or bracket closing one.
 * @example
 * import { TERMINAL } from './page-furniture.js'
 * assert.ok(TERMINAL.test('Kyiv said no.') && !TERMINAL.test('Talks stall in Geneva'))
 * @internal
 */
export const TERMINAL = /[.!?…"”’»)]$/;
/**
 * A teaser cut short ("...as...") is a link preview or a related-post blurb.
 * @example
 * import { TEASER } from './page-furniture.js'
 * assert.ok(TEASER.test('Envoys met again in Geneva as...'))
 * @internal
 */
export const TEASER = /(?:\.\.\.|…)$/;

/**
 * Page furniture that must not run into a paragraph: a credit, a notice, a
 * ticker, a footer's first line.
 *
 * @example
 * import { isFurniture } from './page-furniture.js'
 * assert.ok(isFurniture('Photo: Getty Images'))
 * assert.ok(!isFurniture('Kyiv rejected the plan on Friday.'))
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function isFurniture(line: string): boolean {
  return FOOTER.test(line) || CREDIT.test(line) || NOTICE.test(line) || (TICKER.test(line) && wordCount(line) < 8);
}

// A bulleted point ("- ", "* ", "– "): "•" is trimmed as space before a line gets here.
const BULLET = /^(?:[-–*·•]\s+)+/;

/**
 * Where the words of a bulleted point ("- ", "* ", "– ") start, or 0.
 *
 * @example
 * import { bulletAt } from './page-furniture.js'
 * assert.strictEqual(bulletAt('- Ukraine: no recognition'), 2)
 * assert.strictEqual(bulletAt('Kyiv said no.'), 0)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function bulletAt(line: string): number {
  const m = BULLET.exec(line);
  return m ? m[0].length : 0;
}

/**
 * The words of a line, counted as runs of characters other than spaces.
 *
 * @example
 * import { wordCount } from './page-furniture.js'
 * assert.strictEqual(wordCount('  Talks  stall in Geneva '), 4)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = s.charCodeAt(i) <= 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}
