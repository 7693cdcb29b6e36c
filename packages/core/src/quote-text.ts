/**
 * A quote as a reader reads it. A statement read from a web page keeps the
 * page's own text as its quote, entities and inline markup and all, since
 * its `offsets` point into that text; what shows it to a reader (the
 * command line's tables, `timeline`, `explain`, the HTML report) shows the
 * words. One decoder, here, serves them all, and ingest's reading of the
 * page as well, so that a page reads and shows alike.
 *
 * @since 0.1.0
 */

// HTML's Latin-1 entities, in the order of their characters (U+00A0 to U+00FF).
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED: ReadonlyMap<string, string> = new Map<string, string>([
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['lsaquo', '‹'], ['rsaquo', '›'], ['hellip', '…'], ['bull', '•'], ['prime', '′'], ['Prime', '″'], ['permil', '‰'], ['dagger', '†'], ['Dagger', '‡'],
  ['euro', '€'], ['trade', '™'], ['minus', '−'], ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
]);

/**
 * The character an HTML entity stands for (`&ldquo;` is `“`, `&#8217;` and
 * `&#x2019;` are `’`, `&eacute;` is `é`), or undefined for one this decoder
 * does not know (it knows the numeric ones, HTML's Latin-1 names and the
 * usual punctuation: a name it does not know is left as written). A name
 * is read as written, else in small letters (`&AMP;`, `&NBSP;`).
 *
 * @example
 * import { htmlEntityText } from '@stancelog/core'
 * assert.deepStrictEqual(['&ldquo;', '&#8217;', '&#x2019;', '&eacute;', '&Eacute;', '&AMP;'].map(htmlEntityText), ['“', '’', '’', 'é', 'É', '&'])
 * assert.deepStrictEqual(['&nosuch;', '&#0;', 'amp'].map(htmlEntityText), [undefined, undefined, undefined])
 * @category model
 * @since 0.1.0
 */
export function htmlEntityText(entity: string): string | undefined {
  const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,7});$/.exec(entity);
  if (!m) return undefined;
  const e = m[1]!;
  if (e[0] !== '#') return NAMED.get(e) ?? NAMED.get(e.toLowerCase());
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

// An entity as written: "&#x" and up to six hex digits, "&#" and up to seven digits, or a name of up to eight letters and
// digits, then ";" (at most ten characters).
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,7});/g;

/**
 * A web page's text with its HTML entities decoded: each one
 * {@link htmlEntityText} knows becomes its character, any other is left as
 * written (`AT&T`, `&nosuch;`). `each` says what to put for an entity
 * instead of its character (ingest keeps a page's offsets so, padding each
 * character to its entity's length). The one decoder of entities: what
 * shows a quote ({@link readableQuote}) and ingest's reading of a page
 * both use it, so that a page reads as its quotes show. Only for text known
 * to be HTML: plain text that holds `&amp;` means those five characters.
 *
 * @example
 * import { decodeHtmlEntities } from '@stancelog/core'
 * assert.strictEqual(decodeHtmlEntities('Talks stall &amp; Kyiv waits &mdash; AT&T, &nosuch;'), 'Talks stall & Kyiv waits — AT&T, &nosuch;')
 * // Each entity as long as it was: the character after spaces.
 * assert.strictEqual(decodeHtmlEntities('Russia&rsquo;s', (entity, char) => char.padStart(entity.length)), 'Russia      ’s')
 * @category model
 * @since 0.1.0
 */
export function decodeHtmlEntities(text: string, each: (entity: string, char: string) => string = (_, char) => char): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity) => {
    const char = htmlEntityText(entity);
    return char === undefined ? entity : each(entity, char);
  });
}

// The markup a sentence of a page holds: its inline (phrasing) elements and
// comments, never a block, which ends a sentence. Only elements HTML has:
// "Prices rose 3% <again>" in plain text keeps its words.
const INLINE_TAG =
  /<!--[\s\S]*?-->|<\/?(?:a|abbr|b|bdi|bdo|br|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)(?:\s[^<>]*)?\/?>/gi;

/**
 * A quote as a reader reads it: the entities of a web page's text decoded
 * (`&ldquo;No,&rdquo; he said` reads `“No,” he said`) and its inline
 * markup left out (`<b>`, `<a href="...">`, a comment; a `<br>` is a
 * space). What shows a quote to a reader shows this; the statement keeps
 * the page's own text, into which its `source.offsets` point. Text with
 * no markup comes back as it is.
 *
 * @example
 * import { readableQuote } from '@stancelog/core'
 * assert.strictEqual(readableQuote('&ldquo;We will never agree to widening the A9,&rdquo; co-leader Tobias Rehn said.'), '“We will never agree to widening the A9,” co-leader Tobias Rehn said.')
 * assert.strictEqual(readableQuote('Kyiv <b>rejected</b> any <a href="https://example.com/a">ceasefire</a>.'), 'Kyiv rejected any ceasefire.')
 * assert.strictEqual(readableQuote('Prices rose 3% <again>, AT&T said.'), 'Prices rose 3% <again>, AT&T said.')
 * @category model
 * @since 0.1.0
 */
export function readableQuote(quote: string): string {
  if (!quote.includes('&') && !quote.includes('<')) return quote;
  const words = quote.replace(INLINE_TAG, (tag) => (/^<br\b/i.test(tag) ? ' ' : ''));
  return decodeHtmlEntities(words);
}
