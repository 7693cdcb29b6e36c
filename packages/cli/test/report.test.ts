import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysis, contradictionList, openMemoryStore, positionList, readAll, replay, statementMade } from '@stancelog/core';
import { appendCommand, reportCommand } from '@stancelog/cli';
import { REPORT_DATA_VERSION, frameViews } from '@stancelog/report';
import type { ReportData } from '@stancelog/report';
import { foreignFiles } from '../src/report.js';

const quiet = (cwd: string) => ({ stdout: { write: (s: string) => s.length }, stderr: { write: (s: string) => s.length }, cwd, env: {} });

describe('stancelog report', () => {
  it('counts the present\'s positions and contradictions from the stored versions, and writes data.json of the current layout', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-'));
    const lines: string[] = [];
    // Three holders on two issues, restating and turning over a few weeks: a position per pair, clashes between them.
    const kinds = { '+': 'demand', '-': 'reject' } as const;
    for (let n = 0; n < 60; n++) {
      const polarity = (n * 7) % 5 < 2 ? '-' : '+';
      const day = new Date(Date.UTC(2025, 2, 1 + Math.floor(n / 3))).toISOString().slice(0, 10);
      lines.push(JSON.stringify({ holder: `holder-${n % 3}`, issue: `issue-${(n >> 1) % 2}`, kind: kinds[polarity], polarity, statedAt: day, source: { quote: `statement ${n}` } }));
    }
    writeFileSync(join(cwd, 'talks.jsonl'), lines.join('\n'));
    expect((await appendCommand('talks.jsonl', {}, quiet(cwd)))._tag).toBe('Right');
    const r = await reportCommand({ out: 'site' }, quiet(cwd));
    if (r._tag === 'Left') throw new Error(r.left.message);
    // The same log in memory: the present as the analysis gives it.
    const store = openMemoryStore();
    await store.append(lines.map((l) => statementMade(JSON.parse(l))));
    const present = replay(analysis(), await readAll(store));
    expect([r.right.positions, r.right.contradictions]).toEqual([positionList(present).length, contradictionList(present).length]);
    expect(r.right.contradictions).toBeGreaterThan(0);
    const data = JSON.parse(readFileSync(join(cwd, 'site', 'data.json'), 'utf8')) as ReportData;
    expect(data.version).toBe(REPORT_DATA_VERSION);
    expect(frameViews(data, data.frames.length - 1).positions).toEqual(positionList(present));
    // A folder holding such a report is one to write again.
    expect(foreignFiles(join(cwd, 'site'))).toBeUndefined();
  });

  it("marks the log's text in the language --lang gives, and refuses what is not a language tag", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(cwd, 'talks.jsonl'), JSON.stringify({ holder: 'greens', issue: 'verkehrsabgabe', kind: 'demand', polarity: '+', statedAt: '2025-03-02', source: { quote: 'Eine Abgabe jetzt' } }));
    expect((await appendCommand('talks.jsonl', {}, quiet(cwd)))._tag).toBe('Right');
    expect((await reportCommand({ out: 'site', lang: 'de-CH' }, quiet(cwd)))._tag).toBe('Right');
    expect(readFileSync(join(cwd, 'site', 'index.html'), 'utf8')).toContain('<body data-text-lang="de-CH">');
    const wrong = await reportCommand({ out: 'other', lang: 'Deutsch' }, quiet(cwd));
    expect(wrong._tag === 'Left' && wrong.left.message).toBe('--lang: expected a language tag, such as de or fr-CH, got "Deutsch"');
  });
});
