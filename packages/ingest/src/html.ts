/**
 * HTML to text without moving a character: tags, comments, scripts and
 * styles are blanked with spaces (block tags leave a line break), entities
 * become their characters padded with spaces, so every offset in the text is
 * an offset in the original HTML.
 *
 * @since 0.1.0
 */
import { htmlEntityText } from '@stancelog/core';
import { isPublicationDate } from './article-meta.js';

/**
 * Whether a text looks like HTML rather than plain text.
 *
 * @example
 * import { looksLikeHtml } from './html.js'
 * assert.ok(looksLikeHtml('<html><body><p>Hi</p></body></html>'))
 * assert.ok(!looksLikeHtml('Prices rose 3% <again>.'))
 * @category input
 * @since 0.1.0
 * @internal
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(?:!doctype|html|head|body|p|div|article|section|span|br|h[1-6])\b[^>]{0,200}>/i.test(head);
}

/**
 * The text of an HTML document's `<title>` (entities decoded, spaces
 * folded), or undefined when it has none or an empty one.
 *
 * @example
 * import { htmlTitle } from './html.js'
 * assert.strictEqual(htmlTitle('<html><head><title>\n  Talks stall &amp; Kyiv   waits </title></head></html>'), 'Talks stall & Kyiv waits')
 * assert.strictEqual(htmlTitle('<html><body><p>No title.</p></body></html>'), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function htmlTitle(html: string): string | undefined {
  // The title is in the head: look in the first 64 KB only.
  const m = /<title\b[^>]{0,200}>([^<]{0,2000})<\/title\s*>/i.exec(html.slice(0, 65536));
  if (!m) return undefined;
  const title = decodeEntities(m[1]!).replace(/\s+/g, ' ').trim();
  return title.length > 0 ? title : undefined;
}

// Where a page marks its publication date, best first: the Open Graph
// article property, schema.org's datePublished, Dublin Core's date issued,
// and the `pubdate` attribute of a <time>.
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'dcterms.issued', 'dc.date.issued'];
const DATE_TAG = /<(meta|time)\b([^>]{0,1000})>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * The publication date an HTML page marks in its markup, as written, or
 * undefined: a `<meta>` whose `property`, `name` or `itemprop` is
 * `article:published_time`, `datePublished`, `dcterms.issued` or
 * `DC.date.issued` (in that order of preference, in any case), else the
 * `datePublished` of its schema.org JSON-LD (`<script
 * type="application/ld+json">`, in an array or an `@graph` too; an article
 * preferred to any other thing; a script that is no JSON is passed over),
 * else a `<time datetime>` marked `pubdate` or `itemprop="datePublished"`.
 * Any other `<time>` is a date in the text, not the page's. A value that is
 * no date is passed over.
 *
 * @example
 * import { htmlPublishedAt } from './html.js'
 * assert.strictEqual(htmlPublishedAt('<head><meta property="article:published_time" content="2025-05-16T08:00:00Z"></head>'), '2025-05-16T08:00:00Z')
 * assert.strictEqual(htmlPublishedAt('<p>By A. Writer, <time datetime="2025-05-19" pubdate>19 May</time></p>'), '2025-05-19')
 * assert.strictEqual(htmlPublishedAt('<p>Talks resume on <time datetime="2025-06-02">2 June</time>.</p>'), undefined)
 * assert.strictEqual(htmlPublishedAt('<meta property="article:published_time" content="soon">'), undefined)
 * const ld = (json: string) => `<script type="application/ld+json">${json}</script>`
 * assert.strictEqual(htmlPublishedAt(ld('{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "datePublished": "2025-05-16T08:00:00Z"}]}')), '2025-05-16T08:00:00Z')
 * assert.strictEqual(htmlPublishedAt(ld('{"datePublished": "2025-05-16", }')), undefined) // no JSON
 * // A meta tag comes first.
 * assert.strictEqual(htmlPublishedAt(ld('{"datePublished": "2025-05-16"}') + '<meta itemprop="datePublished" content="2025-05-19">'), '2025-05-19')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function htmlPublishedAt(html: string): string | undefined {
  let best: { rank: number; value: string } | undefined;
  const jsonLd = PUBLISHED_KEYS.length;
  for (const m of html.matchAll(DATE_TAG)) {
    const attrs = attributes(m[2]!);
    let rank: number;
    let value: string | undefined;
    if (m[1]!.toLowerCase() === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
      rank = PUBLISHED_KEYS.indexOf(key);
      value = attrs.get('content');
    } else {
      rank = attrs.has('pubdate') || attrs.get('itemprop')?.toLowerCase() === 'datepublished' ? jsonLd + 1 : -1;
      value = attrs.get('datetime');
    }
    value = value?.trim();
    if (rank < 0 || !value || !isPublicationDate(value) || (best && best.rank <= rank)) continue;
    best = { rank, value };
    if (rank === 0) break;
  }
  if (best && best.rank < jsonLd) return best.value;
  return jsonLdPublished(html) ?? best?.value;
}

const SCRIPT_TAG = /<script\b([^>]{0,1000})>/gi;
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

// The `datePublished` of a page's JSON-LD: of an article if one has it, else
// of the first thing that does (the things of a script, an array, a `@graph`).
function jsonLdPublished(html: string): string | undefined {
  if (!/application\/ld\+json/i.test(html)) return undefined;
  let any: string | undefined;
  for (const m of html.matchAll(SCRIPT_TAG)) {
    if (attributes(m[1]!).get('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const from = m.index + m[0].length;
    const close = html.toLowerCase().indexOf('</script', from);
    let data: unknown;
    try {
      data = JSON.parse(html.slice(from, close < 0 ? html.length : close));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 1000; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (typeof item !== 'object' || item === null) continue;
      const thing = item as Record<string, unknown>;
      if (thing['@graph'] !== undefined) queue.push(thing['@graph']);
      const value = typeof thing.datePublished === 'string' ? thing.datePublished.trim() : undefined;
      if (!value || !isPublicationDate(value)) continue;
      const types = ([] as unknown[]).concat(thing['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return value;
      any ??= value;
    }
  }
  return any;
}

// The longest entity read is "&#x" and six digits and ";" (10 characters); a name has up to eight letters and digits.
const ENTITY = /&(?:#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/gi;

// Core's decoder, the one every display of a quote uses: the page reads as its quotes show.
function decodeEntity(whole: string): string {
  return htmlEntityText(whole) ?? whole;
}

function decodeEntities(s: string): string {
  return s.replace(ENTITY, decodeEntity);
}

/**
 * Decodes the entities of a text without moving a character: each one
 * becomes its character, after spaces that keep its length (`&rsquo;` is
 * six spaces and `’`), so that "Russia&rsquo;s" reads as Russia's and
 * "&quot;never&quot;" as a quoted word, at the offsets of the page.
 */
function decodeEntitiesInPlace(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole) => {
    // A space of another width (`&nbsp;`, `&thinsp;`) reads as a space: words stay apart for the tokenizer.
    const d = decodeEntity(whole);
    const c = d !== whole && /^\s$/.test(d) ? ' ' : d;
    return c === whole ? whole : ' '.repeat(whole.length - c.length) + c;
  });
}

/**
 * Where a quote that begins at `offset` of a page begins in the page itself:
 * at the `&` of the entity whose character stands at `offset` (an entity's
 * character is the last of its length, so a sentence opening with
 * `&ldquo;` starts at its `;`), else at `offset`.
 *
 * @example
 * import { entityStartAt } from './html.js'
 * const html = '<p>&ldquo;No truce,&rdquo; Moscow said.</p>'
 * // The masked text has the opening quote mark where the entity's ";" is.
 * assert.strictEqual(entityStartAt(html, html.indexOf(';')), html.indexOf('&'))
 * assert.strictEqual(entityStartAt(html, html.indexOf('No')), html.indexOf('No'))
 * @category input
 * @since 0.1.0
 * @internal
 */
export function entityStartAt(html: string, offset: number): number {
  // The longest entity read is "&#x" and six digits and ";" (10 characters).
  const amp = html.lastIndexOf('&', offset);
  if (amp < 0 || offset - amp >= 10) return offset;
  const m = /^&(?:#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/i.exec(html.slice(amp, amp + 11));
  if (!m || amp + m[0].length <= offset) return offset;
  return decodeEntity(m[0]) === m[0] ? offset : amp;
}

const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|article|section|header|footer|nav|aside|tr|td|th|table|blockquote|figure|figcaption|title|main)$/i;
const DROP_CONTENT = /^(?:script|style|noscript|template|svg|nav|header|footer|aside|form|button|figcaption)$/i;

/**
 * Blanks the markup of an HTML document, keeping its length.
 *
 * @example
 * import { maskHtml } from './html.js'
 * const html = '<p>Kyiv said <b>no</b>.</p>'
 * const text = maskHtml(html)
 * assert.strictEqual(text.length, html.length)
 * assert.strictEqual(text.trim(), 'Kyiv said    no    .')
 * // Entities read as their characters, where they stand.
 * const quoted = '<p>Kyiv would &quot;never&quot; agree; Russia&rsquo;s reply</p>'
 * assert.strictEqual(maskHtml(quoted).length, quoted.length)
 * assert.strictEqual(maskHtml(quoted).trim().replace(/ +/g, ' '), 'Kyiv would "never " agree; Russia ’s reply')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function maskHtml(html: string): string {
  const out: string[] = [];
  let i = 0;
  let dropUntil: string | undefined;
  let dropFrom = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(dropUntil ? blank(html.slice(i)) : decodeEntitiesInPlace(html.slice(i)));
      break;
    }
    out.push(dropUntil ? blank(html.slice(i, lt)) : decodeEntitiesInPlace(html.slice(i, lt)));
    let gt: number;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      gt = close < 0 ? n - 1 : close + 2;
    } else {
      gt = html.indexOf('>', lt + 1);
      if (gt < 0) gt = n - 1;
    }
    const tag = html.slice(lt, gt + 1);
    const name = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const closing = /^<\//.test(tag);
    if (dropUntil === undefined && !closing && DROP_CONTENT.test(name) && !/\/>$/.test(tag)) {
      dropUntil = name;
      dropFrom = lt;
    } else if (dropUntil !== undefined && closing && name === dropUntil) {
      dropUntil = undefined;
    }
    out.push(BLOCK.test(name) || DROP_CONTENT.test(name) ? '\n' + blank(tag.slice(1)) : blank(tag));
    i = gt + 1;
  }
  void dropFrom;
  return out.join('');
}

function blank(s: string): string {
  // Keep line breaks so that lines stay lines.
  return s.replace(/[^\n]/g, ' ');
}
