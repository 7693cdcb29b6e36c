// $STANCELOG_UPCASTERS: a log holding events an older schema of one's own
// wrote is read by the commands through the upcasters a module exports,
// where it was refused with no way for a command to read it (a leftover of
// stop 47).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventId } from '@stancelog/core';
import type { Event } from '@stancelog/core';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// alias-added as a release whose version 0 said `name` wrote it, under the id of its data as written.
const data = { actor: 'ukraine', name: 'Kyiv' };
const oldLine = JSON.stringify({ id: eventId({ type: 'alias-added', data } as unknown as Event), position: 1, recordedAt: '2025-01-01T00:00:00.000Z', schema: 0, tags: ['actor:ukraine'], type: 'alias-added', data });
// The module docs/cli.md gives, as it gives it (its block marked as a module this test runs).
const UPCASTERS = /```js\n(\/\/ upcasters\.mjs:[\s\S]*?)```/.exec(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8'))?.[1] ?? '';

describe('$STANCELOG_UPCASTERS', () => {
  const boxes: Sandbox[] = [];
  const box = (env: Record<string, string> = {}): Sandbox => {
    const b = sandbox(env);
    boxes.push(b);
    writeFileSync(join(b.dir, 'old.jsonl'), `${oldLine}\n`);
    writeFileSync(join(b.dir, 'upcasters.mjs'), UPCASTERS);
    return b;
  };
  afterAll(() => boxes.forEach((b) => b.remove()));

  it('reads a log holding an older schema\'s events through the upcasters the module exports, as docs/cli.md shows', async () => {
    const r = await box({ STANCELOG_UPCASTERS: 'upcasters.mjs' }).stancelog('log', '--store', 'old.jsonl');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('#  stated  recorded    type         event\n1  -       2025-01-01  alias-added  alias of ukraine: Kyiv\n');
    // Without it, the command refuses the log, and says where the upcaster goes.
    const without = await box().stancelog('log', '--store', 'old.jsonl');
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('open the store with an upcaster for alias-added 0→1 (in a JavaScript module that STANCELOG_UPCASTERS names');
  });

  it('gives them to both stores of a copy: the target keeps the event as written, under its id, and reads it upcast', async () => {
    const b = box({ STANCELOG_UPCASTERS: 'upcasters.mjs' });
    const copied = await b.stancelog('copy', '--store', 'old.jsonl', '--to', 'new.jsonl');
    expect([copied.code, copied.stderr]).toEqual([0, '']);
    const written = readFileSync(join(b.dir, 'new.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"type"'));
    expect(written).toEqual([oldLine]);
    const read = await b.json<Array<{ data: unknown }>>('log', '--store', 'new.jsonl');
    expect(read.map((e) => e.data)).toEqual([{ actor: 'ukraine', alias: 'Kyiv' }]);
  });

  it('takes a named export upcasters, and a CommonJS module.exports', async () => {
    const b = box({ STANCELOG_UPCASTERS: 'named.mjs' });
    writeFileSync(join(b.dir, 'named.mjs'), UPCASTERS.replace('export default', 'export const upcasters ='));
    expect((await b.stancelog('log', '--store', 'old.jsonl')).code).toBe(0);
    const c = box({ STANCELOG_UPCASTERS: 'old.cjs' });
    writeFileSync(join(c.dir, 'old.cjs'), UPCASTERS.replace('export default', 'module.exports ='));
    expect((await c.stancelog('log', '--store', 'old.jsonl')).code).toBe(0);
  });

  it.each([
    ['nope.mjs', undefined, 'no such file'],
    ['helpers.mjs', 'export const one = 1\n', 'exports no upcasters: export default an array of upcasters ({ type, from, up }), or export const upcasters = [...] (module.exports in CommonJS)'],
    ['no-up.mjs', "export default [{ type: 'alias-added', from: 0 }]\n", 'export default: expected an array of upcasters ({ type, from, up }), got [{"type":"alias-added","from":0}]'],
    ['upcasters.ts', 'export default []\n', 'TypeScript is not loaded: compile it to an ES module (.mjs) first'],
  ])('refuses %s, naming the variable and the file, before the log is opened', async (file, text, why) => {
    const b = box({ STANCELOG_UPCASTERS: file });
    if (text !== undefined) writeFileSync(join(b.dir, file), text);
    const r = await b.stancelog('log', '--store', 'old.jsonl');
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `stancelog: $STANCELOG_UPCASTERS ${file}: ${why}\n`]);
  });

  it('is none when empty, as an unset variable', async () => {
    const r = await box({ STANCELOG_UPCASTERS: '' }).stancelog('log', '--store', 'old.jsonl');
    expect(r.stderr).toContain('open the store with an upcaster for alias-added 0→1');
  });
});
