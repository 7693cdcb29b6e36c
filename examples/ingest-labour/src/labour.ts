/**
 * A labour dispute read by @stancelog/ingest with the example's own issue
 * lexicon (`lexicon.json`, in place of the default one) and actors
 * (`actors.json`, added to the default register).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { Actor, decodeIssues } from '@stancelog/core';
import { buildRegistry, DEFAULT_ACTORS, ingestFiles, loadLexicon, type IngestBatch } from '@stancelog/ingest';

/** Reads `root/articles` with `root/lexicon.json` and `root/actors.json`; a bad data file is a `Left` naming it. */
export function readLabour(root: string): Either<string, IngestBatch> {
  const lexicon = loadLexicon(join(root, 'lexicon.json'), true);
  if (lexicon._tag === 'Left') return left(lexicon.left.message);
  const actorsFile = join(root, 'actors.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(actorsFile, 'utf8'));
  } catch (e) {
    return left(`${actorsFile}: ${(e as Error).message}`);
  }
  if (!Array.isArray(json)) return left(`${actorsFile}: expected an array of actors`);
  const actors: Actor[] = [];
  for (const [i, a] of json.entries()) {
    const decoded = Actor.decode(a);
    if (decoded._tag === 'Left') return left(`${actorsFile}: [${i}].${decodeIssues(decoded.left)[0]?.message ?? 'not an actor'}`);
    actors.push(decoded.right);
  }
  // No demonyms: "Union" or "Port" name no state here.
  const registry = buildRegistry([...DEFAULT_ACTORS, ...actors], {});
  return right(ingestFiles([join(root, 'articles')], { lexicon: lexicon.right, registry }));
}

/** One line per statement, under the article it came from. */
export function describeBatch(batch: IngestBatch, root: string): string[] {
  const lines: string[] = [];
  for (const file of batch.files) {
    const name = file.path.slice(root.length + 1);
    if (file.result._tag === 'Left') {
      lines.push(`${name}: ${file.result.left.message}`);
      continue;
    }
    const { meta, statements } = file.result.right;
    lines.push(`${name} (${meta.publisher ?? 'no publisher'}, ${meta.publishedAt ?? 'no date'}): ${statements.length} statements`);
    for (const s of statements) {
      const conditions = (s.conditions ?? []).map((c) => ` if ${c.issue} ${c.polarity}`).join('');
      const speaker = s.speaker ? ` (said by ${s.speaker.name})` : '';
      lines.push(`  ${s.statedAt ?? 'undated   '} ${s.holder} ${s.kind} ${s.polarity} ${s.issue}${conditions}${speaker}`);
    }
  }
  return lines;
}
