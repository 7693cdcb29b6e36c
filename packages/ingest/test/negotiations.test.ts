// Ingest on seventy-two negotiations written for stancelog (fictional, none of
// them the seeds), scored against what an analyst read out of each before
// ingest ran (test/negotiations/*/expected.json; `pnpm eval:negotiations
// --misses` lists every wrong and missed statement), each on the line the
// analyst read it on. The floors are the figures of the build that last
// set them (stops 38 to 44), a few points down for room: a change that reads these
// articles worse fails here, and one that reads them better may raise them.
import { negotiations, scoreNegotiation } from './negotiations/score.js';

// Percent right, percent found, most statements of the wrong polarity.
const FLOORS: Record<string, { precision: number; recall: number; wrongPolarity: number }> = {
  'accession-talks': { precision: 60, recall: 58, wrongPolarity: 3 },
  'aid-corridor': { precision: 64, recall: 50, wrongPolarity: 5 },
  'airport-expansion': { precision: 62, recall: 42, wrongPolarity: 5 },
  'arms-control': { precision: 89, recall: 66, wrongPolarity: 2 },
  'border-demarcation': { precision: 67, recall: 57, wrongPolarity: 4 },
  'canal-tolls': { precision: 60, recall: 43, wrongPolarity: 5 },
  climate: { precision: 77, recall: 71, wrongPolarity: 3 },
  // 73: 'would vote against the coalition agreement unless it was amended to protect the debt brake' asks for the
  // brake (stop 57), a reading the analysts did not list.
  coalition: { precision: 73, recall: 68, wrongPolarity: 2 },
  'cocoa-pricing': { precision: 67, recall: 48, wrongPolarity: 6 },
  'congestion-charge': { precision: 66, recall: 41, wrongPolarity: 4 },
  'cruise-cap': { precision: 66, recall: 48, wrongPolarity: 8 },
  'dairy-quotas': { precision: 72, recall: 54, wrongPolarity: 5 },
  'data-transfer-pact': { precision: 52, recall: 51, wrongPolarity: 15 },
  'debt-restructuring': { precision: 73, recall: 36, wrongPolarity: 2 },
  'defence-spending': { precision: 70, recall: 46, wrongPolarity: 4 },
  'digital-tax': { precision: 66, recall: 50, wrongPolarity: 3 },
  'drug-pricing': { precision: 81, recall: 54, wrongPolarity: 1 },
  'election-timetable': { precision: 59, recall: 38, wrongPolarity: 2 },
  'eu-budget': { precision: 74, recall: 56, wrongPolarity: 3 },
  'farm-protests': { precision: 71, recall: 49, wrongPolarity: 2 },
  'ferry-subsidy': { precision: 64, recall: 46, wrongPolarity: 5 },
  fisheries: { precision: 89, recall: 72, wrongPolarity: 1 },
  'forest-concessions': { precision: 50, recall: 36, wrongPolarity: 11 },
  'gas-transit': { precision: 75, recall: 60, wrongPolarity: 4 },
  'gig-workers': { precision: 65, recall: 53, wrongPolarity: 5 },
  'hospital-merger': { precision: 70, recall: 51, wrongPolarity: 9 },
  hostage: { precision: 75, recall: 80, wrongPolarity: 1 },
  'imf-bailout': { precision: 82, recall: 55, wrongPolarity: 3 },
  'league-bargaining': { precision: 58, recall: 29, wrongPolarity: 2 },
  'licence-fee': { precision: 70, recall: 51, wrongPolarity: 4 },
  'lithium-mine': { precision: 57, recall: 57, wrongPolarity: 10 },
  'merger-remedies': { precision: 71, recall: 65, wrongPolarity: 4 },
  'metro-fares': { precision: 67, recall: 57, wrongPolarity: 7 },
  'migration-deal': { precision: 72, recall: 47, wrongPolarity: 4 },
  'minimum-wage': { precision: 68, recall: 36, wrongPolarity: 5 },
  'mining-royalties': { precision: 86, recall: 54, wrongPolarity: 1 },
  'museum-restitution': { precision: 62, recall: 61, wrongPolarity: 4 },
  'music-royalties': { precision: 76, recall: 53, wrongPolarity: 5 },
  'news-bargaining': { precision: 77, recall: 55, wrongPolarity: 4 },
  nuclear: { precision: 63, recall: 66, wrongPolarity: 3 },
  nurses: { precision: 72, recall: 58, wrongPolarity: 3 },
  'open-skies': { precision: 57, recall: 38, wrongPolarity: 8 },
  'orbital-debris': { precision: 80, recall: 71, wrongPolarity: 2 },
  'patent-waiver': { precision: 55, recall: 46, wrongPolarity: 4 },
  peace: { precision: 62, recall: 56, wrongPolarity: 1 },
  'peacekeeping-mandate': { precision: 75, recall: 57, wrongPolarity: 3 },
  'pension-reform': { precision: 83, recall: 50, wrongPolarity: 3 },
  'pesticide-ban': { precision: 66, recall: 51, wrongPolarity: 8 },
  'plant-relocation': { precision: 62, recall: 48, wrongPolarity: 8 },
  'plastics-treaty': { precision: 64, recall: 70, wrongPolarity: 8 },
  'police-oversight': { precision: 68, recall: 74, wrongPolarity: 7 },
  'port-strike': { precision: 82, recall: 60, wrongPolarity: 1 },
  'rail-franchise': { precision: 53, recall: 52, wrongPolarity: 7 },
  'rail-tunnel': { precision: 66, recall: 39, wrongPolarity: 5 },
  'reactor-extension': { precision: 54, recall: 39, wrongPolarity: 6 },
  'refinery-closure': { precision: 67, recall: 45, wrongPolarity: 3 },
  'rent-control': { precision: 64, recall: 45, wrongPolarity: 2 },
  river: { precision: 75, recall: 78, wrongPolarity: 3 },
  'school-closures': { precision: 67, recall: 42, wrongPolarity: 7 },
  'shipping-levy': { precision: 69, recall: 46, wrongPolarity: 5 },
  'spectrum-auction': { precision: 63, recall: 47, wrongPolarity: 4 },
  'stadium-deal': { precision: 70, recall: 49, wrongPolarity: 4 },
  'sugar-levy': { precision: 67, recall: 51, wrongPolarity: 7 },
  'teachers-strike': { precision: 70, recall: 49, wrongPolarity: 4 },
  'telecom-vendor-ban': { precision: 74, recall: 44, wrongPolarity: 5 },
  'term-limits-referendum': { precision: 55, recall: 43, wrongPolarity: 8 },
  trade: { precision: 83, recall: 60, wrongPolarity: 2 },
  'tuition-fees': { precision: 69, recall: 41, wrongPolarity: 4 },
  'vaccine-procurement': { precision: 72, recall: 53, wrongPolarity: 8 },
  'water-utility': { precision: 73, recall: 51, wrongPolarity: 5 },
  'wind-farm': { precision: 74, recall: 56, wrongPolarity: 3 },
  'writers-guild': { precision: 73, recall: 56, wrongPolarity: 5 },
};

describe('ingest on seventy-two negotiations written for stancelog, none of them the seeds', () => {
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
