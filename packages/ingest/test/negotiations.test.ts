// Ingest on eight negotiations written for stancelog (fictional, none of
// them the seeds), scored against what an analyst read out of each before
// ingest ran (test/negotiations/*/expected.json; `pnpm eval:negotiations
// --misses` lists every wrong and missed statement). The floors are the
// figures of the build that added them (stop 37), a few points down for
// room: a change that reads these articles worse fails here, and one that
// reads them better may raise them.
import { negotiations, scoreNegotiation } from './negotiations/score.js';

// Percent right, percent found, most statements of the wrong polarity.
const FLOORS: Record<string, { precision: number; recall: number; wrongPolarity: number }> = {
  climate: { precision: 68, recall: 71, wrongPolarity: 3 },
  coalition: { precision: 71, recall: 64, wrongPolarity: 2 },
  hostage: { precision: 73, recall: 82, wrongPolarity: 3 },
  nuclear: { precision: 57, recall: 74, wrongPolarity: 7 },
  nurses: { precision: 63, recall: 49, wrongPolarity: 5 },
  peace: { precision: 61, recall: 54, wrongPolarity: 3 },
  river: { precision: 72, recall: 70, wrongPolarity: 3 },
  trade: { precision: 73, recall: 53, wrongPolarity: 3 },
};

describe('ingest on eight negotiations written for stancelog, none of them the seeds', () => {
  it('has a floor for each negotiation there is', () => {
    expect(negotiations()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`reads ${name} at least as well as it did: precision ${floor.precision}%, recall ${floor.recall}%, at most ${floor.wrongPolarity} of the wrong polarity`, () => {
      const s = scoreNegotiation(name);
      expect(s.produced).toBeGreaterThan(0);
      const precision = (100 * s.right) / s.produced;
      const recall = (100 * s.found) / s.expected;
      // Named with the figure, so that a failure says which and by how much.
      expect({ precision: Math.round(precision), ok: precision >= floor.precision }).toEqual({ precision: Math.round(precision), ok: true });
      expect({ recall: Math.round(recall), ok: recall >= floor.recall }).toEqual({ recall: Math.round(recall), ok: true });
      expect(s.wrongPolarity).toBeLessThanOrEqual(floor.wrongPolarity);
    });
  }
});
