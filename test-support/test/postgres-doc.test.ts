// docs/postgres.md's Roles tells an operator which commands migrate a
// schema when they open it, so which need no more than a writer's grants on
// a current schema: every command that opens its store to write does
// (packages/cli/src/store-option.ts: `migrate: mode !== 'read'`, for `write` and
// `write-existing`, the mode of withdraw and correct). A command
// that writes and is not named there sends an operator looking for grants
// the section never mentions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cliSources = join(root, 'packages', 'cli', 'src');

/** The commands that open a store to write, by their source file's name (copy's target is its `--to`; correct's unless a dry run). */
function writingCommands(): string[] {
  return readdirSync(cliSources)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const opens = [...readFileSync(join(cliSources, f), 'utf8').matchAll(/withStore\(options\.(\w+), io, (?:[^,]*\? 'read' : )?'write(?:-existing)?'/g)];
      return opens.map((m) => `${f.replace(/\.ts$/, '')}${m[1] === 'store' ? '' : ` --${m[1]}`}`);
    })
    .sort();
}

describe("docs/postgres.md's Roles", () => {
  const doc = readFileSync(join(root, 'docs', 'postgres.md'), 'utf8').replace(/\s+/g, ' ');
  const sentence = /`stancelog append`[^.]*? migrate on open/.exec(doc)?.[0] ?? '';

  it('lists the commands that migrate on open', () => {
    expect(sentence).not.toBe('');
    expect(writingCommands().length).toBeGreaterThan(3);
  });

  it('names every command that opens its store to write, as each migrates the schema on open', () => {
    const named = [...sentence.matchAll(/`(?:stancelog )?([a-z]+(?: --[a-z]+)?)`/g)].map((m) => m[1]!).sort();
    expect(named).toEqual(writingCommands());
  });
});
