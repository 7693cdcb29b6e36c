// Misreadings from an analyst's review of ingest on articles of their own
// about a transit strike (see transit-setting.ts for the parties and issues).
import { transit } from './transit-setting.js';

describe('a noun that ends what it heads ("the abolition of X")', () => {
  it('turns a refusal of it into holding on to X', () => {
    expect(transit('The union rejects the abolition of split shifts.')).toEqual(['transit-union reject + split-shifts']);
    expect(transit('The union opposed the removal of split shifts on Friday.')).toEqual(['transit-union reject + split-shifts']);
    expect(transit('The operators called for the elimination of split shifts.')).toEqual(['operators demand - split-shifts']);
  });

  it('leaves X as it is when nothing ends it', () => {
    expect(transit('The union rejects split shifts.')).toEqual(['transit-union reject - split-shifts']);
  });
});

describe('an issue named before a modal ("an outsider should not set wages")', () => {
  it('is negated by a "not" after the modal', () => {
    expect(transit('The union said an outsider should not set wages.')).toEqual(['transit-union demand - arbitration']);
    expect(transit("The union said an outsider mustn't decide their pay.")).toEqual(['transit-union demand - arbitration']);
  });

  it('is wanted when nothing negates it', () => {
    expect(transit('The operators said an outsider should set wages.')).toEqual(['operators demand + arbitration']);
  });
});
