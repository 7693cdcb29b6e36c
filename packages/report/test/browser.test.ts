// The report in a real browser: Debian's Chromium, headless, driven by
// playwright-core, opening the page from disk (file://).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analysis, contradictionList, eventId, eventsAsOf, eventWithdrawn, openMemoryStore, positionList, preconditionEdges, project, readAll, replay, statementMade } from '@stancelog/core';
import type { AnalysisOptions, AnalysisState, AsOf, ContradictionRule, ContradictionView, PositionView, StoredEvent } from '@stancelog/core';
import { buildReport, deadlockLinks, frameViews } from '@stancelog/report';
import type { BuiltReport, ReportData } from '@stancelog/report';
import assetFiles from '../src/asset-files.cjs';
import { FrameBuilder } from '../src/frame-builder.js';
import { renderPage } from '../src/page.js';
import type { Page } from 'playwright-core';
import { launch, skipBrowser } from './chromium.js';
import type { Browser } from './chromium.js';
import { demoEvents } from './demo-events.js';
import { reportContradictions } from './frames-as-replayed.js';

// The text a reader sees: without the marks that isolate each name from the log (U+2068 ... U+2069), which show nothing.
const visible = (text: string | null): string => (text ?? '').replace(/[\u2068\u2069]/g, '');

// The little of the DOM the pages' functions use (the tests compile without the DOM's types).
interface PageElement {
  getBoundingClientRect(): { right: number };
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}
declare const document: {
  body: { getAttribute(name: string): string | null };
  documentElement: { scrollWidth: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getElementById(id: string): PageElement | null;
};
declare function getComputedStyle(element: unknown, pseudoElement?: string): {
  content: string;
  pointerEvents: string;
  backgroundColor: string;
  lineHeight: string;
  color: string;
  opacity: string;
  display: string;
  overflowX: string;
  printColorAdjust: string;
  visibility: string;
};

// The README's screenshots are rewritten only when asked (`pnpm docs:screenshots`):
// a test run leaves the working tree as it found it.
const updateScreenshots = process.env.STANCELOG_UPDATE_SCREENSHOTS === '1';
const SCREENSHOTS = updateScreenshots ? resolve(__dirname, '..', '..', '..', 'docs', 'img') : mkdtempSync(join(tmpdir(), 'stancelog-screenshots-'));
const describeInBrowser = skipBrowser ? describe.skip : describe;

async function analysed(events: ReadonlyArray<StoredEvent>, asOf?: AsOf): Promise<AnalysisState> {
  const store = openMemoryStore();
  const r = await store.append(events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt }) as never));
  if (r._tag === 'Left') throw new Error(r.left.message);
  const p = await project(store, analysis(), asOf ? { asOf } : {});
  if (p._tag === 'Left') throw new Error(p.left.message);
  return p.right.state;
}

interface Cell {
  holder: string;
  issue: string;
  polarity: string;
  kind: string;
  title: string;
}
const cells = (page: Page): Promise<Cell[]> =>
  page.$$eval('#matrix-table td.cell.has', (tds) =>
    tds.map((td) => ({
      holder: td.getAttribute('data-holder')!,
      issue: td.getAttribute('data-issue')!,
      polarity: td.getAttribute('data-polarity')!,
      kind: td.getAttribute('data-kind')!,
      title: td.getAttribute('title')!,
    })),
  );
const expectedCells = (positions: ReadonlyArray<PositionView>) =>
  positions.map((p) => ({ holder: p.holder, issue: p.issue, polarity: p.polarity, kind: p.kind })).sort((a, b) => `${a.holder} ${a.issue}`.localeCompare(`${b.holder} ${b.issue}`));
const shownCells = (list: Cell[]) =>
  list.map(({ holder, issue, polarity, kind }) => ({ holder, issue, polarity, kind })).sort((a, b) => `${a.holder} ${a.issue}`.localeCompare(`${b.holder} ${b.issue}`));

/**
 * The texts of the page drawn at a contrast below `least` with what is behind them: each text node shown, its colour
 * (through the opacities of what holds it) against the backgrounds of its element and those around it, laid over
 * one another (WCAG 2's contrast ratio).
 */
const lowContrastTexts = (page: Page, least = 4.5): Promise<Array<{ text: string; element: string; ratio: number }>> =>
  page.evaluate((least) => {
    const doc = (globalThis as any).document;
    const style = (e: unknown) => getComputedStyle(e) as unknown as { color: string; backgroundColor: string; opacity: string; visibility: string };
    const rgba = (colour: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
      return { c: [r, g, b], a };
    };
    const over = (top: number[], bottom: number[], alpha: number) => top.map((v, i) => alpha * v + (1 - alpha) * bottom[i]!);
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const low: Array<{ text: string; element: string; ratio: number }> = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent as string).trim();
      const element = node.parentElement;
      if (!text || element.getClientRects().length === 0 || style(element).visibility !== 'visible') continue;
      const chain = [];
      for (let e = element; e; e = e.parentElement) chain.unshift(e);
      let behind = [255, 255, 255];
      let opacity = 1;
      for (const e of chain) {
        const { c, a } = rgba(style(e).backgroundColor);
        behind = over(c, behind, a);
        opacity *= Number(style(e).opacity);
      }
      const { c, a } = rgba(style(element).color);
      const [fg, bg] = [luminance(over(c, behind, a * opacity)), luminance(behind)];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < least) low.push({ text: text.slice(0, 40), element: `${element.tagName.toLowerCase()}.${element.className}`, ratio: Math.round(ratio * 100) / 100 });
    }
    return low;
  }, least);

describeInBrowser('the report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let built: BuiltReport;
  let events: ReadonlyArray<StoredEvent>;
  let present: AnalysisState;
  const offsite: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    events = await demoEvents();
    present = await analysed(events);
    dir = mkdtempSync(join(tmpdir(), 'stancelog-report-browser-'));
    const r = await buildReport(events, { outDir: dir, title: 'The 2025 Ukraine talks' });
    if (r._tag === 'Left') throw new Error(r.left.message);
    built = r.right;
    browser = await launch();
    // Anything but the report's own files would be a network request: refuse and record it.
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(pathToFileURL(built.index).href);
    await page.waitForSelector('body[data-ready="true"]');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (!updateScreenshots) rmSync(SCREENSHOTS, { recursive: true, force: true });
  });

  it('opens from disk without errors and without touching the network', async () => {
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
    expect(await page.title()).toBe('The 2025 Ukraine talks');
  });

  it('shows every current position in its matrix cell, coloured by polarity and kind, with the latest quote on hover', async () => {
    const positions = positionList(present);
    const shown = await cells(page);
    expect(shownCells(shown)).toEqual(expectedCells(positions));
    for (const p of positions) {
      const cell = shown.find((c) => c.holder === p.holder && c.issue === p.issue)!;
      const quotes = p.statements.map((id) => built.data.statements[id]!.quote);
      expect(quotes.some((q) => cell.title.includes(q))).toBe(true);
      const classes = await page.getAttribute(`td.cell[data-holder="${p.holder}"][data-issue="${p.issue}"]`, 'class');
      expect(classes).toContain(p.polarity === '+' ? 'p-plus' : p.polarity === '-' ? 'p-minus' : 'p-zero');
      expect(classes).toContain(`k-${p.kind}`);
      // Framed as firm while a demand, condition or red line holds, though restated more softly since.
      expect(classes!.split(' ').includes('firm')).toBe(p.firmKind !== null);
      expect(classes!.split(' ').includes('held-red-line')).toBe(p.firmKind === 'red-line');
      if (p.firmKind !== null && p.firmKind !== p.kind) expect(cell.title).toContain(`(${p.firmKind.replace('-', ' ')} held)`);
    }
    expect(positions.some((p) => p.firmKind !== null && p.firmKind !== p.kind)).toBe(true);
    // The timeline draws the reports the holder's own word outweighs faint, and says why.
    const faint = await page.$$eval('#timeline-body .tl-mark.outweighed', (marks) => marks.map((m) => [m.getAttribute('data-statement'), m.getAttribute('title')]));
    expect(faint.map(([id]) => id).sort()).toEqual([...built.data.outweighed].sort());
    expect(faint.length).toBeGreaterThan(0);
    for (const [, title] of faint) expect(title).toContain("outweighed by the holder's own word");
    // A holder's name wraps between words at most: the matrix, wider than the window, once squeezed it to a letter a line.
    const nameLines = await page.$$eval('table.matrix tbody th', (ths) => ths.map((th) => Math.round(th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight || '16'))));
    expect(Math.max(...nameLines)).toBeLessThanOrEqual(3);
    // Colours differ by polarity: the page's CSS, not just class names.
    const colour = (polarity: string) => page.$eval(`td.cell.has[data-polarity="${polarity}"]`, (td) => getComputedStyle(td).backgroundColor);
    expect(new Set([await colour('+'), await colour('-')]).size).toBe(2);
  });

  it('lists every contradiction with its status, evidence and quotes, as contradictionList gives them', async () => {
    const expected = contradictionList(present);
    const shown = await page.$$eval('#contradictions-list li[data-id]', (lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-id'),
        status: li.getAttribute('data-status'),
        statements: [...li.querySelectorAll('.evidence:not(.ended-by) [data-statement]')].map((b) => b.getAttribute('data-statement')),
        resolvedBy: li.querySelector('.ended-by [data-statement]')?.getAttribute('data-statement') ?? null,
      })),
    );
    const order = (list: ReadonlyArray<ContradictionView>) => [...list.filter((c) => c.status === 'open'), ...list.filter((c) => c.status !== 'open')];
    expect(shown).toEqual(order(expected).map((c) => ({ id: c.id, status: c.status, statements: [...c.statements], resolvedBy: c.resolvedBy })));
    const first = expected[0]!;
    const text = await page.textContent(`#contradictions-list li[data-id="${first.id}"]`);
    expect(text).toContain(built.data.statements[first.statements[0]!]!.quote);
    expect(text).toContain(built.data.rules[first.type]!);
  });

  it('replays the negotiation: moving the slider back shows the matrix and contradictions as of that day', async () => {
    const frames = built.data.frames;
    const early = frames[1]!;
    const slider = page.locator('#slider');
    const offset = Math.round((Date.parse(early.day) - Date.parse(frames[0]!.day)) / 86_400_000);
    await slider.fill(String(offset));
    await page.waitForFunction((day) => document.body.getAttribute('data-frame') === day, early.day);
    const then = await analysed(events, { validTime: early.day });
    expect(await page.textContent('#asof-day')).toBe(early.day);
    expect(shownCells(await cells(page))).toEqual(expectedCells(positionList(then)));
    expect(positionList(then).length).toBeLessThan(positionList(present).length);
    expect(await page.$$eval('#contradictions-list li[data-id]', (lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual(
      [...contradictionList(then).filter((c) => c.status === 'open'), ...contradictionList(then).filter((c) => c.status !== 'open')].map((c) => c.id),
    );
    // And forward again, a day with statements at a time.
    for (let i = 2; i < frames.length; i++) await page.click('#next');
    await page.waitForFunction((day) => document.body.getAttribute('data-frame') === day, frames[frames.length - 1]!.day);
    expect(shownCells(await cells(page))).toEqual(expectedCells(positionList(present)));
  });

  it('opens the history of a position on click, one run per change of stance, with quotes', async () => {
    const p = positionList(present).reduce((a, b) => (b.history.length > a.history.length ? b : a));
    expect(p.history.length).toBeGreaterThan(1);
    await page.click(`td.cell[data-holder="${p.holder}"][data-issue="${p.issue}"]`);
    await page.waitForSelector('#detail[open]');
    expect(await page.$$eval('#detail-body .run', (runs) => runs.length)).toBe(p.history.length);
    const last = p.history[p.history.length - 1]!;
    expect(await page.textContent('#detail-body')).toContain(built.data.statements[last.statements[0]!]!.quote);
    await page.click('#detail-close');
    await page.waitForSelector('#detail:not([open])', { state: 'attached' });
  });

  it('opens a history from the keyboard, with Enter or Space, and keeps it open', async () => {
    const p = positionList(present)[0]!;
    const cell = `td.cell[data-holder="${p.holder}"][data-issue="${p.issue}"]`;
    expect(await page.getAttribute(cell, 'role')).toBe('button');
    for (const key of ['Enter', ' ']) {
      await page.focus(cell);
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForSelector('#detail[open]');
      await page.waitForTimeout(150);
      expect(await page.$('#detail[open]')).not.toBeNull();
      await page.click('#detail-close');
      await page.waitForSelector('#detail:not([open])', { state: 'attached' });
    }
  });

  it('opens a timeline row\'s statements from its name, by keyboard too, and at the statement of a mark clicked; a mark carries its stance\'s sign', async () => {
    const p = positionList(present).reduce((a, b) => (b.statements.length > a.statements.length ? b : a));
    const row = `#timeline-body .tl-issue[data-issue="${p.issue}"] .tl-row`;
    const names = await page.$$eval(`${row} .who`, (els) => els.map((e) => [e.getAttribute('role'), e.getAttribute('tabindex'), e.getAttribute('aria-label')]));
    expect(names.every(([role, tabindex, label]) => role === 'button' && tabindex === '0' && /: \d+ statements? .*; open them$/.test(visible(label)))).toBe(true);
    // The marks are drawn for the eye: the rows are hidden from a screen reader, and no mark is a tab stop.
    expect(await page.$$eval('#timeline-body .tl-track', (els) => els.every((e) => e.getAttribute('aria-hidden') === 'true'))).toBe(true);
    const who = (await page.$(`${row} .who`))!;
    await who.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail[open]');
    const heading = visible(await page.textContent('#detail-title'));
    expect(heading).toMatch(/ on .*: the statements$/);
    const shown = await page.$$eval('#detail-body blockquote', (els) => els.length);
    expect(shown).toBeGreaterThan(0);
    await page.click('#detail-close');
    await page.waitForSelector('#detail:not([open])', { state: 'attached' });
    // A mark clicked: the same list, at that statement.
    const markId = (await page.getAttribute(`${row} .tl-mark`, 'data-statement'))!;
    await page.click(`${row} .tl-mark[data-statement="${markId}"]`, { force: true });
    await page.waitForSelector('#detail[open]');
    expect(await page.$$eval('#detail-body blockquote.picked', (els) => els.map((e) => e.getAttribute('data-statement')))).toEqual([markId]);
    await page.click('#detail-close');
    await page.waitForSelector('#detail:not([open])', { state: 'attached' });
    // Not colour alone: a + or a − in the mark.
    const signs = await page.$$eval('#timeline-body .tl-mark.p-plus, #timeline-body .tl-mark.p-minus', (els) =>
      els.slice(0, 20).map((e) => [e.getAttribute('class')!.includes('p-plus') ? '+' : '\u2212', (getComputedStyle as unknown as (e: unknown, pseudo: string) => { content: string })(e, '::after').content]),
    );
    expect(signs.length).toBeGreaterThan(0);
    for (const [sign, content] of signs) expect(content).toBe(`"${sign}"`);
  });

  it('draws the precondition graph with the deadlock highlighted, and takes the screenshots the README shows', async () => {
    const cycles = contradictionList(present, { type: 'circular-precondition', status: 'open' });
    expect(cycles.length).toBeGreaterThan(0);
    const highlighted = (await page.getAttribute('#graph-canvas', 'data-cycle-edges'))!.split(' ');
    for (const c of cycles) for (const issue of c.issues) expect(highlighted.some((link) => link.replace(/^part:/, '').split('->').includes(issue))).toBe(true);
    // cytoscape drew it: its canvases are in the page and the nodes are there.
    expect(await page.$$eval('#graph-canvas canvas', (cs) => cs.length)).toBeGreaterThan(0);
    // Each condition is labelled with its holder and what it asks of the issue it starts from: (+) that it hold, (−) that it not.
    const names = new Map(built.data.holders.map((h) => [h.id, h.name]));
    // (The example's conditions of `-` are its threats' triggers, no preconditions: the labels of (−) are checked on a log of their own below.)
    const expected = preconditionEdges(present).flatMap((e) => e.terms!.map((t) => `${t.holder}:${e.from}->${e.to}=${names.get(t.holder) ?? t.holder} (${t.condition === '-' ? '−' : t.condition})`));
    expect(expected.length).toBeGreaterThan(0);
    expect(visible(await page.getAttribute('#graph-canvas', 'data-condition-labels')).split('\n').sort()).toEqual(expected.sort());
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The sticky header would cover the top of a section's screenshot.
    await page.addStyleTag({ content: 'header.top { position: static; }' });
    await page.locator('#matrix').screenshot({ path: join(SCREENSHOTS, 'report-matrix.png') });
    await page.locator('#graph').screenshot({ path: join(SCREENSHOTS, 'report-graph.png') });
    await page.locator('#timeline').screenshot({ path: join(SCREENSHOTS, 'report-timeline.png') });
    for (const name of ['report-matrix.png', 'report-graph.png', 'report-timeline.png']) expect(statSync(join(SCREENSHOTS, name)).size).toBeGreaterThan(1000);
  });

  it("lists the demo's correction and withdrawal, and takes the screenshot of the Corrections section the docs show", async () => {
    // The demo takes nothing back: the log a reader gets after `stancelog correct` and `stancelog withdraw`, appended as
    // they append (the withdrawal, then the copy in the statement's place), on a fixed day so that the picture stays the same.
    const said = (quote: string) => events.find((e) => e.type === 'statement-made' && (e.data as { source: { quote: string } }).source.quote === quote)!;
    const undated = said('London gathers a coalition ready to keep the peace and deter a new attack');
    const unlisted = said('the plan also sought freedom for civilians held in detention');
    const recordedAt = '2025-09-01T09:00:00Z';
    const store = openMemoryStore();
    const r = await store.append([
      ...events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt }) as never),
      { ...eventWithdrawn(undated.id, 'dated to its month: London announced the coalition at its summit of 2 March'), recordedAt },
      { ...statementMade({ ...(undated.data as object), statedAt: '2025-03-02', corrects: { event: undated.id, position: undated.position } } as never), recordedAt },
      { ...eventWithdrawn(unlisted.id, "not among the analyst's facts of article 001"), recordedAt },
    ]);
    if (r._tag === 'Left') throw new Error(r.left.message);
    const outDir = mkdtempSync(join(tmpdir(), 'stancelog-report-corrected-'));
    const tab = await browser.context.newPage();
    try {
      const b = await buildReport(await readAll(store), { outDir, title: 'The 2025 Ukraine talks' });
      if (b._tag === 'Left') throw new Error(b.left.message);
      expect(b.right.data.corrections.map((c) => c.withdrawn.position)).toEqual([undated.position, unlisted.position]);
      await tab.goto(pathToFileURL(b.right.index).href);
      await tab.waitForSelector('body[data-ready="true"]');
      const items = await tab.$$eval('#corrections-list > li', (lis) => lis.map((li) => li.textContent));
      expect(items.map(visible)).toEqual([expect.stringMatching(/^corrected.*taken back on 2025-09-01.*In its place/), expect.stringMatching(/^withdrawn.*taken back on 2025-09-01.*Nothing in its place\.$/)]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await tab.addStyleTag({ content: 'header.top { position: static; }' });
      await tab.locator('#corrections').screenshot({ path: join(SCREENSHOTS, 'report-corrections.png') });
      expect(statSync(join(SCREENSHOTS, 'report-corrections.png')).size).toBeGreaterThan(1000);
    } finally {
      await tab.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describeInBrowser('small reports of their own, in Chromium', () => {
  let local: Browser;
  const outDirs: string[] = [];
  beforeAll(async () => {
    local = await launch();
  }, 60_000);
  afterAll(async () => {
    await local?.close();
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Appends the events to a memory store (ids, positions, recording times as a log gives them), builds their report and opens it. */
  async function opened(newEvents: ReadonlyArray<unknown>, options: { title: string; asOf?: AsOf; maxFrames?: number; analysis?: AnalysisOptions; lang?: string }) {
    const store = openMemoryStore();
    await store.append(newEvents as never);
    const events = await readAll(store);
    const outDir = mkdtempSync(join(tmpdir(), 'stancelog-report-small-'));
    outDirs.push(outDir);
    const r = await buildReport(events, { outDir, ...options });
    if (r._tag === 'Left') throw new Error(r.left.message);
    const tab = await local.context.newPage();
    await tab.goto(pathToFileURL(r.right.index).href);
    await tab.waitForSelector('body[data-ready="true"]');
    return { tab, events, data: r.right.data };
  }

  it("lists what the log took back, why, and what took its place, and says as of when the log is known (a review's finding, stop 53)", async () => {
    const wrong = statementMade({ holder: 'south', issue: 'panel', kind: 'reject', polarity: '-', statedAt: '2026-10-30', source: { quote: 'the panel is unacceptable', publisher: 'Wire' } });
    const retracted = statementMade({ holder: 'north', issue: 'panel', kind: 'demand', polarity: '+', statedAt: '2026-10-30', source: { quote: 'a panel or nothing', publisher: 'Flyer' } });
    const copy = statementMade({ ...wrong.data, holder: 'east', corrects: { event: eventId(wrong), position: 1 } });
    const { tab, events } = await opened(
      [wrong, retracted, eventWithdrawn(eventId(wrong), 'the delegate was the Compact’s'), copy, eventWithdrawn(eventId(retracted), 'the Flyer retracted it')],
      { title: 'Corrected' },
    );
    const items = await tab.$$eval('#corrections-list > li', (lis) => lis.map((li) => ({ text: li.textContent, struck: li.querySelector('.withdrawn blockquote') !== null })));
    expect(items.map((i) => visible(i.text))).toEqual([
      expect.stringMatching(/^corrected#1 taken back on \d{4}-\d\d-\d\d \(#3\): the delegate was the Compact’ssouth: “the panel is unacceptable”.*In its placeeast: “the panel is unacceptable”/),
      expect.stringMatching(/^withdrawn#2 taken back on .* \(#5\): the Flyer retracted itnorth: “a panel or nothing”.*Nothing in its place\.$/),
    ]);
    expect(items.map((i) => i.struck)).toEqual([true, true]);
    expect(visible(await tab.textContent('#summary'))).toContain(`as known on ${events[4]!.recordedAt.slice(0, 10)}`);
    // Left out of the sections above: the matrix holds the copy's holder, not the statements taken back.
    expect((await cells(tab)).map((c) => c.holder)).toEqual(['east']);
    await tab.close();
  });

  it('draws a long line\'s statements a hundred at a time, around the mark clicked, and names a reporter who holds no stance (a review of the timeline)', async () => {
    // 600 words of one holder on one issue, the 300th a third party's report; a band behind them (a clash with another).
    const said = (n: number) => ({
      type: 'statement-made',
      data: {
        holder: 'alder',
        issue: 'truce',
        kind: 'demand',
        polarity: '+',
        statedAt: `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        source: { quote: `alder word ${n}`, publisher: `P${n}` },
        ...(n === 300 ? { speaker: { name: 'Rep Minister', actor: 'rep' } } : {}),
      },
    });
    const { tab, events } = await opened(
      [
        { type: 'actor-registered', data: { id: 'rep', kind: 'state', name: 'Reporter State' } },
        ...Array.from({ length: 600 }, (_, n) => said(n)).filter((e) => e.data.statedAt < '2025-13'),
        { type: 'statement-made', data: { holder: 'birch', issue: 'truce', kind: 'reject', polarity: '-', statedAt: '2025-02-01', source: { quote: 'birch says no' } } },
      ],
      { title: 'Long line' },
    );
    const name = `#timeline-body .tl-row:has(.tl-mark) .who`;
    expect(await tab.$$eval(name, (els) => els.length)).toBe(2);
    await tab.focus(`${name} >> nth=0`);
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('#detail[open]');
    const shown = () => tab.$$eval('#detail-body blockquote', (els) => els.length);
    expect(await shown()).toBe(100);
    const later = '#detail-body .paged > button.more:last-child';
    expect(await tab.textContent(later)).toMatch(/^Show 100 later \(1 to 100 of \d+ shown\)$/);
    await tab.click(later);
    expect(await shown()).toBe(200);
    await tab.click('#detail-close');
    await tab.waitForSelector('#detail:not([open])', { state: 'attached' });
    // A mark in the middle: its page is around it, it is picked, and the heading stays in sight.
    const reported = events.find((e) => e.type === 'statement-made' && (e.data as { speaker?: unknown }).speaker !== undefined)!.id;
    // (Marks a few pixels apart overlap: the click is given to that mark itself.)
    await tab.dispatchEvent(`#timeline-body .tl-mark[data-statement="${reported}"]`, 'click');
    await tab.waitForSelector('#detail[open]');
    expect(await shown()).toBe(100);
    expect(await tab.$$eval('#detail-body blockquote.picked', (els) => els.map((e) => e.getAttribute('data-statement')))).toEqual([reported]);
    const inView = await tab.$eval('#detail-title', (h) => {
      const r = (h as unknown as { getBoundingClientRect(): { top: number; bottom: number } }).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
    });
    expect(inView).toBe(true);
    // The reporter holds no stance, and is named as the register names it.
    expect(visible(await tab.textContent(`#detail-body blockquote.picked cite`))).toContain('Rep Minister (for Reporter State)');
    await tab.click('#detail-close');
    await tab.waitForSelector('#detail:not([open])', { state: 'attached' });
    // A band is a contradiction's, the day's line nothing: neither opens the statements, and the line lets a click through.
    await tab.dispatchEvent('#timeline-body .tl-band >> nth=0', 'click');
    await tab.waitForTimeout(150);
    expect(await tab.$('#detail[open]')).toBeNull();
    expect(await tab.$eval('#timeline-body .tl-now', (e) => getComputedStyle(e).pointerEvents)).toBe('none');
  }, 90_000);

  it('marks each Monday on the timeline of a log of a few weeks, where a month\'s ticks would leave one label or none', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-20')], { title: 'Three weeks' });
    // 1 to 24 March 2025 (the axis runs four days past the last statement): its Mondays.
    expect(await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.map((s) => s.textContent))).toEqual(['Mar 3', 'Mar 10', 'Mar 17']);
  }, 60_000);

  it("marks the day of a log of one day by a tick that names it, under that day's marks and line (a review's finding)", async () => {
    const { tab } = await opened(
      [{ type: 'statement-made', data: { holder: 'greens', issue: 'transit-levy', kind: 'demand', polarity: '+', statedAt: '2025-03-02', source: { quote: 'a levy now' } } }],
      { title: 'One day' },
    );
    expect(await tab.textContent('#asof-day')).toBe('2025-03-02');
    // Centres, in pixels: the tick's label is centred on its place, the mark too, the line is 2 pixels wide.
    const centre = (selector: string) => tab.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      return (r.left + r.right) / 2;
    });
    const ticks = await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.map((s) => s.textContent));
    expect(ticks[0]).toBe('Mar 2');
    const tick = await centre('#timeline-body .tl-axis span:first-child');
    expect(Math.abs((await centre('#timeline-body .tl-mark')) - tick)).toBeLessThan(1.5);
    expect(Math.abs((await centre('#timeline-body .tl-now')) - tick)).toBeLessThan(1.5);
  }, 60_000);

  it('places a statement stated at a time of day at that instant, and one of a day at its middle, with its tick', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-02T20:00:00Z'), said('russia', '2025-03-03')], { title: 'Two days' });
    const centres = (selector: string) => tab.$$eval(selector, (es) => es.map((e) => {
      const r = e.getBoundingClientRect();
      return (r.left + r.right) / 2;
    }));
    const ticks = await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.map((s) => s.textContent));
    const tickCentres = await centres('#timeline-body .tl-axis span');
    const noon2 = tickCentres[ticks.indexOf('Mar 2')]!;
    const noon3 = tickCentres[ticks.indexOf('Mar 3')]!;
    // The ticks stand at noon of their days: 20:00 on March 2 is a third of the way from one to the next (it stood at
    // 08:00 on March 3, twelve hours late, past the middle).
    const [kyiv] = await centres('#timeline-body .tl-mark[title^="2025-03-02T20:00:00Z"]');
    expect(((kyiv! - noon2) / (noon3 - noon2)).toFixed(1)).toBe('0.3');
    const [moscow] = await centres('#timeline-body .tl-mark[title^="2025-03-03:"]');
    expect(Math.abs(moscow! - noon3)).toBeLessThan(1.5);
  }, 60_000);

  it('draws the day\'s line on the slider\'s day, a day with no statement too', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-05')], { title: 'Five days' });
    await tab.locator('#slider').fill('2'); // March 3: nothing was said that day
    expect(await tab.textContent('#asof-day')).toBe('2025-03-03');
    const centre = (selector: string) => tab.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      return (r.left + r.right) / 2;
    });
    const ticks = await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.map((s) => s.textContent));
    const tick = await centre(`#timeline-body .tl-axis span:nth-child(${ticks.indexOf('Mar 3') + 1})`);
    // It stood on March 1, the last day with a statement, while the header said March 3.
    expect(Math.abs((await centre('#timeline-body .tl-now')) - tick)).toBeLessThan(1.5);
  }, 60_000);

  it("names whose conditions each line of the graph's legend is, a name ending in s too", async () => {
    const { tab } = await opened(
      [
        { type: 'actor-registered', data: { id: 'liberals', kind: 'organisation', name: 'Liberals' } },
        { type: 'statement-made', data: { holder: 'liberals', issue: 'coalition', kind: 'condition', polarity: '+', conditions: [{ issue: 'tax-cut', polarity: '+' }], statedAt: '2025-03-02', source: { quote: 'no coalition without the tax cut' } } },
      ],
      { title: 'Legend' },
    );
    // It read "Liberals’s condition".
    expect(await tab.$$eval('#graph-legend > div', (lines) => lines[0]!.textContent)).toBe('conditions of Liberals');
  }, 60_000);

  it("says no condition was stated by the day shown rather than draw an empty graph, and draws the graph again on a day with one (a review's finding)", async () => {
    const said = (holder: string, issue: string, statedAt: string, conditions?: ReadonlyArray<{ issue: string; polarity: '+' | '-' }>) => ({
      type: 'statement-made',
      data: { holder, issue, kind: conditions ? 'condition' : 'demand', polarity: '+', statedAt, source: { quote: `${holder} on ${issue}` }, ...(conditions ? { conditions } : {}) },
    });
    const { tab } = await opened([said('greens', 'transit-levy', '2025-03-02')], { title: 'One day' });
    // No condition: a line of words, not an empty box of 460 pixels.
    expect(await tab.isVisible('#graph .graph-wrap')).toBe(false);
    expect(await tab.isVisible('#graph-none')).toBe(true);
    expect(await tab.textContent('#graph-none')).toBe('No conditions stated by this day.');
    expect(await tab.$eval('#graph', (e) => e.getBoundingClientRect().height)).toBeLessThan(150);

    // A condition stated on the second day: the graph is drawn on that day, words on the first, and drawn again after.
    const two = await opened([said('greens', 'transit-levy', '2025-03-02'), said('greens', 'school-budget', '2025-03-03', [{ issue: 'transit-levy', polarity: '+' }])], { title: 'Two days' });
    const drawn = async () => [await two.tab.isVisible('#graph-canvas'), await two.tab.isVisible('#graph-none')];
    expect(await drawn()).toEqual([true, false]);
    await two.tab.click('#prev');
    await two.tab.waitForFunction(() => document.body.getAttribute('data-day') === '2025-03-02');
    expect(await drawn()).toEqual([false, true]);
    await two.tab.click('#next');
    await two.tab.waitForFunction(() => document.body.getAttribute('data-day') === '2025-03-03');
    expect(await drawn()).toEqual([true, false]);
    expect(await two.tab.getAttribute('#graph-canvas', 'data-drawn-edges')).toBe('1');
    expect(await two.tab.$eval('#graph-canvas', (e) => e.getBoundingClientRect().height)).toBeGreaterThan(300);
  }, 60_000);

  it('labels a precondition that an issue not hold (−), and draws no edge for what sets a threat off', async () => {
    const said = (holder: string, issue: string, kind: string, conditions: ReadonlyArray<{ issue: string; polarity: '+' | '-' }>) => ({
      type: 'statement-made',
      data: { holder, issue, kind, polarity: '+', conditions, statedAt: '2025-05-16', source: { quote: `${holder} ${kind} on ${issue}` } },
    });
    const { tab, data } = await opened(
      [said('russia', 'peace-talks', 'condition', [{ issue: 'nato-membership', polarity: '-' }]), said('ukraine', 'sanctions', 'threat', [{ issue: 'ceasefire', polarity: '-' }])],
      { title: 'Labels' },
    );
    const russia = data.holders.find((h) => h.id === 'russia')?.name ?? 'russia';
    await tab.waitForSelector('#graph-canvas[data-condition-labels]', { state: 'attached' });
    expect(visible(await tab.getAttribute('#graph-canvas', 'data-condition-labels')).split('\n')).toEqual([`russia:nato-membership->peace-talks=${russia} (−)`]);
    // The threat's cell names what sets it off as a trigger; the precondition's names none.
    const titles = Object.fromEntries((await cells(tab)).map((c) => [c.holder, c.title]));
    expect(visible(titles['ukraine'] ?? '')).toContain('ceasefire - (trigger)');
    expect(titles['russia']).not.toContain('(trigger)');
    // Counted in words that agree with their numbers.
    expect(await tab.textContent('#summary')).toMatch(/^2 positions of 2 holders · 0 open contradictions/);
  }, 60_000);

  it("names the rule of a contradiction found by a rule of one's own, though its type is a name every object has", async () => {
    // Each opens one contradiction on the first statement: one named as Object's constructor, one plain, one described.
    const rule = (type: string, description?: string): ContradictionRule<{ done: boolean }> => ({
      type,
      version: '1',
      ...(description !== undefined ? { description } : {}),
      initial: () => ({ done: false }),
      onStatement: (ctx, state, entry, position) => {
        if (state.done) return;
        state.done = true;
        ctx.open({ type, key: position.key, issues: [position.issue], actors: [position.holder], since: { time: entry.validFrom, label: entry.label }, statements: [entry.id], summary: `${type} found` });
      },
    });
    const { tab } = await opened(
      [{ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } } }],
      { title: 'Rules of one\'s own', analysis: { extraRules: [rule('constructor'), rule('toString'), rule('quiet'), rule('described', 'a holder says no')] } },
    );
    const ruleLine = (type: string) => tab.textContent(`#contradictions-list li[data-id^="${type}:"] .c-rule`);
    expect(await ruleLine('constructor')).toBe('Rule: found by the rule constructor (not a built-in rule)');
    expect(await ruleLine('toString')).toBe('Rule: found by the rule toString (not a built-in rule)');
    expect(await ruleLine('quiet')).toBe('Rule: found by the rule quiet (not a built-in rule)');
    expect(await ruleLine('described')).toBe('Rule: a holder says no');
  }, 60_000);

  it('counts one of a kind in the singular', async () => {
    const { tab } = await opened(
      [
        { type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } } },
        { type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-20', source: { quote: 'a truce now' } } },
      ],
      { title: 'Singular' },
    );
    expect(await tab.textContent('#summary')).toMatch(/^1 position of 1 holder · 1 open contradiction\b/);
    const one = await opened([{ type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } } }], { title: 'One' });
    expect(await one.tab.textContent('footer')).toBe('Built by stancelog from 1 statement. Static page: no server, no network.');
  }, 60_000);

  it('says an empty log has no statements, and offers no day to move to or replay', async () => {
    const { tab } = await opened([], { title: 'Empty' });
    expect(await tab.textContent('#summary')).toBe('No statements in this report.');
    for (const control of ['#slider', '#prev', '#next', '#play']) expect(await tab.isDisabled(control)).toBe(true);
    // Each section says it has nothing, rather than stand blank; the controls look disabled.
    expect(await tab.$$eval('section .empty-note', (notes) => notes.map((n) => n.textContent))).toEqual([
      'No positions: the log holds no statements.',
      'No statements to draw.',
      'No preconditions: no statement sets a condition.',
      'No contradictions.',
      'No corrections: the log has withdrawn nothing.',
    ]);
    expect(await tab.$eval('#play', (b) => getComputedStyle(b).opacity)).toBe('0.45');
  }, 60_000);

  it('prints the whole matrix, the colours of the stances, dark header text and the day shown (a review of the report in Chromium)', async () => {
    const said = (holder: string, issue: string, polarity: '+' | '-') => ({
      type: 'statement-made',
      data: { holder, issue, kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt: '2025-05-16', source: { quote: `${holder} on ${issue}` } },
    });
    // Twelve issues: as many as fit a portrait page of A4 with room (more: print it landscape).
    const issues = Array.from({ length: 12 }, (_, i) => `issue-${String(i).padStart(2, '0')}`);
    const { tab } = await opened([...issues.map((i) => said('ukraine', i, '+')), ...issues.map((i) => said('russia', i, '-'))], { title: 'Printed' });
    await tab.emulateMedia({ media: 'print' });
    await tab.setViewportSize({ width: 700, height: 1000 });
    const look = await tab.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const header = style('header.top');
      const matrix = document.querySelector('table.matrix')!.getBoundingClientRect();
      return {
        headerBackground: header.backgroundColor,
        headerInk: header.color,
        day: style('#asof-day').display !== 'none' && style('#asof').display !== 'none',
        slider: style('#slider').display,
        scroll: style('.scroll').overflowX,
        colours: style('td.cell.has').printColorAdjust,
        // The matrix is drawn whole: no part of it is cut by a box that scrolls.
        clipped: [...document.querySelectorAll('.scroll')].some((box) => box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== 'visible'),
        fits: matrix.right <= 700,
      };
    });
    expect(look).toEqual({ headerBackground: 'rgba(0, 0, 0, 0)', headerInk: 'rgb(29, 35, 48)', day: true, slider: 'none', scroll: 'visible', colours: 'exact', clipped: false, fits: true });
    // On screen, as before.
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector('header.top')!).backgroundColor)).toBe('rgb(17, 24, 39)');
  }, 60_000);

  it('tells one who cannot see it what a cell and the graph show, and gives the graph the width of a phone', async () => {
    const wants = (holder: string, issue: string, first: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue, kind: 'condition', polarity: '+', conditions: [{ issue: first, polarity: '+' }], statedAt, source: { quote: `${first} first` } },
    });
    const { tab } = await opened([wants('ukraine', 'peace-talks', 'ceasefire', '2025-05-16'), wants('russia', 'ceasefire', 'peace-talks', '2025-05-18')], { title: 'Told' });
    // Its name was its sign and kind alone ("+ condition (if…) ⚡"): not whose, nor on what.
    expect(visible(await tab.getAttribute('td.cell[data-holder="ukraine"][data-issue="peace-talks"]', 'aria-label'))).toBe('ukraine on peace-talks: + condition, if ceasefire +, 1 open contradiction; open its history');
    const graph = visible(await tab.getAttribute('#graph-canvas', 'aria-label'));
    expect(await tab.getAttribute('#graph-canvas', 'role')).toBe('img');
    expect(graph).toMatch(/^Precondition graph: /);
    expect(graph).toContain('ukraine wants ceasefire (+) before peace-talks');
    expect(graph).toContain('russia wants peace-talks (+) before ceasefire');
    expect(graph).toMatch(/ Deadlocked: ceasefire, peace-talks\.$/);
    // At 375 pixels the legend goes under the graph, which keeps the width (it was left some 75 pixels).
    await tab.setViewportSize({ width: 375, height: 800 });
    expect((await tab.locator('#graph-canvas').boundingBox())!.width).toBeGreaterThan(250);
  }, 60_000);

  it('names the replay button by what it shows: Replay, then Stop while it plays', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-20')], { title: 'Replay' });
    // An aria-label said "replay the negotiation" while the button showed Stop.
    expect(await tab.getByRole('button', { name: 'Replay' }).count()).toBe(1);
    await tab.click('#play');
    expect(await tab.getByRole('button', { name: 'Stop' }).count()).toBe(1);
    await tab.click('#play');
  }, 60_000);

  it('keeps the slider and its buttons on screen in a narrow window (a phone)', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-20')], { title: 'Narrow' });
    await tab.setViewportSize({ width: 420, height: 800 });
    for (const control of ['#slider', '#play']) {
      const box = (await tab.locator(control).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(420);
    }
  }, 60_000);

  it("shows the timeline's tick labels apart, never overlapping, in a phone's width, thinned to every other or third, and all again when it widens", async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    // Ten days: a tick a day, thirteen labels.
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-10')], { title: 'Ten days' });
    const shown = () =>
      tab.$$eval('#timeline-body .tl-axis span', (spans) =>
        spans.filter((s) => getComputedStyle(s).visibility !== 'hidden').map((s) => {
          const r = s.getBoundingClientRect();
          return { text: s.textContent, left: r.left, right: r.right };
        }),
      );
    const apart = (labels: Array<{ left: number; right: number }>) => labels.every((l, i) => i === 0 || l.left > labels[i - 1]!.right);
    const all = await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.length);
    expect(all).toBeGreaterThanOrEqual(10);
    expect(await shown()).toHaveLength(all);
    await tab.setViewportSize({ width: 375, height: 800 });
    await tab.waitForTimeout(100);
    const narrow = await shown();
    // They overlapped (some 35 pixels a label, 20 apart): now fewer, the first kept, each apart from the one before.
    expect(apart(narrow)).toBe(true);
    expect(narrow.length).toBeLessThan(all);
    expect(narrow.length).toBeGreaterThanOrEqual(3);
    expect(narrow[0]!.text).toBe('Mar 1');
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.waitForTimeout(100);
    expect(await shown()).toHaveLength(all);
  }, 60_000);

  it('scrolls a section reached by a nav link below the sticky header, when a long title wraps the header too', async () => {
    const said = (holder: string, polarity: '+' | '-') => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt: '2025-05-16', source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '+'), said('russia', '-')], { title: `The talks on a ceasefire, ${'and on what follows it, '.repeat(6)}day by day` });
    // Low enough that the page scrolls the section up to where the nav link puts it.
    await tab.setViewportSize({ width: 1000, height: 360 });
    await tab.click('header.top nav >> text=Timeline');
    await tab.waitForTimeout(300);
    // Boxes relative to the viewport: where each is on screen after the scroll.
    const header = (await tab.locator('header.top').boundingBox())!;
    const section = (await tab.locator('#timeline').boundingBox())!;
    const [headerBottom, sectionTop, headerHeight] = [header.y + header.height, section.y, header.height];
    // The title wraps the header onto more rows than the 76 px the page once assumed.
    expect(headerHeight).toBeGreaterThan(76);
    expect(sectionTop).toBeGreaterThanOrEqual(headerBottom);
    expect(sectionTop).toBeLessThan(headerBottom + 40);
  }, 60_000);

  it('links a source only by a web address: a javascript: address from an article is shown, not made a link', async () => {
    const at = (holder: string, polarity: '+' | '-', url: string) => ({
      type: 'statement-made',
      recordedAt: '2025-05-17T09:00:00.000Z',
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt: '2025-05-16', source: { quote: `${holder} on a truce`, publisher: `${holder} wire`, url } },
    });
    const { tab } = await opened([at('ukraine', '+', 'https://news.example/kyiv'), at('russia', '-', "javascript:document.title='PWNED'")], { title: 'Links' });
    const links = await tab.$$eval('#contradictions-list a[href]', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([['ukraine wire', 'https://news.example/kyiv']]);
    expect(await tab.textContent('#contradictions-list')).toContain('russia wire');
    await tab.click('#contradictions-list li[data-id] >> text=russia wire');
    expect(await tab.title()).toBe('Links');
  }, 60_000);

  it('shows a retraction as the 0 it leaves and the stance it drops, on the timeline and among the evidence', async () => {
    const said = (holder: string, kind: string, polarity: string, statedAt: string, quote: string, speaker?: { name: string; actor: string }) => ({
      type: 'statement-made',
      recordedAt: '2026-09-01T09:00:00.000Z',
      data: { holder, issue: 'migration-cap', kind, polarity, statedAt, source: { quote }, ...(speaker ? { speaker } : {}) },
    });
    const { tab, events } = await opened(
      [
        said('greens', 'red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
        // A rival's report that the Greens dropped their veto, the day after: conflicting reports, whose evidence shows it.
        said('greens', 'retract', '-', '2026-06-11', 'Weber said the Greens had dropped their veto', { name: 'Jonas Weber', actor: 'centre-union' }),
        said('greens', 'retract', '-', '2026-08-05', 'the Greens no longer rule out an asylum ceiling'),
      ],
      { title: 'Retractions' },
    );
    // "the Greens no longer rule out a cap" is retract - (the polarity withdrawn): "- retract" read as a refusal.
    const ownRetraction = events.find((e) => e.type === 'statement-made' && e.data.statedAt === '2026-08-05')!.id;
    expect(await tab.getAttribute(`#timeline-body .tl-mark[data-statement="${ownRetraction}"]`, 'title')).toMatch(/^2026-08-05: 0 retract \(drops -\)\n/);
    const cards = await tab.textContent('#contradictions-list');
    expect(cards).toContain('2026-06-11 · 0 retract (drops -) · Jonas Weber');
    expect(cards).not.toContain('- retract');
  }, 60_000);

  it('draws a retraction of a stance not held as what it is, no drop: a faint ring that says it changed nothing, on the timeline and among the evidence', async () => {
    const said = (kind: string, polarity: string, statedAt: string, quote: string, speaker?: { name: string; actor: string }) => ({
      type: 'statement-made',
      recordedAt: '2026-09-01T09:00:00.000Z',
      data: { holder: 'greens', issue: 'migration-cap', kind, polarity, statedAt, source: { quote }, ...(speaker ? { speaker } : {}) },
    });
    const { tab, events, data } = await opened(
      [
        said('red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
        said('support', '+', '2026-07-01', 'a ceiling, if it is humane'),
        // After the turn to +: a rival's report that the Greens dropped their veto withdraws nothing (conflicting reports show it),
        said('retract', '-', '2026-07-05', 'Weber said the Greens had dropped their veto', { name: 'Jonas Weber', actor: 'centre-union' }),
        // and so does the Greens' own word, which settles that conflict; dropping the support they held withdraws it.
        said('retract', '-', '2026-07-20', 'the Greens no longer rule out an asylum ceiling'),
        said('retract', '+', '2026-08-05', 'no ceiling after all'),
      ],
      { title: 'Retractions of nothing' },
    );
    const id = (statedAt: string) => events.find((e) => e.type === 'statement-made' && e.data.statedAt === statedAt)!.id;
    expect([...data.withdrewNothing].sort()).toEqual([id('2026-07-05'), id('2026-07-20')].sort());
    const mark = async (statedAt: string) => {
      const selector = `#timeline-body .tl-mark[data-statement="${id(statedAt)}"]`;
      return { classes: (await tab.getAttribute(selector, 'class'))!.split(' '), title: (await tab.getAttribute(selector, 'title'))!, opacity: await tab.$eval(selector, (m) => getComputedStyle(m).opacity) };
    };
    for (const day of ['2026-07-05', '2026-07-20']) {
      const m = await mark(day);
      expect(m.classes).toContain('withdrew-nothing');
      expect(m.title).toMatch(new RegExp(`^${day}: 0 retract \\(of -, not held\\): it withdrew nothing, and changed no stance[ \n]`));
      // The rival's report is outweighed as well, by the Greens' support of days before: the tooltip says both.
      if (day === '2026-07-05') expect(m.classes).toContain('outweighed');
      expect(m.title).not.toContain('drops');
      expect(Number(m.opacity)).toBeLessThan(1);
    }
    // A retraction that withdrew the stance held is drawn as the drop it is.
    const drop = await mark('2026-08-05');
    expect(drop.classes).not.toContain('withdrew-nothing');
    expect(drop.classes).toContain('p-zero');
    expect(drop.title).toMatch(/^2026-08-05: 0 retract \(drops \+\)\n/);
    expect(Number(drop.opacity)).toBe(1);
    // The conflict's evidence, and the word that ended it, say it too.
    const cards = await tab.textContent('#contradictions-list');
    expect(cards).toContain('2026-07-05 · 0 retract (of -, not held) · Jonas Weber');
    expect(cards).toContain('2026-07-20 · 0 retract (of -, not held) · ');
    expect(cards).not.toContain('drops -');
  }, 60_000);

  it('shows what ended a resolved contradiction, quoted with its source, after the statements that began it', async () => {
    const said = (holder: string, kind: string, polarity: '+' | '-', statedAt: string, quote: string, publisher: string) => ({
      type: 'statement-made',
      recordedAt: '2026-08-02T09:00:00.000Z',
      data: { holder, issue: 'wealth-tax', kind, polarity, statedAt, source: { quote, publisher } },
    });
    const { tab, data } = await opened(
      [
        said('greens', 'demand', '+', '2026-06-10', 'a wealth tax is the price of our support', 'Daily'),
        said('liberals', 'red-line', '-', '2026-06-12', 'no new taxes on capital, ever', 'Herald'),
        said('liberals', 'accept', '+', '2026-08-01', 'we can live with a modest levy on the largest fortunes', 'Courier'),
      ],
      { title: 'Wealth tax' },
    );
    const present = frameViews(data, data.frames.length - 1);
    const clash = present.contradictions.find((c) => c.type === 'incompatible' && c.status === 'resolved')!;
    expect(data.statements[clash.resolvedBy!]?.quote).toBe('we can live with a modest levy on the largest fortunes');
    const card = `#contradictions-list li[data-id="${clash.id}"]`;
    expect(await tab.getAttribute(`${card} .ended-by [data-statement]`, 'data-statement')).toBe(clash.resolvedBy);
    const ended = await tab.textContent(`${card} .c-ended`);
    expect(ended).toContain('Ended on 2026-08-01 by');
    expect(ended).toContain('we can live with a modest levy on the largest fortunes');
    expect(ended).toContain('Courier');
    // The reversal it opened is open: nothing ended it.
    const reversal = present.contradictions.find((c) => c.type === 'reversal')!;
    expect(await tab.$$(`#contradictions-list li[data-id="${reversal.id}"] .c-ended`)).toHaveLength(0);
  }, 60_000);

  it("marks a contradiction that rests on a third party's account, by name, until the holder's own word sets that stance", async () => {
    const said = (holder: string, kind: string, polarity: '+' | '-', statedAt: string, quote: string, speaker?: { name: string; actor: string }) => ({
      type: 'statement-made',
      recordedAt: '2025-06-01T09:00:00.000Z',
      data: { holder, issue: 'territorial-concessions', kind, polarity, statedAt, source: { quote }, ...(speaker ? { speaker } : {}) },
    });
    const { tab, data } = await opened(
      [
        said('russia', 'demand', '+', '2025-05-16', 'Kyiv must give up the four regions'),
        said('ukraine', 'reject', '-', '2025-05-17', 'Kyiv will not cede land, the chancellor said', { name: 'Friedrich Merz', actor: 'germany' }),
        said('ukraine', 'red-line', '-', '2025-05-20', 'we will never recognise the occupation'),
      ],
      { title: 'On reports' },
    );
    const card = (await tab.$$('#contradictions-list li[data-id^="incompatible:"]'))[0]!;
    // On the last day Ukraine's own word stands: nothing rests on Germany's account.
    expect(await card.getAttribute('class')).not.toContain('on-reports');
    expect(await tab.$$('#contradictions-list .c-reported')).toHaveLength(0);
    const first = data.frames[0]!.day;
    await tab.locator('#slider').fill(String(Math.round((Date.parse('2025-05-17') - Date.parse(first)) / 86_400_000)));
    await tab.waitForFunction(() => document.body.getAttribute('data-frame') === '2025-05-17');
    const then = (await tab.$$('#contradictions-list li[data-id^="incompatible:"]'))[0]!;
    expect((await then.getAttribute('class'))!.split(' ')).toContain('on-reports');
    expect(visible(await then.$eval('.c-reported', (e) => e.textContent))).toBe('Rests on reports: ukraine on territorial-concessions as reported by germany');
  }, 60_000);

  it('orders statements by time, a week among days, dates timeline bands as of the day shown, and says which point in time the report is of', async () => {
    const said = (holder: string, polarity: '+' | '-', statedAt: string, quote: string, recordedAt = '2025-07-01T09:00:00.000Z') => ({
      type: 'statement-made',
      recordedAt,
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt, source: { quote } },
    });
    const { tab, events, data } = await opened(
      [
        said('alpha', '+', '2025-W20', 'alpha, week-dated and older'),
        said('alpha', '+', '2025-05-30', 'alpha, the newest'),
        said('beta', '-', '2025-04-01', 'beta against'),
        said('beta', '+', '2025-W16', 'beta for'),
        said('beta', '-', '2025-06-01', 'beta against again'),
        said('gamma', '-', '2025-05-20', 'gamma against'),
        // A quote that opens with its own mark is shown with no more marks.
        said('gamma', '+', '2025-06-10', '“gamma for,” its envoy said'),
        // Read late, an older word that turns the past makes a turn too: delta was for on 1 May and against on the 2nd
        // (the reversal rule's view, which the rings follow).
        said('delta', '-', '2025-05-02', 'delta against', '2025-05-03T09:00:00.000Z'),
        said('delta', '+', '2025-05-01', 'delta for, read late', '2025-05-04T09:00:00.000Z'),
      ],
      { title: 'Weeks', asOf: { validTime: '2025-06-30', recordedTime: '2025-07-02' } },
    );
    expect(await tab.getAttribute('td.cell[data-holder="alpha"][data-issue="ceasefire"]', 'title')).toContain('alpha, the newest');
    // beta turned twice, gamma and delta once: their own turns are rings on the timeline, as stancelog timeline marks them.
    const rings = await tab.$$eval('#timeline-body .tl-mark.reversal', (marks) => marks.map((m) => m.getAttribute('data-statement')));
    const turnQuotes = ['beta for', 'beta against again', '“gamma for,” its envoy said', 'delta against'];
    const turns = events.filter((e) => e.type === 'statement-made' && turnQuotes.includes(e.data.source.quote)).map((e) => e.id);
    expect(rings.sort()).toEqual(turns.sort());
    const cards = await tab.textContent('#contradictions-list');
    expect([cards?.includes('“gamma for,” its envoy said'), cards?.includes('““')]).toEqual([true, false]);
    expect(await tab.textContent('#summary')).toContain('report as of 2025-06-30, as known on 2025-07-02');
    // On 1 June, gamma's clash with alpha was open (it ended on the 10th): the timeline dates its band as of that day.
    const first = data.frames[0]!.day;
    await tab.locator('#slider').fill(String(Math.round((Date.parse('2025-06-01') - Date.parse(first)) / 86_400_000)));
    await tab.waitForFunction(() => document.body.getAttribute('data-frame') === '2025-06-01');
    const bands = await tab.$$eval('#timeline-body .tl-band', (els) => els.map((b) => `${b.getAttribute('data-id')} ${b.getAttribute('title')?.replace(/^.*\(/, '(')}`));
    expect(bands).toContain('incompatible:ceasefire:alpha~gamma (2025-05-20 – open)');
    expect(bands.some((b) => b.includes('2025-06-10'))).toBe(false);
  }, 60_000);

  it('keeps the page as wide as the window whatever the text: a long address, a word longer than its column', async () => {
    const said = (holder: string, polarity: '+' | '-', url: string) => ({
      type: 'statement-made',
      recordedAt: '2025-05-17T09:00:00.000Z',
      data: { holder, issue: 'territorial-guarantees', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt: '2025-05-16', source: { quote: `${holder} on guarantees`, url } },
    });
    const { tab } = await opened(
      [
        { type: 'issue-defined', data: { id: 'territorial-guarantees', title: 'Territorialintegritätsgarantiebestimmungen', proposition: 'x'.repeat(300) } },
        // No publisher or title: the address is the link's text, one word of 400 characters.
        said('ukraine', '+', `https://news.example/${'a'.repeat(400)}`),
        said('russia', '-', `javascript:${'b'.repeat(400)}`),
      ],
      { title: 'Wide' },
    );
    // An auto column of the page's grid took the width of the longest word, and the whole page scrolled sideways.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
    // The issue's name wraps inside its column instead of running over its neighbours.
    const heads = await tab.$$eval('table.matrix thead th', (ths) => ths.map((th) => th.scrollWidth - th.clientWidth));
    expect(Math.max(...heads)).toBeLessThanOrEqual(1);
  }, 60_000);

  it("breaks a column's heading and a timeline's name between words, whole on a wide page, and only a word longer than any column inside it (a review's finding)", async () => {
    const titles = ['Verkehrsabgabe', 'Koalitionsvertrag', 'Digitalisierung der Verwaltung', 'Steuersenkung für Unternehmen', 'Wohnungsbauförderung', 'Territorialintegritätsgarantiebestimmungen'];
    const holders = ['Freisinnige Zürich-Land', 'Sozialdemokratische Partei des Kantons Zürich-Land'];
    const { tab } = await opened(
      [
        ...holders.map((name, i) => ({ type: 'actor-registered', data: { id: `party-${i}`, kind: 'organisation', name } })),
        ...titles.map((title, i) => ({ type: 'issue-defined', data: { id: `issue-${i}`, title, proposition: `${title} holds` } })),
        ...titles.flatMap((_, i) =>
          holders.map((__, h) => ({ type: 'statement-made', data: { holder: `party-${h}`, issue: `issue-${i}`, kind: 'support', polarity: '+', statedAt: '2025-05-16', source: { quote: 'yes' } } })),
        ),
      ],
      { title: 'Words' },
    );
    // Each word of a text, with the number of lines it is drawn on and whether it shows whole in its box.
    const words = (selector: string) =>
      tab.$$eval(selector, (boxes) =>
        boxes.flatMap((box) => {
          const doc = (globalThis as any).document;
          const edges = box.getBoundingClientRect();
          const walker = doc.createTreeWalker(box, 4);
          const found: Array<{ word: string; lines: number; inside: boolean }> = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent as string).matchAll(/\S+/g)) {
              const range = doc.createRange();
              range.setStart(node, m.index!);
              range.setEnd(node, m.index! + m[0].length);
              const rects = [...range.getClientRects()] as Array<{ left: number; right: number }>;
              found.push({ word: m[0], lines: rects.length, inside: rects.every((r) => r.left >= edges.left - 0.5 && r.right <= edges.right + 0.5) });
            }
          }
          return found;
        }),
      );
    const headings = await words('table.matrix thead th span');
    const long = 'Territorialintegritätsgarantiebestimmungen';
    // At any letter, "Verkehrsabgabe" was broken in two on a page three quarters empty.
    expect(headings.filter((w) => w.word !== long)).toEqual(titles.slice(0, -1).flatMap((t) => t.split(' ')).map((word) => ({ word, lines: 1, inside: true })));
    // A word longer than any column should be breaks inside it, its column no wider than 18em.
    expect(headings.find((w) => w.word === long)!.lines).toBeGreaterThan(1);
    expect(await tab.$eval('table.matrix thead th:last-child', (th) => th.getBoundingClientRect().width)).toBeLessThanOrEqual(18 * 12 + 8);
    // A name in the timeline shows whole, between words if on more than a line: it read "Freisinnige Zürich-L…".
    const names = await words('#timeline-body .tl-row .who');
    expect(names.length).toBe(titles.length * holders.join(' ').split(' ').length);
    expect(names.filter((w) => w.lines !== 1 || !w.inside)).toEqual([]);
    // The timeline's names widen with the window, its axis with them: a tick stands under its day's marks.
    const centre = (selector: string) => tab.$eval(selector, (e) => (e.getBoundingClientRect().left + e.getBoundingClientRect().right) / 2);
    expect(Math.abs((await centre('#timeline-body .tl-mark')) - (await centre('#timeline-body .tl-axis span')))).toBeLessThan(1.5);
    expect(await tab.$eval('#timeline-body .tl-row .who', (e) => e.getBoundingClientRect().width)).toBe(200);
  }, 60_000);

  it("marks the log's text in the language the report is told (lang), for hyphenation and screen readers, the page's own words staying English", async () => {
    const events = [
      { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Grüne Aarwald' } },
      { type: 'issue-defined', data: { id: 'levy', title: 'Verkehrsabgabe', proposition: 'eine Abgabe auf den Verkehr' } },
      { type: 'statement-made', data: { holder: 'greens', issue: 'levy', kind: 'demand', polarity: '+', statedAt: '2025-05-16', source: { quote: 'Eine Abgabe jetzt' } } },
    ];
    const german = await opened(events, { title: 'Sprache', lang: 'de' });
    expect(await german.tab.getAttribute('html', 'lang')).toBe('en');
    const bdis = await german.tab.$$eval('#matrix-table bdi, #timeline-body bdi, #contradictions-list bdi', (els) => [...new Set(els.map((e) => e.getAttribute('lang')))]);
    expect(bdis).toEqual(['de']);
    const hyphens = (tab: Page) => tab.$$eval('table.matrix thead th bdi, #timeline-body .who bdi', (els) => [...new Set(els.map((e) => (getComputedStyle(e) as unknown as { hyphens: string }).hyphens))]);
    expect(await hyphens(german.tab)).toEqual(['auto']);
    // Unless told, the log's text is not hyphenated: English rules broke German words wrongly.
    const untold = await opened(events, { title: 'Sprache' });
    expect(await untold.tab.$$eval('bdi[lang]', (els) => els.length)).toBe(0);
    expect(await hyphens(untold.tab)).toEqual(['manual']);
    // A tag, checked as the other options are.
    const wrong = await buildReport([], { outDir: join(tmpdir(), 'stancelog-never-written'), lang: 'German' });
    expect(wrong._tag === 'Left' && wrong.left.message).toBe('buildReport: lang: expected a language tag, such as de or fr-CH, got "German"');
  }, 60_000);

  it('draws every condition of the graph, that of a holder named "part" on an issue and its sub-issue too', async () => {
    const { tab } = await opened(
      [
        { type: 'issue-defined', data: { id: 'talks', title: 'Talks', proposition: 'the sides talk' } },
        { type: 'issue-defined', data: { id: 'sub', title: 'Sub-issue', proposition: 'a point of the talks', parent: 'talks' } },
        { type: 'statement-made', data: { holder: 'part', issue: 'sub', kind: 'condition', polarity: '+', conditions: [{ issue: 'talks', polarity: '+' }], statedAt: '2025-05-16', source: { quote: 'talks first' } } },
      ],
      { title: 'Part' },
    );
    // The link from the issue to its sub-issue, and part's condition between the same two: their ids were both "part:talks->sub".
    expect(visible(await tab.getAttribute('#graph-canvas', 'data-condition-labels'))).toBe('part:talks->sub=part (+)');
    expect(await tab.getAttribute('#graph-canvas', 'data-drawn-edges')).toBe('2');
  }, 60_000);

  it('titles a contradiction with the names the rest of its card uses, and counts its statements in words', async () => {
    const said = (holder: string, issue: string, kind: string, polarity: '+' | '-', statedAt: string, quote: string) => ({
      type: 'statement-made',
      data: { holder, issue, kind, polarity, statedAt, source: { quote, publisher: 'Harbour Times' } },
    });
    const { tab, data } = await opened(
      [
        { type: 'actor-registered', data: { id: 'pacific-compact', kind: 'bloc', name: 'Pacific Compact' } },
        { type: 'actor-registered', data: { id: 'atlantic-union', kind: 'bloc', name: 'Atlantic Union' } },
        { type: 'issue-defined', data: { id: 'dispute-body', title: 'Dispute body', proposition: 'a binding dispute-settlement body is set up' } },
        said('pacific-compact', 'dispute-body', 'reject', '-', '2026-02-02', 'no foreign referee'),
        said('pacific-compact', 'dispute-body', 'accept', '+', '2026-04-14', 'we accept the panel'),
        said('atlantic-union', 'dispute-body', 'red-line', '-', '2026-04-20', 'the Union will not be bound by a panel'),
      ],
      { title: 'Names' },
    );
    const present = frameViews(data, data.frames.length - 1);
    const card = (type: string) => `#contradictions-list li[data-id="${present.contradictions.find((c) => c.type === type)!.id}"]`;
    // Core's summary names ids; the card, its actors and issues line as the rest of the page, names them.
    expect(present.contradictions.find((c) => c.type === 'reversal')!.summary).toBe('pacific-compact went from reject (-) to accept (+) on dispute-body');
    expect(visible(await tab.textContent(`${card('reversal')} .c-summary`))).toBe('Pacific Compact went from reject (-) to accept (+) on Dispute body');
    expect(visible(await tab.textContent(`${card('incompatible')} .c-summary`))).toBe('Atlantic Union red-line Dispute body (-) against Pacific Compact accept Dispute body (+)');
    expect(visible(await tab.textContent(`${card('reversal')} .c-meta`))).toContain('actors: Pacific Compact · 2 statements · id reversal:pacific-compact:dispute-body');
    // The timeline's band of the contradiction is titled alike.
    const bands = await tab.$$eval('#timeline-body .tl-band', (els) => els.map((b) => b.getAttribute('title')));
    expect(bands.map(visible)).toContain('reversal: Pacific Compact went from reject (-) to accept (+) on Dispute body (2026-04-14 – open)');
    // One of a kind in the singular: a history's statements and sources, a cell's open contradictions.
    const cell = 'td.cell[data-holder="atlantic-union"][data-issue="dispute-body"]';
    expect(await tab.getAttribute(cell, 'title')).toMatch(/\n1 open contradiction$/);
    await tab.click(cell);
    await tab.waitForSelector('#detail[open]');
    expect(await tab.textContent('#detail-body .c-meta')).toContain('; 1 statement from 1 source');
    expect(await tab.textContent('#contradictions-list')).not.toMatch(/\(s\)/);
  }, 60_000);

  it('keeps a right-to-left mark a name leaves open inside that name, in words, titles and the history alike', async () => {
    // A name that opens a right-to-left override (U+202E) and never closes it turned the rest of each line around it.
    const rtl = '\u202Eمرحبا open';
    const { tab } = await opened(
      [
        { type: 'actor-registered', data: { id: 'rtl', kind: 'state', name: rtl } },
        { type: 'issue-defined', data: { id: 'dispute-body', title: `${rtl} body`, proposition: `${rtl} proposition` } },
        { type: 'statement-made', data: { holder: 'rtl', issue: 'dispute-body', kind: 'reject', polarity: '-', statedAt: '2026-02-02', source: { quote: 'no' } } },
        { type: 'statement-made', data: { holder: 'atlantic-union', issue: 'dispute-body', kind: 'demand', polarity: '+', statedAt: '2026-02-03', source: { quote: 'yes' } } },
      ],
      { title: 'Right to left' },
    );
    const isolatedName = `\u2068${rtl}\u2069`;
    const card = '#contradictions-list li[data-id^="incompatible:"]';
    // In a contradiction's card, each name is a <bdi> of its own.
    expect(await tab.$$eval(`${card} .c-summary bdi`, (els) => els.map((e) => e.textContent))).toContain(rtl);
    expect(await tab.textContent(`${card} .c-meta`)).toContain(`actors: atlantic-union, ${rtl} · `);
    expect(await tab.$$eval(`${card} .c-meta bdi`, (els) => els.map((e) => e.textContent))).toEqual([`${rtl} body`, 'atlantic-union', rtl]);
    const cell = 'td.cell[data-holder="rtl"][data-issue="dispute-body"]';
    expect((await tab.getAttribute(cell, 'title'))!.split('\n')[0]).toBe(`${isolatedName} on \u2068${rtl} body\u2069: - reject since 2026-02-02`);
    // Elements: each name in a <bdi> of its own, the column's heading and the timeline's issue too.
    expect(await tab.$eval('table.matrix thead th:last-child span', (e) => e.firstElementChild?.tagName)).toBe('BDI');
    expect(await tab.$$eval('.tl-issue h3 bdi', (els) => els.map((e) => e.textContent))).toEqual([`${rtl} body`, `${rtl} proposition`]);
    await tab.click(cell);
    await tab.waitForSelector('#detail[open]');
    expect(await tab.$$eval('#detail-body h3 bdi', (els) => els.map((e) => e.textContent))).toEqual([rtl, `${rtl} body`]);
    // The dialog is named by its heading.
    expect(await tab.$eval('#detail', (d) => document.getElementById(d.getAttribute('aria-labelledby')!)?.textContent)).toBe(`${rtl} on ${rtl} body`);
  }, 60_000);

  it("names holders and issues in a contradiction's card in <bdi> elements, not between isolating marks, which came along unseen in text copied from it; a right-to-left mark a name leaves open still turns nothing around it (a review's finding)", async () => {
    // A name that opens a right-to-left override (U+202E) and never closes it.
    const rtl = '\u202Eمرحبا open';
    const said = (holder: string, kind: string, polarity: '+' | '-', statedAt: string, speaker?: { name: string; actor: string }) => ({
      type: 'statement-made',
      recordedAt: '2026-03-01T09:00:00.000Z',
      data: { holder, issue: 'dispute-body', kind, polarity, statedAt, source: { quote: `${holder} on the body` }, ...(speaker ? { speaker } : {}) },
    });
    const { tab } = await opened(
      [
        { type: 'actor-registered', data: { id: 'rtl', kind: 'state', name: rtl } },
        { type: 'actor-registered', data: { id: 'germany', kind: 'state', name: 'Germany' } },
        { type: 'issue-defined', data: { id: 'dispute-body', title: 'Dispute body', proposition: 'a body settles disputes' } },
        said('atlantic-union', 'demand', '+', '2026-02-02'),
        // The right-to-left name's stance as a third party reported it: the card says it rests on that report.
        said('rtl', 'reject', '-', '2026-02-03', { name: 'Friedrich Merz', actor: 'germany' }),
      ],
      { title: 'Copied' },
    );
    const card = '#contradictions-list li[data-id^="incompatible:"]';
    // What a reader copies from the card (innerText is what the clipboard gets): the names, with no mark around them.
    const copied = await tab.$eval(card, (li) => (li as unknown as { innerText: string }).innerText);
    expect(copied).toContain(`against ${rtl}`);
    expect(copied).toContain(`actors: atlantic-union, ${rtl} · 2 statements`);
    expect(copied).toContain(`Rests on reports: ${rtl} on Dispute body as reported by Germany`);
    expect(copied).not.toMatch(/[\u2066-\u2069]/);
    expect(await tab.$$eval(`${card} :is(.c-summary, .c-meta, .c-reported) bdi`, (els) => els.map((e) => e.textContent))).toEqual([
      // The summary's names (an id with no name of its own, atlantic-union, is left as core wrote it: an id is plain
      // letters), the line of issues and actors, and the reports'.
      'Dispute body', rtl, 'Dispute body',
      'Dispute body', 'atlantic-union', rtl,
      rtl, 'Dispute body', 'Germany',
    ]);
    // Each of the card's own words around the names is drawn left to right, after the name before it: the override
    // stays inside its name (without it the rest of the line was drawn backwards).
    const backwards = await tab.$eval(card, (li) => {
      const doc = (globalThis as any).document;
      const turned: string[] = [];
      for (const line of li.querySelectorAll('.c-summary, .c-meta, .c-reported')) {
        const walker = doc.createTreeWalker(line, 4);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement.tagName === 'BDI') continue;
          for (const m of (node.textContent as string).matchAll(/[A-Za-z]{2,}/g)) {
            const char = (i: number) => {
              const range = doc.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return range.getBoundingClientRect().left as number;
            };
            if (char(m.index!) >= char(m.index! + m[0].length - 1)) turned.push(m[0]);
          }
        }
      }
      return turned;
    });
    expect(backwards).toEqual([]);
  }, 60_000);

  it('draws the issues conditions name, and links a sub-issue to its issue only when both are drawn', async () => {
    const issue = (id: string, title: string, parent?: string) => ({ type: 'issue-defined', data: { id, title, proposition: title, ...(parent ? { parent } : {}) } });
    const wants = (holder: string, issueId: string, condition: string) => ({
      type: 'statement-made',
      data: { holder, issue: issueId, kind: 'condition', polarity: '+', conditions: [{ issue: condition, polarity: '+' }], statedAt: '2026-04-14', source: { quote: `${holder}: ${condition} first` } },
    });
    const { tab } = await opened(
      [
        issue('trade-deal', 'Trade deal'),
        issue('steel-tariffs', 'Steel tariffs', 'trade-deal'),
        issue('auto-quotas', 'Car quotas', 'trade-deal'),
        issue('dispute-body', 'Dispute body', 'trade-deal'),
        issue('digital-tax', 'Digital tax'),
        wants('atlantic-union', 'trade-deal', 'digital-tax'),
        wants('pacific-compact', 'dispute-body', 'auto-quotas'),
        // Steel is stated on, but no condition names it.
        { type: 'statement-made', data: { holder: 'pacific-compact', issue: 'steel-tariffs', kind: 'demand', polarity: '+', statedAt: '2026-04-14', source: { quote: 'lift the steel duties' } } },
      ],
      { title: 'Sub-issues' },
    );
    await tab.waitForSelector('#graph-canvas[data-nodes]', { state: 'attached' });
    expect((await tab.getAttribute('#graph-canvas', 'data-nodes'))!.split(' ')).toEqual(['auto-quotas', 'digital-tax', 'dispute-body', 'trade-deal']);
    expect((await tab.getAttribute('#graph-canvas', 'data-sub-issue-links'))!.split(' ').sort()).toEqual(['part:trade-deal->auto-quotas', 'part:trade-deal->dispute-body']);
  }, 60_000);

  it('marks a timeline of centuries by a dozen ticks at most, and places the dates of the years 0 to 99 in them', async () => {
    const said = (holder: string, polarity: '+' | '-', statedAt: string) => ({
      type: 'statement-made',
      recordedAt: '2025-05-17T09:00:00.000Z',
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt, source: { quote: `${holder} in ${statedAt}` } },
    });
    // A year typed 9999 for 2025 drew a tick a month: 97,000 of them, and each move of the slider took 10 seconds.
    const far = await opened([said('ukraine', '+', '0001-01-01'), said('russia', '-', '9999-12-31')], { title: 'Far' });
    const ticks = await far.tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.map((s) => s.textContent));
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.length).toBeLessThanOrEqual(15);
    // Date.UTC reads the year 50 as 1950: a week of the year 50 was drawn nineteen centuries on.
    const { tab, events } = await opened([said('ukraine', '+', '0050-W10'), said('russia', '-', '0050-03-20')], { title: 'Year 50' });
    const left = async (statedAt: string) => {
      const id = events.find((e) => e.type === 'statement-made' && e.data.statedAt === statedAt)!.id;
      return parseFloat((await tab.getAttribute(`#timeline-body .tl-mark[data-statement="${id}"]`, 'style'))!.replace(/^left:\s*/, ''));
    };
    const [week, day] = [await left('0050-W10'), await left('0050-03-20')];
    // Week 10 of the year 50 begins on 7 March, 13 days before the 20th: the timeline runs 17 days (to 4 days past the last).
    expect(day - week).toBeCloseTo((13 / 17) * 100, 0);
    expect(await tab.$$eval('#timeline-body .tl-axis span', (spans) => spans.length)).toBeGreaterThan(0);
  }, 60_000);

  it('places a statement stated at a time with an offset on the day the analysis counts it, and says no day was left out', async () => {
    const said = (holder: string, polarity: '+' | '-', statedAt: string) => ({
      type: 'statement-made',
      recordedAt: '2025-05-25T09:00:00.000Z',
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'reject', polarity, statedAt, source: { quote: `${holder} at ${statedAt}` } },
    });
    // 23:30 in New York on the 20th is 04:30 on the 21st in UTC, the day its frame is of.
    const { tab, data, events } = await opened([said('ukraine', '+', '2025-05-16'), said('russia', '-', '2025-05-20T23:30:00-05:00')], { title: 'Offsets' });
    expect(data.frames.map((f) => f.day)).toEqual(['2025-05-16', '2025-05-21']);
    await tab.locator('#slider').fill('4');
    await tab.waitForFunction(() => document.body.getAttribute('data-day') === '2025-05-20');
    // Every frame was kept: the 20th shows the 16th's frame, and rightly so (it once said a day had been left out).
    expect(await tab.textContent('#asof-day')).toBe('2025-05-20');
    const late = events.find((e) => e.type === 'statement-made' && e.data.holder === 'russia')!.id;
    expect(await tab.getAttribute(`#timeline-body .tl-mark[data-statement="${late}"]`, 'class')).toContain('future');
  }, 60_000);

  it('lists contradictions a hundred at a time, open ones first, and shows more on request', async () => {
    const said = (holder: string, polarity: '+' | '-') => ({
      type: 'statement-made',
      recordedAt: '2025-05-17T09:00:00.000Z',
      data: { holder, issue: 'ceasefire', kind: polarity === '+' ? 'demand' : 'red-line', polarity, statedAt: '2025-05-16', source: { quote: `${holder} on a truce` } },
    });
    // Eleven holders for, eleven against: 121 pairs at odds.
    const holders = (side: string) => Array.from({ length: 11 }, (_, i) => `${side}-${String(i).padStart(2, '0')}`);
    // And a twelfth against, two days later: 132 pairs then.
    const later = { ...said('against-11', '-'), data: { ...said('against-11', '-').data, statedAt: '2025-05-18' } };
    const { tab } = await opened([...holders('for').map((h) => said(h, '+')), ...holders('against').map((h) => said(h, '-')), later], { title: 'Many' });
    expect(await tab.textContent('#contradictions-count')).toBe('132 open, 0 resolved');
    expect(await tab.$$eval('#contradictions-list li[data-id]', (lis) => lis.length)).toBe(100);
    expect(await tab.textContent('#contradictions-more')).toBe('Show 32 more (100 of 132 shown)');
    // The cards drawn stay as they are: the next page is added after them, not the whole list drawn again.
    await tab.$eval('#contradictions-list li[data-id]', (li) => li.setAttribute('data-drawn-before', 'yes'));
    await tab.click('#contradictions-more');
    expect(await tab.$$eval('#contradictions-list li[data-id]', (lis) => lis.length)).toBe(132);
    expect(await tab.getAttribute('#contradictions-list li[data-id]', 'data-drawn-before')).toBe('yes');
    expect(await tab.isHidden('#contradictions-more')).toBe(true);
    // Another day's list starts at its first page again.
    await tab.focus('#slider');
    await tab.keyboard.press('Home');
    await tab.waitForFunction(() => document.body.getAttribute('data-day') === '2025-05-16');
    expect(await tab.$$eval('#contradictions-list li[data-id]', (lis) => lis.length)).toBe(100);
    expect(await tab.textContent('#contradictions-more')).toBe('Show 21 more (100 of 121 shown)');
  }, 60_000);

  it('keeps a right-to-left mark left open in a quote or a speaker\'s name inside it: the source and the quote marks stay in place', async () => {
    const { tab, events } = await opened(
      [
        {
          type: 'statement-made',
          data: { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-05-16', speaker: { name: '\u202eEnvoy X' }, source: { quote: 'a truce \u202enow', publisher: 'Reuters', url: 'https://reuters.example/a' } },
        },
        { type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce', publisher: 'TASS' } } },
      ],
      { title: 'Right to left' },
    );
    const id = events.find((e) => e.type === 'statement-made' && e.data.holder === 'ukraine')!.id;
    // Where each piece of text is drawn, left to right: the speaker's name (drawn reversed) before the source, the quote before its closing mark.
    const place = await tab.$eval(`#contradictions-list blockquote[data-statement="${id}"]`, (quote) => {
      const box = (text: string) => {
        const walker = (quote.ownerDocument as any).createTreeWalker(quote, 4);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent as string).indexOf(text);
          if (at < 0) continue;
          const range = (quote.ownerDocument as any).createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          return range.getBoundingClientRect() as { left: number; right: number };
        }
        throw new Error(`no ${text}`);
      };
      return { speaker: box('Envoy X').right, source: box('Reuters').left, now: box('now').right, closing: box('”').left };
    });
    expect(place.source).toBeGreaterThanOrEqual(place.speaker);
    expect(place.closing).toBeGreaterThanOrEqual(place.now);
  }, 60_000);

  it('draws the sign of each stance dark enough to read on its cell, soft or firm (a contrast of 4.5:1 at least)', async () => {
    const said = (holder: string, kind: string, polarity: string) => ({
      type: 'statement-made',
      recordedAt: '2025-05-17T09:00:00.000Z',
      data: { holder, issue: 'ceasefire', kind, polarity, statedAt: '2025-05-16', source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened(
      [said('a-firm-for', 'demand', '+'), said('b-soft-for', 'support', '+'), said('c-firm-against', 'red-line', '-'), said('d-soft-against', 'reject', '-'), said('e-open', 'hedge', '0')],
      { title: 'Contrast' },
    );
    const ratios = await tab.$$eval('#matrix-table td.cell.has', (tds) => {
      const rgb = (colour: string) => colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      return tds.map((td) => {
        const [sign, cell] = [luminance(getComputedStyle(td.querySelector('.sign')!).color), luminance(getComputedStyle(td).backgroundColor)];
        return [td.getAttribute('data-holder'), (Math.max(sign, cell) + 0.05) / (Math.min(sign, cell) + 0.05)] as const;
      });
    });
    expect(ratios).toHaveLength(5);
    for (const [, ratio] of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
  }, 60_000);

  it('draws the sign of every timeline mark legible on its fill, own word, report or outweighed (3:1 at least, as a graphic; they were faded to 1.3:1)', async () => {
    const said = (kind: string, polarity: string, statedAt: string, speaker?: { name: string; actor: string }) => ({
      type: 'statement-made',
      recordedAt: '2025-09-01T09:00:00.000Z',
      data: { holder: 'russia', issue: 'ceasefire', kind, polarity, statedAt, ...(speaker ? { speaker } : {}), source: { quote: `a truce, ${statedAt}` } },
    });
    const merz = { name: 'Friedrich Merz', actor: 'germany' };
    const { tab, data } = await opened(
      [
        said('demand', '+', '2025-05-01'),
        // A report of the other stance within days of the holder's own word: outweighed.
        said('reject', '-', '2025-05-03', merz),
        said('reject', '-', '2025-07-01'),
        // A report that agrees, months later: reported, not outweighed.
        said('reject', '-', '2025-08-20', merz),
      ],
      { title: 'Marks' },
    );
    expect(data.outweighed.length).toBeGreaterThan(0);
    const marks = await tab.$$eval('#timeline-body .tl-mark', (all) => {
      const rgb = (colour: string) => colour.match(/\d+(\.\d+)?/g)!.slice(0, 4).map(Number);
      // Over the page's white, through the opacities of the mark and what holds it.
      const seen = (colour: string, opacity: number) => {
        const [r, g, b, a = 1] = rgb(colour);
        return [r!, g!, b!].map((c) => opacity * a * c + (1 - opacity * a) * 255);
      };
      const luminance = (c: number[]) => {
        const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      return all
        .filter((m) => getComputedStyle(m, '::after').content !== 'none' && !m.classList.contains('future'))
        .map((m) => {
          let opacity = 1;
          for (let e = m as { parentElement: unknown } | null; e; e = e.parentElement as typeof e) opacity *= Number(getComputedStyle(e).opacity);
          const [sign, fill] = [luminance(seen(getComputedStyle(m, '::after').color, opacity)), luminance(seen(getComputedStyle(m).backgroundColor, opacity))];
          return { classes: m.className, ratio: (Math.max(sign, fill) + 0.05) / (Math.min(sign, fill) + 0.05) };
        });
    });
    expect(marks.some((m) => m.classes.includes('outweighed'))).toBe(true);
    expect(marks.some((m) => m.classes.includes('reported') && !m.classes.includes('outweighed'))).toBe(true);
    for (const m of marks) expect([m.classes, m.ratio >= 3]).toEqual([m.classes, true]);
  }, 60_000);

  it('draws every text at a contrast of 4.5:1 at least: the count of open contradictions on each colour of cell, and a resolved contradiction\'s dates, speakers and links (a review found 2.5:1 to 4.4:1)', async () => {
    const said = (holder: string, issue: string, kind: string, polarity: string, statedAt: string, more: object = {}) => ({
      type: 'statement-made',
      recordedAt: '2025-06-01T09:00:00.000Z',
      data: { holder, issue, kind, polarity, statedAt, source: { quote: `${holder} on ${issue}`, publisher: 'Harbour Times', title: 'Talks resume', url: 'https://news.example/talks' }, ...more },
    });
    const envoy = { speaker: { name: 'Mira Keller' } };
    const { tab } = await opened(
      [
        // At odds on the ceasefire, a cell of each colour: firm and soft, for and against.
        said('a-firm-for', 'ceasefire', 'demand', '+', '2025-05-01'),
        said('b-firm-against', 'ceasefire', 'red-line', '-', '2025-05-01'),
        said('c-soft-for', 'ceasefire', 'support', '+', '2025-05-02'),
        said('d-soft-against', 'ceasefire', 'reject', '-', '2025-05-02'),
        // Conditions in a cycle: the deadlock is e's on talks too, where e hedges.
        said('e-hedging', 'prisoners', 'condition', '+', '2025-05-03', { conditions: [{ issue: 'talks', polarity: '+' }] }),
        said('f-conditions', 'talks', 'condition', '+', '2025-05-03', { conditions: [{ issue: 'prisoners', polarity: '+' }] }),
        said('e-hedging', 'talks', 'hedge', '0', '2025-05-04'),
        // A turn and a turn back: a resolved reversal, its statements quoted with a speaker and a linked source.
        said('g-turning', 'exchange', 'demand', '+', '2025-05-05', envoy),
        said('g-turning', 'exchange', 'reject', '-', '2025-05-10', envoy),
        said('g-turning', 'exchange', 'demand', '+', '2025-05-20', envoy),
      ],
      { title: 'Contrast of every text' },
    );
    const flagged = await tab.$$eval('#matrix-table td.cell:has(.flag-contra)', (tds) => tds.map((td) => getComputedStyle(td).backgroundColor));
    expect(new Set(flagged).size).toBe(5);
    expect(await tab.$$eval('#contradictions-list li.resolved[data-id] cite a', (links) => links.length)).toBeGreaterThan(0);
    expect(await tab.$$eval('#matrix-table td.cell:not(.has)', (tds) => tds.length)).toBeGreaterThan(0);
    expect(await lowContrastTexts(tab)).toEqual([]);
    // A history too, in its dialog.
    await tab.click('td.cell[data-holder="g-turning"][data-issue="exchange"]');
    await tab.waitForSelector('#detail[open]');
    expect(await lowContrastTexts(tab)).toEqual([]);
    // Resolved and open are told apart by more than colour: each says which it is.
    const badges = await tab.$$eval('#contradictions-list li[data-id]', (lis) => lis.map((li) => `${li.getAttribute('data-status')}: ${li.querySelector('.badge:not(:first-child)')!.textContent}`));
    expect(badges).toContain('resolved: resolved 2025-05-20');
    expect(badges.filter((b) => b.startsWith('open: ')).every((b) => b === 'open: open')).toBe(true);
  }, 60_000);

  it('tells a screen reader the slider\'s day, not its number of days since the first', async () => {
    const said = (holder: string, statedAt: string) => ({
      type: 'statement-made',
      data: { holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on a truce` } },
    });
    const { tab } = await opened([said('ukraine', '2025-03-01'), said('russia', '2025-03-20')], { title: 'Slider' });
    expect(await tab.getAttribute('#slider', 'aria-valuetext')).toBe('2025-03-20');
    await tab.focus('#slider');
    await tab.keyboard.press('ArrowLeft');
    await tab.waitForFunction(() => document.body.getAttribute('data-day') === '2025-03-19');
    expect(await tab.getAttribute('#slider', 'aria-valuetext')).toBe('2025-03-19');
  }, 60_000);

  /**
   * A log of `holders` on `issues` (some of them sub-issues), its stances turning now and then, with conditions
   * that close cycles, third parties' reports, weeks and months for dates, and, when `late`, statements of earlier
   * days read after later ones: what the page must replay the same as the analysis does.
   */
  function generatedLog(seed: number, { holders, issues, statements, days, late }: { holders: number; issues: number; statements: number; days: number; late: boolean }) {
    let state = seed;
    const rnd = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T,>(list: ReadonlyArray<T>): T => list[Math.floor(rnd() * list.length)]!;
    const out: unknown[] = [];
    for (let i = 0; i < issues; i++) out.push({ type: 'issue-defined', data: { id: `issue-${i}`, title: `Issue ${i}`, proposition: `issue ${i} holds`, ...(i % 4 === 3 ? { parent: `issue-${i - 1}` } : {}) } });
    const kinds = { '+': ['demand', 'propose', 'accept', 'support', 'condition'], '-': ['reject', 'red-line'], '0': ['hedge'] } as const;
    const stance = new Map<string, '+' | '-' | '0'>();
    for (let n = 0; n < statements; n++) {
      const holder = `holder-${Math.floor(rnd() * holders)}`;
      const issue = Math.floor(rnd() * issues);
      const key = `${holder} ${issue}`;
      if (!stance.has(key) || rnd() < 0.12) stance.set(key, pick(['+', '+', '-', '0'] as const));
      const polarity = stance.get(key)!;
      const kind = pick(kinds[polarity]);
      let day = Math.floor((n / statements) * days);
      if (late && rnd() < 0.1) day = Math.max(0, day - 1 - Math.floor(rnd() * 10));
      const date = new Date(Date.UTC(2025, 0, 6 + day)).toISOString().slice(0, 10);
      const r = rnd();
      const statedAt = r < 0.03 ? date.slice(0, 7) : r < 0.06 ? `2025-W${String(2 + Math.floor(day / 7)).padStart(2, '0')}` : date;
      out.push({
        type: 'statement-made',
        data: {
          holder,
          issue: `issue-${issue}`,
          kind,
          polarity,
          statedAt,
          ...(kind === 'condition' || (polarity === '-' && rnd() < 0.1) ? { conditions: [{ issue: `issue-${(issue + 1 + Math.floor(rnd() * 2)) % issues}`, polarity: pick(['+', '-'] as const) }] } : {}),
          ...(rnd() < 0.15 ? { speaker: { name: `Envoy ${n % 5}`, actor: `holder-${(Number(holder.slice(7)) + 1) % holders}` } } : {}),
          source: { quote: `statement ${n}`, publisher: `Wire ${Math.floor(rnd() * 3)}` },
        },
      });
    }
    return out;
  }

  it('computes each frame from the stored versions as the analysis gives it on that day, and shows it', async () => {
    const demo = (await demoEvents()).map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt }));
    const logs: Array<[string, ReadonlyArray<unknown>, number | undefined]> = [
      ['the Ukraine demo', demo, undefined],
      ['in order', generatedLog(11, { holders: 6, issues: 8, statements: 400, days: 70, late: false }), undefined],
      ['read late, days sampled', generatedLog(29, { holders: 5, issues: 6, statements: 300, days: 90, late: true }), 25],
    ];
    for (const [title, log, maxFrames] of logs) {
      const { tab, events, data } = await opened(log, { title, ...(maxFrames !== undefined ? { maxFrames } : {}) });
      const shown = await tab.evaluate((count) => Array.from({ length: count }, (_, i) => (globalThis as unknown as { stancelogFrame(i: number): unknown }).stancelogFrame(i)), data.frames.length);
      expect(shown).toHaveLength(data.frames.length);
      let contradicted = 0;
      for (const [i, frame] of data.frames.entries()) {
        const state = replay(analysis(), eventsAsOf(events, { validTime: frame.day }));
        const expected = { day: frame.day, positions: positionList(state), contradictions: reportContradictions(state), edges: preconditionEdges(state), cycleEdges: deadlockLinks(state) };
        expect([title, shown[i]]).toEqual([title, expected]);
        expect(frameViews(data, i)).toEqual(expected);
        if (expected.contradictions.length > 0) contradicted++;
      }
      expect(contradicted).toBeGreaterThan(0);
      // What the page draws for a day: its matrix and its contradictions, open first (a page of them at most).
      for (const i of [0, Math.floor(data.frames.length / 2), data.frames.length - 1]) {
        const day = data.frames[i]!.day;
        await tab.locator('#slider').fill(String(Math.round((Date.parse(day) - Date.parse(data.frames[0]!.day)) / 86_400_000)));
        await tab.waitForFunction((d) => document.body.getAttribute('data-frame') === d, day);
        const { positions, contradictions } = frameViews(data, i);
        expect(shownCells(await cells(tab))).toEqual(expectedCells(positions));
        const ordered = [...contradictions.filter((c) => c.status === 'open'), ...contradictions.filter((c) => c.status !== 'open')].slice(0, 100);
        expect(await tab.$$eval('#contradictions-list li[data-id]', (lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual(ordered.map((c) => c.id));
      }
      await tab.close();
    }
  }, 120_000);

  it('computes a frame of a position or contradiction that a day does not show, and shows it again later, as stored', async () => {
    // Days go forward and positions stay, so no log makes one vanish: frames built from states of two logs do.
    const store = openMemoryStore();
    await store.append([
      statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a truce now' } }),
      statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-12', source: { quote: 'no truce' } }),
    ]);
    const log = await readAll(store);
    const both = replay(analysis(), log);
    const one = replay(analysis(), log.slice(0, 1));
    const built = new FrameBuilder();
    for (const [day, state] of [['2025-03-12', both], ['2025-03-13', one], ['2025-03-14', both]] as const) built.add(day, state);
    const data: ReportData = { version: 6, title: 'Gaps', asOf: null, holders: [], reporters: [], issues: [], statements: {}, outweighed: [], withdrewNothing: [], ...built.views(), rules: {}, corrections: [], knownAt: null };
    expect(data.contradictions[0]!.versions.map((v) => [v.from, v.to])).toEqual([[0, 1], [2, undefined]]);
    const made = await buildReport(log, { outDir: mkdtempSync(join(tmpdir(), 'stancelog-report-gaps-')), title: 'Gaps' });
    if (made._tag === 'Left') throw new Error(made.left.message);
    outDirs.push(join(made.right.index, '..'));
    const [style, script] = [readFileSync(assetFiles.style, 'utf8'), readFileSync(assetFiles.script, 'utf8')];
    writeFileSync(made.right.index, renderPage(data, { style, script, cytoscapeSrc: 'assets/cytoscape.min.js' }));
    const tab = await local.context.newPage();
    await tab.goto(pathToFileURL(made.right.index).href);
    await tab.waitForSelector('body[data-ready="true"]');
    const shown = await tab.evaluate(() => [0, 1, 2].map((i) => (globalThis as unknown as { stancelogFrame(i: number): unknown }).stancelogFrame(i)));
    const expected = [both, one, both].map((state, i) => ({ day: data.frames[i]!.day, positions: positionList(state), contradictions: reportContradictions(state), edges: [], cycleEdges: [] }));
    expect(shown).toEqual(expected);
    expect([0, 1, 2].map((i) => frameViews(data, i))).toEqual(expected);
    expect(expected.map((f) => f.contradictions.length)).toEqual([1, 0, 1]);
    await tab.close();
  }, 60_000);

  it('gives each of twenty holders a colour of its own', async () => {
    const { tab } = await opened(
      Array.from({ length: 20 }, (_, i) => ({
        type: 'statement-made',
        recordedAt: '2025-07-01T09:00:00.000Z',
        data: { holder: `holder-${String(i).padStart(2, '0')}`, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-06-01', source: { quote: `holder ${i} wants a truce` } },
      })),
      { title: 'Colours' },
    );
    const swatches = await tab.$$eval('table.matrix tbody th .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toHaveLength(20);
    expect(new Set(swatches).size).toBe(20);
  }, 60_000);
});

if (skipBrowser) {
  it.skip('the report in Chromium (skipped: STANCELOG_BROWSER_SKIP=1)', () => undefined);
}
