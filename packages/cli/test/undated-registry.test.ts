import type { NewEvent } from '@stancelog/core';
import { undatedRegistryWarning } from '../src/undated-registry.js';

const alias = (i: number): NewEvent => ({ type: 'alias-added', data: { actor: 'ukraine', alias: `Ukraine ${i}` } });
const said = (recordedAt: string): NewEvent => ({ type: 'statement-made', data: { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', source: { quote: 'now' } }, recordedAt });
const now = new Date('2026-03-20T12:00:00Z');

describe('the warning of registry lines recorded now beside statements back-filled', () => {
  it('asks which registry lines were written only when a statement was back-filled: append answers by hashing each line (a leftover of stop 50: 30,000 aliases hashed twice)', () => {
    let asked = 0;
    const written = () => (asked++, true);
    const lines = Array.from({ length: 3 }, (_, i) => `line ${i + 1}`);
    expect([undatedRegistryWarning([alias(1), alias(2), said('2026-03-20T11:00:00Z')], lines, now, written), asked]).toEqual([undefined, 0]);
    expect(undatedRegistryWarning([alias(1), alias(2), said('2026-03-01T11:00:00Z')], lines, now, written)).toBe(
      'line 1: alias-added has no recordedAt (and 1 more registry lines), so it is recorded now, while the statements of this input were recorded from 2026-03-01: --known-at a day before now will not see it; give it a recordedAt',
    );
    expect(asked).toBe(2);
  });
});
