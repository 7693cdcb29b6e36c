/**
 * Article metadata (publication date, address, publisher, title) from
 * options, a front-matter block, or a sidecar JSON file; options win over
 * front matter, front matter over the sidecar.
 *
 * @since 0.1.0
 */
import { isStatedAt } from '@stancelog/core';

/**
 * What is known about an article besides its text. Given to `ingestText`
 * (or `IngestFilesOptions.meta`), it wins over front matter and sidecar
 * files; `publishedAt` is cut to its day, and dropped if it is no date.
 *
 * @example
 * import { ingestText, type ArticleMeta } from '@stancelog/ingest'
 * const meta: ArticleMeta = { publishedAt: '2025-05-17T09:30:00Z', publisher: 'Wire', url: 'https://example.com/a' }
 * const r = ingestText('---\npublisher: Gazette\ntitle: Talks stall\n---\nKyiv rejected any territorial concessions, officials said.', meta)
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.meta, { publishedAt: '2025-05-17', publisher: 'Wire', url: 'https://example.com/a', title: 'Talks stall' })
 * assert.deepStrictEqual(r.right.statements[0]?.source.publisher, 'Wire')
 * @category input
 * @since 0.1.0
 */
export interface ArticleMeta {
  readonly publishedAt?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly title?: string;
}

/**
 * A front-matter block at the start of a text: its fields and its length
 * (the block is blanked, not cut, so offsets stay those of the file).
 * @category input
 * @since 0.1.0
 * @internal
 */
export interface FrontMatter {
  readonly meta: ArticleMeta;
  readonly length: number;
}

const KEYS: Record<string, keyof ArticleMeta> = {
  publishedat: 'publishedAt', published_at: 'publishedAt', published: 'publishedAt', date: 'publishedAt',
  url: 'url', link: 'url', source: 'url', publisher: 'publisher', site: 'publisher', title: 'title',
};

/**
 * Reads a `---` front-matter block of `key: value` lines.
 *
 * @example
 * import { readFrontMatter } from './article-meta.js'
 * const fm = readFrontMatter('---\npublishedAt: 2025-05-16\ntitle: Talks\n---\nText.')
 * assert.strictEqual(fm?.meta.publishedAt, '2025-05-16')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (!text.startsWith('---', start)) return undefined;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || text.slice(start, firstEnd).trim() !== '---') return undefined;
  // Front matter is short: look for the closing line within 8 KB only.
  const close = text.slice(firstEnd, firstEnd + 8192).search(/\n---[ \t]*(?:\r?\n|$)/);
  if (close < 0) return undefined;
  const body = text.slice(firstEnd + 1, firstEnd + close);
  const after = text.indexOf('\n', firstEnd + close + 1);
  const length = after < 0 ? text.length : after + 1;
  const meta: Record<string, string> = {};
  for (const line of body.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = KEYS[m[1]!.toLowerCase()];
    if (key) meta[key] = m[2]!.replace(/^["']|["']$/g, '');
  }
  return { meta: meta as ArticleMeta, length };
}

/**
 * Merges metadata sources, first wins, and keeps a publication date only
 * when it is a valid stated time (`2025-05-16`, or a timestamp cut to its day).
 *
 * @example
 * import { mergeMeta } from './article-meta.js'
 * assert.deepStrictEqual(mergeMeta({ url: 'u' }, { url: 'v', publishedAt: '2025-05-16T08:00:00Z' }), { url: 'u', publishedAt: '2025-05-16' })
 * @category input
 * @since 0.1.0
 * @internal
 */
export function mergeMeta(...sources: ReadonlyArray<ArticleMeta | undefined>): ArticleMeta {
  const out: Record<string, string> = {};
  for (const s of sources) {
    if (!s) continue;
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'string' && v.length > 0 && out[k] === undefined) out[k] = v;
    }
  }
  if (out.publishedAt !== undefined) {
    const day = out.publishedAt.slice(0, 10);
    if (isStatedAt(day)) out.publishedAt = day;
    else delete out.publishedAt;
  }
  return out as ArticleMeta;
}
