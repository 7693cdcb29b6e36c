/**
 * HTML to text without moving a character: tags, comments, scripts and
 * styles are blanked with spaces (block tags leave a line break), entities
 * become their characters padded with spaces, so every offset in the text is
 * an offset in the original HTML.
 *
 * @since 0.1.0
 */
import { decodeHtmlEntities, htmlEntityText } from '@stancelog/core';
import { isPublicationDate, type ArticleMeta } from './article-meta.js';

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
  const title = decodeHtmlEntities(m[1]!).replace(/\s+/g, ' ').trim();
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

// The things of a page's schema.org JSON-LD, in order: each object of its
// scripts, of their arrays and of their `@graph`s (a script that is no JSON
// is passed over).
function jsonLdThings(html: string): Array<Record<string, unknown>> {
  if (!/application\/ld\+json/i.test(html)) return [];
  const out: Array<Record<string, unknown>> = [];
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
      out.push(thing);
    }
  }
  return out;
}

// What `pick` finds in a page's JSON-LD: in an article if one has it, else in the first thing that does.
function jsonLdField(things: ReadonlyArray<Record<string, unknown>>, pick: (thing: Record<string, unknown>) => string | undefined): string | undefined {
  let any: string | undefined;
  for (const thing of things) {
    const value = pick(thing);
    if (value === undefined) continue;
    const types = ([] as unknown[]).concat(thing['@type']);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return value;
    any ??= value;
  }
  return any;
}

// The `datePublished` of a page's JSON-LD (see jsonLdField).
function jsonLdPublished(html: string): string | undefined {
  return jsonLdField(jsonLdThings(html), (thing) => {
    const value = typeof thing.datePublished === 'string' ? thing.datePublished.trim() : undefined;
    return value && isPublicationDate(value) ? value : undefined;
  });
}

const HEAD_TAG = /<(meta|link)\b([^>]{0,2000})>/gi;

// The value of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys` (in small letters), its
// entities decoded, spaces folded; an empty one is none.
function metaContent(html: string, keys: ReadonlyArray<string>): string | undefined {
  for (const m of html.matchAll(HEAD_TAG)) {
    if (m[1]!.toLowerCase() !== 'meta') continue;
    const attrs = attributes(m[2]!);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    if (!keys.includes(key)) continue;
    const value = folded(attrs.get('content') ?? '');
    if (value.length > 0) return value;
  }
  return undefined;
}

function folded(text: string): string {
  return decodeHtmlEntities(text).replace(/\s+/g, ' ').trim();
}

// An address that names a page on its own: absolute, on the web. A relative one ("/politics/a") needs the page's.
function webAddress(value: string | undefined): string | undefined {
  if (value === undefined || value.length === 0) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The address a page gives as its own, or undefined: its `<link
 * rel="canonical" href>`, else its Open Graph `<meta property="og:url"
 * content>`, when it is a web address written whole (`https://...`; a
 * relative one, `/politics/a`, names no page by itself and is passed
 * over). Entities are decoded (`&amp;` in a query).
 *
 * @example
 * import { htmlUrl } from './html.js'
 * assert.strictEqual(htmlUrl('<head><link rel="canonical" href="https://news.example/a?id=1&amp;p=2"></head>'), 'https://news.example/a?id=1&p=2')
 * assert.strictEqual(htmlUrl('<meta property="og:url" content="https://news.example/b"><link href="/a" rel="canonical">'), 'https://news.example/b')
 * assert.strictEqual(htmlUrl('<p><a href="https://news.example/c">more</a></p>'), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function htmlUrl(html: string): string | undefined {
  for (const m of html.matchAll(HEAD_TAG)) {
    if (m[1]!.toLowerCase() !== 'link') continue;
    const attrs = attributes(m[2]!);
    if (!(attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) continue;
    const url = webAddress(folded(attrs.get('href') ?? ''));
    if (url !== undefined) return url;
  }
  return webAddress(metaContent(html, ['og:url']));
}

/**
 * The name of the site a page is published on, or undefined: its Open
 * Graph `<meta property="og:site_name">`, else the `publisher` of its
 * schema.org JSON-LD (an article's preferred; its `name`, or the name of
 * the thing its `@id` points to, or a name given as text).
 *
 * @example
 * import { htmlPublisher } from './html.js'
 * assert.strictEqual(htmlPublisher('<meta property="og:site_name" content="Northern Post">'), 'Northern Post')
 * const ld = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization", "name": "Daily Courier"}}</script>'
 * assert.strictEqual(htmlPublisher(ld), 'Daily Courier')
 * const graph = '<script type="application/ld+json">{"@graph": [{"@type": "Organization", "@id": "#org", "name": "Wire"}, {"@type": "Article", "publisher": {"@id": "#org"}}]}</script>'
 * assert.strictEqual(htmlPublisher(graph), 'Wire')
 * assert.strictEqual(htmlPublisher('<title>Talks | Wire</title>'), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function htmlPublisher(html: string): string | undefined {
  const marked = metaContent(html, ['og:site_name']);
  if (marked !== undefined) return marked;
  const things = jsonLdThings(html);
  const named = (value: unknown): string | undefined => {
    if (typeof value === 'string') return folded(value) || undefined;
    if (Array.isArray(value)) return value.map(named).find((n) => n !== undefined);
    if (typeof value !== 'object' || value === null) return undefined;
    const thing = value as Record<string, unknown>;
    if (typeof thing.name === 'string') return folded(thing.name) || undefined;
    const id = thing['@id'];
    const target = typeof id === 'string' ? things.find((t) => t !== thing && t['@id'] === id && typeof t.name === 'string') : undefined;
    return target ? folded(target.name as string) || undefined : undefined;
  };
  return jsonLdField(things, (thing) => named(thing.publisher));
}

/**
 * The headline a page marks (its Open Graph `og:title`, the `headline` of
 * its JSON-LD, or its first `<h1>`), or undefined.
 */
function htmlHeadline(html: string): string | undefined {
  const marked = metaContent(html, ['og:title']) ?? jsonLdField(jsonLdThings(html), (thing) => (typeof thing.headline === 'string' ? folded(thing.headline) || undefined : undefined));
  if (marked !== undefined) return marked;
  const h1 = /<h1\b[^>]{0,1000}>([\s\S]{0,4000}?)<\/h1\s*>/i.exec(html);
  const text = h1 ? folded(h1[1]!.replace(/<[^>]*>/g, ' ')) : '';
  return text.length > 0 ? text : undefined;
}

// What stands between a headline and a site's name in a <title>: a bar, a dash, a double colon, a dot, with spaces.
const SEPARATOR = '\\s+(?:\\||-|–|—|::|·|•)\\s+';
const SEPARATOR_FIRST = new RegExp(`^${SEPARATOR}(?=\\S)`);
const SEPARATOR_LAST = new RegExp(`(?<=\\S)${SEPARATOR}$`);

/**
 * A page's `<title>` without the words its site adds ("Liberals set terms
 * | Northern Post" is "Liberals set terms"): the headline the page marks
 * (`og:title`, a JSON-LD `headline`, its first `<h1>`), when the title is
 * it with words added after or before a separator (` | `, ` - `, ` – `,
 * ` — `, ` :: `, ` · `), else the title without the name of the site
 * (`sites`: the one the page marks, the publisher given) after or before
 * a separator. A title that is neither keeps all its words; so does one
 * that would be left empty.
 *
 * @example
 * import { siteTitle } from './html.js'
 * assert.strictEqual(siteTitle('Liberals set terms for coalition talks | Northern Post', 'Liberals set terms for coalition talks'), 'Liberals set terms for coalition talks')
 * assert.strictEqual(siteTitle('Liberals set terms | Politics | Northern Post', 'Liberals set terms'), 'Liberals set terms')
 * assert.strictEqual(siteTitle('Northern Post — Liberals set terms', undefined, ['Northern Post']), 'Liberals set terms')
 * assert.strictEqual(siteTitle('Talks stall - day two', undefined, ['Northern Post']), 'Talks stall - day two')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function siteTitle(title: string, headline: string | undefined, sites: ReadonlyArray<string> = []): string {
  if (headline !== undefined && headline.length < title.length) {
    if (title.startsWith(headline) && SEPARATOR_FIRST.test(title.slice(headline.length))) return headline;
    if (title.endsWith(headline) && SEPARATOR_LAST.test(title.slice(0, title.length - headline.length))) return headline;
  }
  for (const site of sites) {
    if (site.length === 0 || site.length >= title.length) continue;
    if (title.endsWith(site)) {
      const rest = title.slice(0, title.length - site.length);
      const m = SEPARATOR_LAST.exec(rest);
      if (m) return rest.slice(0, m.index);
    }
    if (title.startsWith(site)) {
      const m = SEPARATOR_FIRST.exec(title.slice(site.length));
      if (m) return title.slice(site.length + m[0].length);
    }
  }
  return title;
}

/**
 * What a page's markup says of it, each field when it says it: its title
 * ({@link htmlTitle}, without the words its site adds: {@link siteTitle},
 * knowing the site by the name the page marks or by `publishers`, those
 * given), its publication date ({@link htmlPublishedAt}), its address
 * ({@link htmlUrl}) and its publisher ({@link htmlPublisher}). What the
 * options, a sidecar file or front matter give comes first (`mergeMeta`).
 *
 * @example
 * import { htmlMeta } from './html.js'
 * const page = '<html><head><title>Liberals set terms | Northern Post</title><link rel="canonical" href="https://northernpost.example/a"><meta property="og:site_name" content="Northern Post"></head><body><h1>Liberals set terms</h1></body></html>'
 * assert.deepStrictEqual(htmlMeta(page), { title: 'Liberals set terms', url: 'https://northernpost.example/a', publisher: 'Northern Post' })
 * @category input
 * @since 0.1.0
 * @internal
 */
export function htmlMeta(html: string, publishers: ReadonlyArray<string> = []): ArticleMeta {
  const publisher = htmlPublisher(html);
  const whole = htmlTitle(html);
  const title = whole === undefined ? undefined : siteTitle(whole, htmlHeadline(html), [...publishers, ...(publisher !== undefined ? [publisher] : [])]);
  const publishedAt = htmlPublishedAt(html);
  const url = htmlUrl(html);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
  };
}

/**
 * Decodes the entities of a text without moving a character: each one
 * becomes its character, after spaces that keep its length (`&rsquo;` is
 * six spaces and `’`), so that "Russia&rsquo;s" reads as Russia's and
 * "&quot;never&quot;" as a quoted word, at the offsets of the page. Core's
 * decoder, the one every display of a quote uses: the page reads as its
 * quotes show.
 */
function decodeEntitiesInPlace(s: string): string {
  return decodeHtmlEntities(s, (entity, char) => {
    // A space of another width (`&nbsp;`, `&thinsp;`) reads as a space: words stay apart for the tokenizer.
    const c = /^\s$/.test(char) ? ' ' : char;
    return ' '.repeat(entity.length - c.length) + c;
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
  // The longest entity read is "&#x" and six digits and ";" (10 characters); none holds a ";" before its last.
  const amp = html.lastIndexOf('&', offset);
  if (amp < 0 || offset - amp >= 10) return offset;
  const end = html.indexOf(';', amp);
  if (end < offset || end - amp >= 10) return offset;
  return htmlEntityText(html.slice(amp, end + 1)) === undefined ? offset : amp;
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
