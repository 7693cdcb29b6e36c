// Every relative link of the guides (docs/*.md) and the READMEs leads
// somewhere: to a file of the repository, and, with a #fragment, to a
// heading of that file as GitHub names it. typedoc checks the guides' links
// too, but by its own slugs, and not the READMEs' links at all. The two
// agree on a heading of words alone; of a heading holding code they do not
// (`## The store: \`--store\`` is #the-store to typedoc, #the-store---store
// on GitHub; `### \`stancelog store status\`` has no anchor typedoc knows),
// so a link to one is broken on one side whichever is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

/** The Markdown files read: the guides, the repository's README, each package's and each example's. */
function documents(): string[] {
  const within = (dir: string, name: (entry: string) => string): string[] =>
    readdirSync(join(root, dir))
      .sort()
      .map((e) => join(root, dir, name(e)))
      .filter((f) => f.endsWith('.md') && existsSync(f));
  return [join(root, 'README.md'), ...within('docs', (e) => e), ...within('packages', (e) => join(e, 'README.md')), ...within('examples', (e) => join(e, 'README.md'))];
}

/** The lines of a Markdown file outside its fenced code blocks, with their numbers. */
function proseLines(text: string): Array<{ line: string; n: number }> {
  const lines: Array<{ line: string; n: number }> = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) lines.push({ line, n: i + 1 });
  });
  return lines;
}

/** A heading's anchor as GitHub makes it: lowercase, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The anchors of a file, each with the heading it names: its headings' (a
 * repeated one numbered -1, -2 ...) and its explicit `<a name>`s (named by
 * nothing).
 */
function anchorsOf(file: string): Map<string, string> {
  const anchors = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const { line } of proseLines(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const s = slug(heading[1]!);
      const n = seen.get(s) ?? 0;
      seen.set(s, n + 1);
      anchors.set(n === 0 ? s : `${s}-${n}`, heading[1]!);
    }
    for (const a of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.set(a[1]!, '');
  }
  return anchors;
}

/** Each relative link of a file that leads nowhere, as `file:line: target (why)`. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const { line, n } of proseLines(readFileSync(file, 'utf8'))) {
    // Code spans hold link-like text that is no link (`[a](b)` in an example).
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|^\[[^\]]+\]:\s*(\S+)/g)) {
      const target = (m[1] ?? m[2])!;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto: ...
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const to = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      const where = `${relative(root, file)}:${n}: ${target}`;
      if (!existsSync(to)) broken.push(`${where} (no such file)`);
      else if (fragment !== undefined && to.endsWith('.md')) {
        const heading = anchorsOf(to).get(decodeURIComponent(fragment));
        if (heading === undefined) broken.push(`${where} (no such heading)`);
        else if (heading.includes('`')) broken.push(`${where} (a heading holding code: typedoc's anchor for it is another; link to the file, or to a heading of words alone)`);
      }
    }
  }
  return broken;
}

describe('the links of the guides and the READMEs', () => {
  it('are found in every guide and README', () => {
    const files = documents().map((f) => relative(root, f));
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/concepts.md', 'docs/postgres.md', 'packages/core/README.md', 'examples/custom-store/README.md']));
  });

  it('lead to a file of the repository, and to a heading of words alone, as GitHub and typedoc both name it', () => {
    expect(documents().flatMap(brokenLinks)).toEqual([]);
  });

  it('name a heading by GitHub\'s anchor: punctuation dropped, each space a hyphen, a repeated heading numbered', () => {
    expect(slug('The store: `--store`')).toBe('the-store---store');
    expect(slug('7. Your own store: the conformance suite')).toBe('7-your-own-store-the-conformance-suite');
    expect(slug('`stancelog store status`')).toBe('stancelog-store-status');
  });
});
