// Runs `stancelog` in-process against a fresh temporary directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  json<T>(...argv: string[]): Promise<T>;
  remove(): void;
}

export function sandbox(env: Record<string, string | undefined> = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'stancelog-cli-'));
  const stancelog = async (...argv: string[]): Promise<Ran> => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      env,
    });
    return { code, stdout, stderr };
  };
  return {
    dir,
    write(name, lines) {
      writeFileSync(join(dir, name), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
      return name;
    },
    stancelog,
    async json<T>(...argv: string[]): Promise<T> {
      const r = await stancelog(...argv, '--json');
      if (r.code !== 0) throw new Error(`stancelog ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
      return JSON.parse(r.stdout) as T;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
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
