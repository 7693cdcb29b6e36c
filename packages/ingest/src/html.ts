/**
 * HTML to text without moving a character: tags, comments, scripts and
 * styles are blanked with spaces (block tags leave a line break), entities
 * become their characters padded with spaces, so every offset in the text is
 * an offset in the original HTML.
 *
 * @since 0.1.0
 */

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

function decodeEntity(whole: string, e: string): string {
  if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
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
  return s.replace(ENTITY, (whole, e: string) => {
    const c = decodeEntity(whole, e);
    return c === whole ? whole : ' '.repeat(whole.length - c.length) + c;
  });
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
