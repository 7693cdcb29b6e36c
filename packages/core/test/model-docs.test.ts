import { join } from 'node:path';
import ts from 'typescript';

// What an editor shows on hover over a field of the objects users write most (`statementMade({ ... })`, an event's
// `data`): the doc comment of the property, read here through the type checker as the language service reads it.
// The model types are written out beside their codecs (model-types.check.ts keeps them equal), so their fields
// carry the docs the codecs' derived types cannot.
const files = ['statement.ts', 'actor.ts', 'issue.ts'].map((name) => join(__dirname, '..', 'src', name));
const program = ts.createProgram(files, { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true });
const checker = program.getTypeChecker();
const exported = files.flatMap((file) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!));

/** `path: doc` for each field of the exported type `name`, and of the model types its fields hold, at any depth. */
function fieldDocs(name: string): Record<string, string> {
  const symbol = exported.find((s) => s.name === name && (s.flags & ts.SymbolFlags.TypeAlias) !== 0)!;
  const found: Record<string, string> = {};
  const walk = (type: ts.Type, path: string): void => {
    for (const field of checker.getPropertiesOfType(type)) {
      const at = path === '' ? field.name : `${path}.${field.name}`;
      found[at] = ts.displayPartsToString(field.getDocumentationComment(checker));
      const inner = checker.getNonNullableType(checker.getTypeOfSymbol(field));
      const element = checker.isArrayType(inner) ? checker.getTypeArguments(inner as ts.TypeReference)[0]! : inner;
      // Into the model's objects (speaker, source, a condition), not into strings' or tuples' members.
      if ((element.flags & ts.TypeFlags.Object) !== 0 && !checker.isTupleType(element) && element.aliasSymbol !== undefined) walk(element, `${at}${element === inner ? '' : '[]'}`);
    }
  };
  walk(checker.getDeclaredTypeOfSymbol(symbol), '');
  return found;
}

describe('the fields of a statement, as an editor shows them on hover', () => {
  it('each have a doc comment, to the fields of its speaker, source and conditions', () => {
    const docs = fieldDocs('StatementInput');
    expect(Object.keys(docs).sort()).toEqual([
      'conditions', 'conditions[].issue', 'conditions[].polarity', 'confidence', 'corrects', 'corrects.event', 'corrects.position', 'holder', 'issue', 'kind', 'polarity', 'recordedAt',
      'source', 'source.offsets', 'source.publishedAt', 'source.publisher', 'source.quote', 'source.title', 'source.url',
      'speaker', 'speaker.actor', 'speaker.name', 'statedAt',
    ]);
    expect(Object.entries(docs).filter(([, doc]) => doc.trim() === '').map(([field]) => field)).toEqual([]);
  });

  it('say what is easy to get wrong: the forms of a time, holder against speaker, the polarity "0"', () => {
    const docs = fieldDocs('StatementInput');
    expect(docs['statedAt']).toMatch(/'2025-05-16'.*'2025-W33'.*'2025-05'.*timestamp/s);
    expect(docs['statedAt']).toMatch(/not a\s+`Date`/);
    expect(docs['speaker.actor']).toMatch(/third-party report/);
    expect(docs['polarity']).toMatch(/the string `'0'`, not the number/);
  });
});

describe('the fields of an actor and an issue, as an editor shows them on hover', () => {
  it('each have a doc comment, to the fields of an office', () => {
    const actor = fieldDocs('Actor');
    expect(Object.keys(actor).sort()).toEqual(['aliases', 'id', 'kind', 'name', 'offices', 'offices[].actor', 'offices[].from', 'offices[].title', 'offices[].until']);
    const issue = fieldDocs('Issue');
    expect(Object.keys(issue).sort()).toEqual(['id', 'parent', 'proposition', 'title']);
    expect([...Object.entries(actor), ...Object.entries(issue)].filter(([, doc]) => doc.trim() === '').map(([field]) => field)).toEqual([]);
  });
});
