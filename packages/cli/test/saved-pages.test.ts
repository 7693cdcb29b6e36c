// Web pages as a browser saves them, ingested and shown: their quotes, and
// what their markup says of them (a data journalist's review of the CLI).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '@stancelog/core';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

const talks = [
  '<html><head><title>Talks stall in Geneva</title><meta property="article:published_time" content="2025-05-16"></head><body>',
  '<p>&ldquo;We reject a ceasefire,&rdquo; Russia said on Tuesday.</p>',
  '<p>Kyiv <b>demanded</b> a full ceasefire on Wednesday, officials said.</p>',
  '</body></html>',
].join('\n');

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(join(box.dir, 'talks.html'), talks);
});
afterEach(() => box.remove());

// The statements `--json` prints, after the lines defining what they name.
const statements = (stdout: string): Statement[] =>
  stdout.trim().split('\n').map((l) => JSON.parse(l) as Statement & { type?: string }).filter((l) => l.type === undefined);

describe("a page's quotes", () => {
  it("are shown as a reader reads them, entities decoded and inline markup left out, in ingest's table, timeline and explain (a review's finding)", async () => {
    const ingested = await box.stancelog('ingest', 'talks.html');
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toContain('talks.html:2  2025-05-13  russia reject - ceasefire\n    “We reject a ceasefire,” Russia said on Tuesday.\n');
    expect(ingested.stdout).toContain('talks.html:3  2025-05-14  ukraine demand + ceasefire\n    "Kyiv demanded a full ceasefire on Wednesday, officials said."\n');
    const timeline = (await box.stancelog('timeline')).stdout;
    // A quote that opens with its own mark is not wrapped in another.
    expect(timeline).toContain('  • 2025-05-13  - reject  “We reject a ceasefire,” Russia said on Tuesday. (Russia)\n');
    expect(timeline).toContain('  • 2025-05-14  + demand  “Kyiv demanded a full ceasefire on Wednesday, officials said.”\n');
    const explained = (await box.stancelog('explain', 'incompatible:ceasefire')).stdout;
    expect(explained).toContain('\n    “We reject a ceasefire,” Russia said on Tuesday.\n');
    expect(explained).toContain('\n    “Kyiv demanded a full ceasefire on Wednesday, officials said.”\n');
    expect(timeline + explained + ingested.stdout).not.toMatch(/&[a-z]+;|<b>/);
  });

  it('are decoded in ingest\'s table only when the article is a page: plain text is shown as written, "&amp;" and all', async () => {
    const line = 'Kyiv rejected any territorial concessions on Friday, a source at AT&amp;T said.';
    writeFileSync(join(box.dir, 'wire.txt'), `${line}\n`);
    writeFileSync(join(box.dir, 'wire.html'), `<html><body><p>${line}</p></body></html>\n`);
    const plain = await box.stancelog('ingest', 'wire.txt', '--published-at', '2025-05-17', '--dry-run');
    expect(plain.stdout).toContain(`\n    "${line}"\n`);
    const page = await box.stancelog('ingest', 'wire.html', '--published-at', '2025-05-17', '--dry-run');
    expect(page.stdout).toContain('\n    "Kyiv rejected any territorial concessions on Friday, a source at AT&T said."\n');
  });

  it("stay the page's own text in the log and in --json, at their offsets in the page", async () => {
    const printed = statements((await box.stancelog('ingest', 'talks.html', '--json', '--dry-run')).stdout);
    expect(printed.map((s) => s.source.quote)).toEqual(['&ldquo;We reject a ceasefire,&rdquo; Russia said on Tuesday.', 'Kyiv <b>demanded</b> a full ceasefire on Wednesday, officials said.']);
    for (const s of printed) expect(talks.slice(s.source.offsets![0], s.source.offsets![1])).toBe(s.source.quote);
    await box.stancelog('ingest', 'talks.html');
    const [entry] = await box.json<Array<{ statements: Array<{ quote: string }> }>>('timeline', '--holder', 'russia');
    expect(entry!.statements.map((s) => s.quote)).toEqual(['&ldquo;We reject a ceasefire,&rdquo; Russia said on Tuesday.']);
  });
});

describe("a page's own address and site", () => {
  const saved = (text: string) =>
    [
      '<html><head><title>Talks stall in Geneva | Test Wire</title><meta property="article:published_time" content="2025-05-16">',
      '<link rel="canonical" href="https://wire.example/geneva"><meta property="og:site_name" content="Test Wire"></head><body>',
      '<h1>Talks stall in Geneva</h1>',
      text,
      '</body></html>',
    ].join('\n');

  it("are its statements' url and publisher, and its title is its headline, so that --replace finds its earlier version (a review's finding)", async () => {
    writeFileSync(join(box.dir, 'geneva.html'), saved('<p>Kyiv demanded a full ceasefire on Wednesday, officials said.</p>\n<p>&ldquo;We reject a ceasefire,&rdquo; Russia said on Tuesday.</p>'));
    expect((await box.stancelog('ingest', 'geneva.html')).code).toBe(0);
    const [entry] = await box.json<Array<{ statements: Array<{ url: string; publisher: string; title: string }> }>>('timeline', '--holder', 'russia');
    expect(entry!.statements.map((s) => [s.url, s.publisher, s.title])).toEqual([['https://wire.example/geneva', 'Test Wire', 'Talks stall in Geneva']]);
    writeFileSync(join(box.dir, 'geneva.html'), saved('<p>Kyiv demanded a full ceasefire on Wednesday, officials said.</p>'));
    const replaced = await box.stancelog('ingest', 'geneva.html', '--replace');
    expect([replaced.code, replaced.stderr]).toEqual([0, '']);
    expect(replaced.stdout.split('\n').filter((l) => l.startsWith('--replace'))).toEqual(['--replace withdraws #5: russia reject ceasefire - (Russia)']);
  });

  it('is named missing when a page marks none, for --replace', async () => {
    const r = await box.stancelog('ingest', 'talks.html', '--replace');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --replace: talks.html has no address to find its earlier version by (its page marks none: no <link rel="canonical"> or og:url); give --url, or a url in its front matter or sidecar file\n']);
  });
});
