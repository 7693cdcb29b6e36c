import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StatementKind } from '@stancelog/core';

describe("the page's script", () => {
  it("knows the statement kinds core knows: a kind word in a summary is never taken for an id to name", () => {
    // The script runs in the browser, apart from core: it keeps its own list, which must not drift from the model's.
    const script = readFileSync(join(__dirname, '..', 'src', 'assets', 'report.js'), 'utf8');
    const listed = /const KINDS = new Set\((\[[^\]]*\])\)/.exec(script)?.[1];
    expect(listed).toBeDefined();
    expect((JSON.parse(listed!.replace(/'/g, '"')) as string[]).sort()).toEqual(Object.keys(StatementKind.keys).sort());
  });
});
