import { isRight } from 'fp-ts/lib/Either.js';
import type { Statement } from '@stancelog/core';
import { ingestText, type IngestResult } from '@stancelog/ingest';
// Pipeline steps are internal (not exported by the package): specified from their modules.
import { classifyLines } from '../src/boilerplate.js';
import { proseText } from '../src/hard-wrap.js';

// Plain text broken into lines of at most `width` columns at spaces, as
// e-mail, wire copy and `fold -s` do: each paragraph on its own, blank
// lines between them kept.
const wrap = (text: string, width = 72): string =>
  text
    .split('\n')
    .map((paragraph) => {
      const out: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...out, line].join('\n');
    })
    .join('\n');

const read = (text: string, publishedAt = '2025-06-09'): IngestResult => {
  const r = ingestText(text, { publishedAt });
  if (!isRight(r)) throw new Error(r.left.message);
  return r.right;
};
// What a statement says, its quote with its line breaks read as spaces.
const said = (s: Statement) => [s.holder, s.issue, s.kind, s.polarity, s.statedAt, s.speaker?.name, s.source.quote.replace(/\s+/g, ' ')];
// The units classifyLines makes, as [rule, text] with the text's line breaks shown as " / ".
const units = (text: string) => classifyLines(text, 0, text.length).map((l) => [l.rule, text.slice(l.start, l.end).replace(/\s*(?:\r\n|\r|\n)\s*/g, ' / ')]);

const article = [
  'Talks stall in Geneva',
  '',
  'Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled for a third day and the delegations left the hall early.',
  '',
  '"Russia must agree to a full and unconditional ceasefire before any peace talks can begin," Zelensky told reporters in Kyiv on Thursday evening.',
  '',
  'Kremlin spokesman Dmitry Peskov said on Saturday that Moscow rejects any ceasefire, as the delegations prepared to leave Geneva once more.',
  '',
].join('\n');

describe('a hard-wrapped article (paragraphs broken into lines of ~72 columns)', () => {
  const wrapped = wrap(article);

  it('is read as the same article on one line per paragraph: the same statements, dates and speakers', () => {
    expect(wrapped.split('\n').length).toBeGreaterThan(article.split('\n').length + 3);
    const flat = read(article).statements.map(said);
    expect(flat.length).toBeGreaterThanOrEqual(4);
    expect(read(wrapped).statements.map(said)).toEqual(flat);
  });

  it('quotes each sentence whole, exactly as the file has it, line breaks included, at its offsets', () => {
    const r = read(wrapped);
    for (const s of r.statements) expect(wrapped.slice(...s.source.offsets!)).toBe(s.source.quote);
    const kyiv = r.statements.find((s) => s.holder === 'ukraine' && s.issue === 'territorial-concessions')!;
    expect(kyiv.source.quote).toBe('Kyiv rejected any territorial concessions on Friday, officials said, as\nthe talks in Geneva stalled for a third day and the delegations left the\nhall early.');
    // The explanation's sentence is the quote's span, and so is each sentence that gave nothing.
    expect(r.explanations.every((e, i) => e.sentence[0] === r.statements[i]!.source.offsets![0] && e.sentence[1] === r.statements[i]!.source.offsets![1])).toBe(true);
  });

  it('makes each paragraph one unit of prose from its first line to its last, and leaves the headline out', () => {
    expect(read(wrapped).lines.map((l) => [l.rule, wrapped.slice(l.start, l.end).split('\n').length])).toEqual([
      ['headline-or-navigation', 1],
      ['prose', 3],
      ['prose', 3],
      ['prose', 2],
    ]);
  });

  it('reads a paragraph whose line breaks end with \\r\\n or a lone \\r as one with \\n, the quote keeping the file\'s own line ends', () => {
    const lf = read(wrapped).statements.map(said);
    for (const eol of ['\r\n', '\r']) {
      const text = wrapped.replace(/\n/g, eol);
      const r = read(text);
      expect(r.statements.map(said)).toEqual(lf);
      for (const s of r.statements) expect(text.slice(...s.source.offsets!)).toBe(s.source.quote);
      expect(r.statements[0]!.source.quote).toContain(`as${eol}the talks`);
      expect(r.lines.map((l) => l.rule)).toEqual(['headline-or-navigation', 'prose', 'prose', 'prose']);
    }
  });

  it('reads a sentence that ends at a line break inside a paragraph, and one that goes on after an abbreviation\'s full stop', () => {
    const text = [
      'Kyiv rejected any territorial concessions on Friday, officials said, and the',
      'talks in Geneva stalled for a third day in a row as delegations left early.',
      'Moscow rejected any ceasefire the same evening, a spokesman told the U.S.',
      'press, as the two delegations prepared to leave Geneva for the weekend.',
    ].join('\n');
    expect(units(text)).toEqual([['prose', text.replace(/\n/g, ' / ')]]);
    expect(read(text).statements.map((s) => s.holder)).toEqual(['ukraine', 'russia']);
  });

  it('reads a paragraph broken only where a sentence ends as one, in a text wrapped elsewhere: a quote across the break keeps its speaker', () => {
    const text = `${wrapped}\n"The delegations have done their part in Geneva, and now it is up to Moscow.\nRussia has to agree to a ceasefire and stop the fighting," Zelensky said.\n`;
    const r = read(text);
    const last = r.lines[r.lines.length - 1]!;
    expect([last.rule, text.slice(last.start, last.end).split('\n').length]).toEqual(['prose', 2]);
    expect(r.statements.filter((s) => s.source.quote.startsWith('Russia has')).map((s) => [s.holder, s.issue, s.kind, s.speaker?.name])).toEqual([
      ['ukraine', 'ceasefire', 'demand', 'Volodymyr Zelensky'],
      ['ukraine', 'ceasefire', 'support', 'Volodymyr Zelensky'],
    ]);
  });

  it('reads a name split across a line break as one name, and the date on the line above as the sentence\'s', () => {
    const text = [
      'On Saturday, after a long meeting with the two delegations, independent analyst John',
      'Doe said that Kyiv rejects any ceasefire while the fighting goes on in the east.',
    ].join('\n');
    const [s] = read(text).statements;
    expect([s?.holder, s?.issue, s?.speaker, s?.statedAt]).toEqual(['ukraine', 'ceasefire', { name: 'John Doe', actor: 'john-doe' }, '2025-06-07']);
  });
});

describe('quoted mail: a hard-wrapped article under "> " prefixes, one level or more', () => {
  // Each line of `text` under `prefix`, a blank line under the prefix alone, as mail clients quote.
  const quoted = (text: string, prefix: string) => text.split('\n').map((l) => (l ? `${prefix}${l}` : prefix.trimEnd())).join('\n');
  const mail = (prefix: string) =>
    ['Hi all,', '', 'Here is the wire copy from the weekend, for the record.', '', 'On Monday, the desk wrote:', quoted(wrap(article, 72 - prefix.length), prefix), '', 'Best,', 'Ana', ''].join('\n');
  // What a statement says, its quote aside.
  const sense = (s: Statement) => said(s).slice(0, 6);

  it.each(['> ', '> > ', '>>', '>> '])('reads the paragraphs under "%s" as the article unquoted, each quote the file\'s own text at its offsets', (prefix) => {
    const text = mail(prefix);
    expect(text.split('\n').filter((l) => l.startsWith('>')).length).toBeGreaterThan(6);
    const r = read(text);
    const unquoted = wrap(article, 72 - prefix.length);
    const plain = read(unquoted).statements;
    expect(r.statements.map(sense)).toEqual(plain.map(sense));
    for (const [i, s] of r.statements.entries()) {
      expect(text.slice(...s.source.offsets!)).toBe(s.source.quote);
      // The quote starts at its sentence's first word, past the prefix, and keeps the prefixes of the lines it runs on to.
      expect(s.source.quote.startsWith('>')).toBe(false);
      expect(s.source.quote.replace(/\s*\n[>\s]*/g, ' ')).toBe(plain[i]!.source.quote.replace(/\s+/g, ' '));
    }
    expect(r.statements.some((s) => s.source.quote.includes(`\n${prefix}`))).toBe(true);
    // Each quoted paragraph is one unit of prose, as unquoted, from its first word past the prefix.
    const units = (t: string) => read(t).lines.filter((l) => l.content).map((l) => [t[l.start], t.slice(l.start, l.end).split('\n').length]);
    expect(units(text)).toEqual([['H', 1], ...units(unquoted)]);
    expect(units(unquoted).length).toBe(3);
  });

  it('keeps paragraphs quoted at different depths apart, with no blank line between', () => {
    const text = [
      'Ana wrote:',
      '> Kyiv rejected any territorial concessions on Friday, officials said, as',
      '> the talks in Geneva stalled for a third day and the delegations left the',
      '> hall early, with no date set for another round.',
      '> > Kremlin spokesman Dmitry Peskov said on Saturday that Moscow rejects',
      '> > any ceasefire while the fighting goes on in the east of the country.',
    ].join('\n');
    const r = read(text);
    expect(r.statements.map((s) => [s.holder, s.issue, s.kind, s.source.quote.split('\n').length])).toEqual([
      ['ukraine', 'territorial-concessions', 'reject', 3],
      ['russia', 'ceasefire', 'reject', 2],
    ]);
    for (const s of r.statements) expect(text.slice(...s.source.offsets!)).toBe(s.source.quote);
  });

  it('reads the prefix on a line the sentence runs on to as spaces of its length', () => {
    const text = '> > Moscow rejects\n> > any ceasefire.';
    expect(proseText(text, 4, text.length)).toBe('Moscow rejects     any ceasefire.');
    expect(proseText(text, 4, text.length).length).toBe(text.length - 4);
  });
});

describe('a ">" in a wrapped text that is not quoted mail', () => {
  // Lines wrapped at 72 columns; one starts with ">" that goes on the sentence above ("more than" / ">100 days").
  const text = (mark: string) =>
    [
      'Kyiv rejected any territorial concessions on Friday, officials said, as',
      'the talks in Geneva stalled for a third day and the delegations left the',
      'hall early. The delay in the exchange of prisoners is now at more than',
      `${mark} days, and Moscow rejected the ceasefire on the spot, with no date`,
      'set for the next round of talks in the Swiss city, officials said later.',
      'The European Union backed new sanctions against Russia on Saturday,',
      'diplomats said, after a meeting of foreign ministers in Brussels that',
      'lasted well into the night and ended with a short joint statement.',
    ].join('\n');

  it.each(['>100', '> 100'])('is a word of the sentence it goes on ("%s days"): the paragraph is read whole, the mark in its quote', (mark) => {
    const t = text(mark);
    const r = read(t);
    expect(r.statements.map((s) => `${s.holder} ${s.kind} ${s.polarity} ${s.issue}`)).toEqual([
      'ukraine reject - territorial-concessions',
      'russia reject - ceasefire',
      'european-union support + sanctions',
    ]);
    expect(r.statements[1]!.source.quote).toBe(`The delay in the exchange of prisoners is now at more than\n${mark} days, and Moscow rejected the ceasefire on the spot, with no date\nset for the next round of talks in the Swiss city, officials said later.`);
    for (const s of r.statements) expect(t.slice(...s.source.offsets!)).toBe(s.source.quote);
  });

  it('leaves a quote that opens under a line ending a sentence or a colon quoted mail', () => {
    const t = ['Ana wrote:', '> Kyiv rejected any territorial concessions on Friday, officials said, as', '> the talks in Geneva stalled for a third day and the delegations left.'].join('\n');
    expect(read(t).statements.map((s) => s.source.quote)).toEqual(['Kyiv rejected any territorial concessions on Friday, officials said, as\n> the talks in Geneva stalled for a third day and the delegations left.']);
  });

  it('keeps the ">" of an unquoted paragraph in what is read, where quoted mail\'s prefixes are read as spaces', () => {
    expect(proseText('more than\n> 30 days', 0, 20)).toBe('more than > 30 days');
    expect(proseText('> more than\n> 30 days', 2, 22)).toBe('more than   30 days');
  });
});

describe('an HTML page whose source breaks a paragraph over lines', () => {
  it('reads each <p> whole, its quote the page\'s own text, indent and entities included', () => {
    const page = [
      '<html><head><title>Talks stall</title></head><body>',
      '  <ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul>',
      '  <article>',
      '    <p>Kyiv rejected any territorial concessions on Friday, officials said, as',
      '    the talks in Geneva stalled for a third day and the delegations left the',
      '    hall early.</p>',
      '    <p>&ldquo;Russia must agree to a full ceasefire before any peace talks,&rdquo;',
      '    Zelensky told reporters in Kyiv on Thursday.</p>',
      '  </article>',
      '</body></html>',
    ].join('\n');
    const r = read(page);
    expect(r.statements.map((s) => [s.holder, s.issue, s.kind, s.speaker?.name])).toEqual([
      ['ukraine', 'territorial-concessions', 'reject', undefined],
      ['ukraine', 'ceasefire', 'demand', 'Volodymyr Zelensky'],
      ['ukraine', 'peace-talks', 'condition', 'Volodymyr Zelensky'],
    ]);
    for (const s of r.statements) expect(page.slice(...s.source.offsets!)).toBe(s.source.quote);
    expect(r.statements[0]!.source.quote).toBe('Kyiv rejected any territorial concessions on Friday, officials said, as\n    the talks in Geneva stalled for a third day and the delegations left the\n    hall early.');
  });
});

describe('lines that are no wrapped paragraph stay as they were classified line by line', () => {
  it('keeps a menu of short lines, a byline and a ticker out, above a wrapped paragraph with no blank line between', () => {
    const text = [
      'Home',
      'World news',
      'Politics',
      'By Jane Doe',
      'Bitcoin $64,000.12 -2.1%',
      'Kyiv rejected any territorial concessions on Friday, officials said, as the',
      'talks in Geneva stalled for a third day and the delegations left early.',
    ].join('\n');
    expect(units(text)).toEqual([
      ['headline-or-navigation', 'Home'],
      ['headline-or-navigation', 'World news'],
      ['headline-or-navigation', 'Politics'],
      ['headline-or-navigation', 'By Jane Doe'],
      ['ticker', 'Bitcoin $64,000.12 -2.1%'],
      ['prose', 'Kyiv rejected any territorial concessions on Friday, officials said, as the / talks in Geneva stalled for a third day and the delegations left early.'],
    ]);
  });

  it('keeps a headline that opens a run of lines out of the paragraph under it, however long the headline', () => {
    const text = [
      'Kyiv rejects the land swap as the talks in Geneva stall for a third day',
      'On Friday, Kyiv rejected any territorial concessions, officials said, as',
      'the talks in Geneva stalled and the delegations left the hall early.',
    ].join('\n');
    expect(units(text).map(([rule]) => rule)).toEqual(['headline-or-navigation', 'prose']);
    // Its words are no statement: only the paragraph's sentence is quoted.
    expect(read(text).statements.map((s) => s.source.quote.split('\n')[0])).toEqual(['On Friday, Kyiv rejected any territorial concessions, officials said, as']);
  });

  it('keeps a headline in title case under a paragraph whose last line is full, and the paragraph after it, apart', () => {
    const text = [
      'Kyiv rejected any territorial concessions on Friday, officials said, as the',
      'talks in Geneva stalled for a third day and the delegations left the hall.',
      'Moscow Rejects Ceasefire as Talks Stall',
      'Kremlin spokesman Dmitry Peskov said on Saturday that Moscow rejects any',
      'ceasefire while the fighting goes on.',
    ].join('\n');
    expect(units(text).map(([rule, words]) => [rule, words!.slice(0, 23)])).toEqual([
      ['prose', 'Kyiv rejected any terri'],
      ['headline-or-navigation', 'Moscow Rejects Ceasefir'],
      ['prose', 'Kremlin spokesman Dmitr'],
    ]);
  });

  it('joins no paragraphs written one to a line with no blank line between, each ending a sentence', () => {
    const text = [
      'Kyiv rejected any territorial concessions on Friday, officials said, as the talks stalled.',
      'Moscow rejected any ceasefire, a spokesman said.',
      'Delegations left Geneva on Saturday morning without a date for the next round of talks.',
    ].join('\n');
    expect(units(text)).toEqual(text.split('\n').map((line) => ['prose', line]));
  });

  it('keeps each point of a list its own, and reads a point wrapped under its bullet as one point', () => {
    const text = [
      'The positions before the next round:',
      '- Home',
      '- Ukraine: no recognition of the occupied territory and no limits on its',
      '  armed forces in any settlement',
      '- Russia rejects any ceasefire',
      '• World news',
    ].join('\n');
    expect(units(text)).toEqual([
      ['headline-or-navigation', 'The positions before the next round:'],
      ['headline-or-navigation', '- Home'],
      ['list-item', 'Ukraine: no recognition of the occupied territory and no limits on its / armed forces in any settlement'],
      ['list-item', 'Russia rejects any ceasefire'],
      ['headline-or-navigation', 'World news'],
    ]);
    const r = read(text);
    expect(r.statements.map((s) => [s.holder, s.issue, s.polarity])).toEqual(expect.arrayContaining([['russia', 'ceasefire', '-']]));
    for (const s of r.statements) expect(text.slice(...s.source.offsets!)).toBe(s.source.quote);
  });

  it('judges a run of joined lines that is no prose line by line (a footer wrapped over two lines)', () => {
    const text = [
      'Kyiv rejected any territorial concessions on Friday, officials said.',
      '',
      'Subscribe to our newsletter for daily updates on the most important',
      'stories from the talks in Geneva and the region.',
    ].join('\n');
    expect(units(text)).toEqual([
      ['prose', 'Kyiv rejected any territorial concessions on Friday, officials said.'],
      ['footer', 'Subscribe to our newsletter for daily updates on the most important'],
      ['footer', 'stories from the talks in Geneva and the region.'],
    ]);
  });

  it('reads no sentence from the middle of joined lines that are no prose (a site notice wrapped before its last clause)', () => {
    const notice = 'The bloc will not sign up to any deal that rewards the invasion, the foreign minister said, and Kyiv rejected any territorial concessions on Friday.';
    const wrapped = wrap(notice, 80);
    expect(wrapped.split('\n').length).toBe(2);
    // On one line it is a site notice ("sign up"), and so is each of its lines wrapped: the second is no sentence of its own.
    expect(units(notice).map(([rule]) => rule)).toEqual(['site-notice']);
    expect(units(wrapped).map(([rule]) => rule)).toEqual(['site-notice', 'site-notice']);
    expect(read(wrapped).statements).toEqual([]);
  });

  it('reads no sentence from the second line of a wrapped lede that repeats the title', () => {
    const lede = 'Truce talks collapse in Geneva as envoys walk out, officials said on Friday, and Moscow rejected any ceasefire the same evening, a spokesman said.';
    const wrapped = wrap(lede, 80);
    const r = ingestText(`${wrapped}\n`, { publishedAt: '2025-06-09', title: 'Truce talks collapse in Geneva' });
    expect(isRight(r) && r.right.lines.map((l) => l.rule)).toEqual(['repeated-headline', 'repeated-headline']);
    expect(isRight(r) && r.right.statements).toEqual([]);
  });
});

describe('the lines atop a wrapped text with no blank line: a headline or a byline stays a line of its own', () => {
  const body = wrap(
    [
      'Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled for a third day and the delegations left the hall early.',
      'Moscow rejected any ceasefire on Saturday, a Kremlin spokesman told reporters, as the two delegations prepared to leave Geneva.',
    ].join('\n'),
  );
  const flat = read(body).statements.map(said);

  it.each([
    ['a headline in sentence case that fills the width', 'Kyiv says no to a land swap as the talks with Moscow stall once again'],
    ['a byline of names and places, with no verb', 'Jane Doe, John Roe and Ann Poe in Kyiv, Geneva, Brussels and Moscow'],
    ['a headline that ends on a joining word', 'Geneva talks: the sticking points, and what comes after'],
  ])('%s', (_, headline) => {
    const text = `${headline}\n${body}`;
    expect(units(text).slice(0, 2).map(([rule, words]) => [rule, words!.slice(0, 30)])).toEqual([
      ['headline-or-navigation', headline.slice(0, 30)],
      ['prose', 'Kyiv rejected any territorial '],
    ]);
    // No statement is read from it, and the first sentence's quote starts at the paragraph.
    const r = read(text);
    expect(r.statements.map(said)).toEqual(flat);
    expect(r.statements[0]!.source.quote.startsWith('Kyiv rejected any territorial concessions on Friday')).toBe(true);
  });

  it('still joins a first paragraph whose first line ends before a word in lower case, a name going on, or a capital that opens no clause', () => {
    const text = [
      'Talks stall in Geneva',
      'Kyiv rejected any territorial concessions on Friday, officials said, as',
      'the talks in Geneva stalled for a third day and the delegations left.',
    ].join('\n');
    expect(units(text).map(([rule]) => rule)).toEqual(['headline-or-navigation', 'prose']);
    for (const [first, second] of [
      ['Kyiv rejected any territorial concessions on Friday, foreign minister', 'Jane Doe said after the talks in Geneva stalled for a third day running.'],
      ['Kyiv rejected any territorial concessions to the delegation sent by', 'Moscow on Friday, officials said, as the talks in Geneva stalled again.'],
    ]) {
      const two = `Talks stall in Geneva\n${first}\n${second}`;
      expect(units(two)).toEqual([
        ['headline-or-navigation', 'Talks stall in Geneva'],
        ['prose', `${first} / ${second}`],
      ]);
    }
  });
});

describe('the width of a wrapped text: a long line or an address sets none', () => {
  const body = wrap(
    [
      'Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled for a third day and the delegations left the hall early.',
      'Moscow rejected any ceasefire on Saturday, a Kremlin spokesman told reporters, as the two delegations prepared to leave Geneva.',
      'The European Union said it would keep its sanctions in place until a full ceasefire is agreed by both sides in Geneva.',
    ].join('\n'),
  );
  const flat = read(body).statements.map(said);
  const caption = 'Delegations of both sides arrive for the third round of the talks at the hotel by the lake in Geneva on Friday morning';
  const url = 'https://news.example.org/world/2025/06/kyiv-says-no-to-a-land-swap-as-talks-stall-in-geneva';

  it('reads the paragraphs of a run with a caption left on one long line as it reads them without it', () => {
    expect(flat.length).toBeGreaterThanOrEqual(3);
    const text = `${body}\n${caption}`;
    expect(units(text).map(([rule]) => rule)).toEqual(['prose', 'prose', 'prose', 'headline-or-navigation']);
    expect(read(text).statements.map(said)).toEqual(flat);
  });

  it('reads a text wrapped at 40 columns under an address on a line of its own as it reads it without the address', () => {
    const narrow = wrap(body.replace(/\n(?=[a-z])/g, ' '), 40);
    const text = `${url}\n${narrow}`;
    expect(units(text)[0]).toEqual(['headline-or-navigation', url]);
    expect(read(text).statements.map(said)).toEqual(read(narrow).statements.map(said));
  });

  it('glues an address to no headline and no paragraph, but keeps it inside a sentence that needs it', () => {
    const text = `Talks stall in Geneva\n${url}\n${body}`;
    expect(units(text).slice(0, 3).map(([rule, words]) => [rule, words!.slice(0, 30)])).toEqual([
      ['headline-or-navigation', 'Talks stall in Geneva'],
      ['headline-or-navigation', url.slice(0, 30)],
      ['prose', 'Kyiv rejected any territorial '],
    ]);
    expect(read(text).statements[0]!.source.quote.startsWith('Kyiv rejected')).toBe(true);
    const inside = `${body}\nThe full text of the statement was published on the ministry's site at\n${url}\nand read out to reporters in Kyiv on Friday.`;
    expect(units(inside).map(([rule, words]) => [rule, words!.slice(0, 30)])).toEqual([
      ['prose', 'Kyiv rejected any territorial '],
      ['prose', 'Moscow rejected any ceasefire '],
      ['prose', 'The European Union said it wou'],
      ['prose', 'The full text of the statement'],
    ]);
  });

  it('still joins a paragraph of two lines between blank lines in a text with a long line elsewhere', () => {
    const text = `${caption}\n\n${body.replace(/\n(?=[A-Z])/g, '\n\n')}`;
    expect(units(text).map(([rule, words]) => [rule, words!.split(' / ').length])).toEqual([
      ['headline-or-navigation', 1],
      ['prose', 3],
      ['prose', 2],
      ['prose', 2],
    ]);
  });
});

describe('proseText', () => {
  it('reads each line break of a unit, with the spaces around it, as spaces, so that offsets stay those of the file', () => {
    const text = 'Kyiv rejected any \r\n\tterritorial\rconcessions.';
    const prose = proseText(text, 0, text.length);
    expect(prose).toBe('Kyiv rejected any    territorial concessions.');
    expect(prose.length).toBe(text.length);
    expect(proseText('Kyiv\trejected.', 0, 14)).toBe('Kyiv\trejected.');
  });
});
