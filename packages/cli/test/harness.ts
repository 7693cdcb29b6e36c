// Runs `stancelog` in-process against a fresh temporary directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { run } from '@stancelog/cli';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Sandbox {
  dir: string;
  write(name: string, lines: ReadonlyArray<unknown>): string;
  stancelog(...argv: string[]): Promise<Ran>;
  /** Runs `stancelog` with `input` on its standard input (`... | stancelog append -`). */
  piped(input: string | Buffer, ...argv: string[]): Promise<Ran>;
  json<T>(...argv: string[]): Promise<T>;
  remove(): void;
}

export function sandbox(env: Record<string, string | undefined> = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-cli-'));
  const ran = async (argv: string[], input?: string | Buffer): Promise<Ran> => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      env,
      ...(input !== undefined ? { stdin: Readable.from([Buffer.from(input)]) } : {}),
    });
    return { code, stdout, stderr };
  };
  const stancelog = (...argv: string[]): Promise<Ran> => ran(argv);
  return {
    dir,
    write(name, lines) {
      writeFileSync(join(dir, name), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
      return name;
    },
    stancelog,
    piped: (input, ...argv) => ran(argv, input),
    async json<T>(...argv: string[]): Promise<T> {
      const r = await stancelog(...argv, '--json');
      if (r.code !== 0) throw new Error(`stancelog ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
      return JSON.parse(r.stdout) as T;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The first `text` sample of a section of docs/cli.md (the section whose
 * heading starts with `heading`), and what running its `$ stancelog ...`
 * commands in `box` prints, in the sample's form, with today's date written
 * as the doc's (2026-12-03): a spec expects the two to be the same.
 */
export async function docSample(box: Sandbox, heading: string): Promise<{ sample: string; shown: string }> {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8');
  const section = doc.slice(doc.indexOf(heading));
  const sample = section.slice(section.indexOf('```text\n') + 8, section.indexOf('\n```', section.indexOf('```text')));
  const today = new Date().toISOString().slice(0, 10);
  let shown = '';
  for (const part of sample.split(/^\$ /m).slice(1)) {
    const command = part.split('\n')[0]!;
    // The arguments as a shell reads them: words, and quoted texts.
    const argv = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1);
    const r = await box.stancelog(...argv);
    shown += `$ ${command}\n${r.stdout}${r.stderr}`;
  }
  return { sample, shown: shown.replaceAll(today, '2026-12-03').trimEnd() };
}

/** A command that runs until stopped (`contradictions --watch`), in-process: what it printed so far, how it ended, and Ctrl-C. */
export interface Watching {
  readonly out: { stdout: string; stderr: string };
  readonly code: Promise<number>;
  /** Whether the command has returned (a watch that stopped on its own, on an error). */
  ended(): boolean;
  /** Stops it, as Ctrl-C stops the command. */
  stop(): void;
  /** Waits (10 s at most from the start) until `condition` holds of what it printed, or it has ended. */
  until(condition: (out: { stdout: string; stderr: string }) => boolean): Promise<void>;
}

/** `stancelog contradictions --watch ARGV` running in-process in `dir`, until `stop()`. */
export function watching(dir: string, argv: ReadonlyArray<string>, env: Record<string, string> = {}): Watching {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const out = { stdout: '', stderr: '' };
  let ended = false;
  const code = run(['contradictions', '--watch', ...argv], {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    cwd: dir,
    env,
    interrupted: () => stopped,
  }).finally(() => (ended = true));
  const deadline = Date.now() + 10_000;
  return {
    out,
    code,
    ended: () => ended,
    stop: () => stop(),
    async until(condition) {
      while (!condition(out) && !ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    },
  };
}

/** Statements of a small negotiation, written for these tests. */
export const russiaDemandsLand = {
  holder: 'russia',
  speaker: { name: 'Kremlin spokesman', actor: 'russia' },
  issue: 'territorial-concessions',
  kind: 'demand',
  polarity: '+',
  statedAt: '2025-05-16',
  recordedAt: '2025-05-17T09:00:00Z',
  source: { publisher: 'Test Wire', title: 'Talks in Istanbul', publishedAt: '2025-05-16', quote: 'Moscow wants the occupied land ceded' },
};
export const ukraineRefusesLand = {
  holder: 'ukraine',
  issue: 'territorial-concessions',
  kind: 'red-line',
  polarity: '-',
  statedAt: '2025-05-16',
  recordedAt: '2025-05-17T09:00:00Z',
  source: { publisher: 'Test Wire', quote: 'Kyiv will not give up land' },
};
export const ukraineWantsCeasefireFirst = {
  holder: 'ukraine',
  speaker: { name: 'Andriy Yermak', actor: 'ukraine' },
  issue: 'peace-talks',
  kind: 'condition',
  polarity: '+',
  conditions: [{ issue: 'ceasefire', polarity: '+' }],
  statedAt: '2025-04-23',
  recordedAt: '2025-06-10T12:00:00Z',
  source: { publisher: 'Other Wire', quote: 'talks only after the guns fall silent' },
};
