import fc from 'fast-check';
import { parseJson } from '@stancelog/ingest';

// The message a person reads of a file that is not JSON (after its name).
const said = (text: string): string => {
  const r = parseJson(text);
  return r._tag === 'Left' ? r.left.message : 'JSON';
};

describe('JSON text a person wrote', () => {
  it('is read as JSON.parse reads it, a leading byte order mark ignored', () => {
    expect(parseJson('{"name": "port", "issues": []}')).toEqual({ _tag: 'Right', right: { name: 'port', issues: [] } });
    // Windows editors save "UTF-8 with BOM"; JSON.parse refuses the invisible character.
    expect(parseJson('\uFEFF[1, 2]')).toEqual({ _tag: 'Right', right: [1, 2] });
  });

  it('is refused at the line and column of the first character that is not JSON, whichever the error', () => {
    // Node 20 gives this one no position at all ("Unexpected token '}', ... is not valid JSON").
    expect(said('{"name": "port",\n "issues": [\n  {"id": "a",}\n]}')).toBe('not JSON at line 3, column 14: expected a field after ",", got "}" (JSON has no "," after the last field of an object)');
    // And this one a position only ("... in JSON at position 36").
    expect(said('[{ "id": "union",\n   "name": "The union"\n   "aliases": ["HWU"] }]')).toBe('not JSON at line 3, column 4: expected "," or "}" after a field\'s value, got the string "aliases" (a "," missing?)');
    expect(said('{"phrases": ["pay rise",]}')).toBe('not JSON at line 1, column 25: expected a value after ",", got "]" (JSON has no "," after the last item of a list)');
    expect(said('{"phrases": ["pay rise" "pay freeze"]}')).toBe('not JSON at line 1, column 25: expected "," or "]" after an item of a list, got the string "pay freeze" (a "," missing?)');
    expect(said('{"name" "port"}')).toBe('not JSON at line 1, column 9: expected ":" after the field\'s name, got the string "port"');
    expect(said("{'name': 'port'}")).toBe('not JSON at line 1, column 2: expected a field\'s name in double quotes, got "\'"');
    expect(said('{"name": port}')).toBe('not JSON at line 1, column 10: expected a value, got the word port (a string in double quotes?)');
    expect(said('{"phrases": [\'pay rise\']}')).toBe('not JSON at line 1, column 14: expected a value, got "\'" (strings are in double quotes)');
    expect(said('{"confidence": .5}')).toBe('not JSON at line 1, column 16: .5 is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")');
    expect(said('{"name": "port"}}')).toBe('not JSON at line 1, column 17: expected the end of the text after the JSON value, got "}"');
  });

  it('names a string by where it opens when it is not closed, and a slip inside one where it is', () => {
    expect(said('{"name": "port,\n "issues": []}')).toBe('not JSON at line 1, column 10: a string opened here is not closed on its line (a closing " missing?)');
    expect(said('{"name": "port')).toBe('not JSON at line 1, column 10: a string opened here is never closed');
    expect(said('{"file": "C:\\Users\\port.json"}')).toBe('not JSON at line 1, column 13: \\U is no escape of JSON: a backslash is written \\\\ (C:\\\\Users)');
    expect(said('{"sign": "\\u20"}')).toBe('not JSON at line 1, column 11: \\u20 is no escape of JSON: \\u takes 4 hexadecimal digits');
    expect(said('{"title": "Pay\trise"}')).toBe('not JSON at line 1, column 15: a control character (U+0009, a tab) in a string: write it as \\t');
  });

  it('says where a text that ends too soon ends', () => {
    expect(said('')).toBe('not JSON at line 1, column 1: expected a value, got the end of the text');
    expect(said('{"name": "port", "issues": [\n')).toBe('not JSON at line 2, column 1: expected a value, got the end of the text');
  });

  it('counts lines ended by \\r\\n or a \\r alone once each, and columns without the byte order mark', () => {
    expect(said('{\r\n"a": 1,\r\n"b": }')).toBe('not JSON at line 3, column 6: expected a value, got "}"');
    expect(said('{\r"a": }')).toBe('not JSON at line 2, column 6: expected a value, got "}"');
    const r = parseJson('\uFEFF{"a": }');
    // The offset is the text's, the byte order mark counted; the column is as an editor shows it.
    expect(r._tag === 'Left' && [r.left.offset, r.left.line, r.left.column]).toEqual([7, 1, 7]);
  });

  it('quotes no control character of the input as it is', () => {
    expect(said('{"a": \u001b[31m}')).toBe('not JSON at line 1, column 7: expected a value, got "\\u001b"');
    expect(said('{"a": "\\\u001b"}')).toBe('not JSON at line 1, column 8: \\\\u001b is no escape of JSON: a backslash is written \\\\ (C:\\\\Users)');
  });

  it('reads nesting deeper than the stack would allow, and places a slip in it where the engine does', () => {
    expect(parseJson('['.repeat(100_000) + ']'.repeat(100_000))._tag).toBe('Right');
    // jsonc-parser recurses and gives up there: the engine's words at its position, which Node 20 gives for this one.
    const r = parseJson('['.repeat(100_000) + ']'.repeat(99_999));
    expect(r._tag === 'Left' && [r.left.offset, r.left.line, r.left.column]).toEqual([199_999, 1, 200_000]);
  });

  it('says what was expected where JSON has no comments, and a number JSON does not write', () => {
    expect(said('{\n  "name": "port", // the harbour\n  "issues": []\n}')).toBe('not JSON at line 2, column 19: expected a field\'s name in double quotes, got a comment (JSON has no comments)');
    expect(said('{"a": 1 /* one */}')).toBe('not JSON at line 1, column 9: expected "," or "}" after a field\'s value, got a comment (JSON has no comments)');
    expect(said('{"month": 03}')).toBe('not JSON at line 1, column 11: 03 is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")');
    expect(said('{"version": 1.5.3}')).toBe('not JSON at line 1, column 13: 1.5.3 is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")');
    expect(said('{"confidence": 1.}')).toBe('not JSON at line 1, column 16: 1. is not a number as JSON writes one (digits, with no leading 0, "+" or bare ".")');
  });

  it('names the list or object a comma is missing in, whichever closes first', () => {
    expect(said('{"phrases": ["pay rise"}')).toBe('not JSON at line 1, column 24: expected "," or "]" after an item of a list, got "}"');
    expect(said('[{"id": "union"]')).toBe('not JSON at line 1, column 16: expected "," or "}" after a field\'s value, got "]"');
    expect(said('{"name": "port",,"issues": []}')).toBe('not JSON at line 1, column 17: expected a field\'s name in double quotes, got ","');
    expect(said('{"issues": [{}, {}] "x"}')).toBe('not JSON at line 1, column 21: expected "," or "}" after a field\'s value, got the string "x" (a "," missing?)');
  });

  it('names the first slip of a string that has more than one', () => {
    expect(said('{"title": "Pay\trise at C:\\Users"}')).toBe('not JSON at line 1, column 15: a control character (U+0009, a tab) in a string: write it as \\t');
  });

  it('gives the value JSON.parse gives, a "__proto__" field an own field', () => {
    const r = parseJson('{"__proto__": {"admin": true}, "a": "\ud800"}');
    expect(r).toEqual({ _tag: 'Right', right: JSON.parse('{"__proto__": {"admin": true}, "a": "\ud800"}') });
    expect(r._tag === 'Right' && Object.keys(r.right as object)).toEqual(['__proto__', 'a']);
  });

  it('refuses exactly what JSON.parse refuses, JSON with slips in it among others', () => {
    const slips = fc.constantFrom('', ',', '}', ']', '"', ':', ' ', '\n', '\\', 'x', '1', '.', '-', '\t', "'", '{', '[', 'e', 'u', '0', '/', '*', '+', '\r', '\u0000', '\ud800');
    fc.assert(
      fc.property(fc.json(), fc.array(fc.tuple(fc.nat(), slips), { maxLength: 3 }), (json, edits) => {
        let text = json;
        for (const [at, slip] of edits) {
          const k = at % (text.length + 1);
          text = text.slice(0, k) + slip + text.slice(k + (slip === '' ? 1 : 0));
        }
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const r = parseJson(text);
        expect(r._tag).toBe(parses ? 'Right' : 'Left');
        // Said in its own words, never the engine's fallback ("... in JSON at position N").
        if (r._tag === 'Left') expect(r.left.problem).not.toMatch(/JSON at position|is not valid JSON/);
      }),
      { numRuns: 2000 },
    );
  });
});
