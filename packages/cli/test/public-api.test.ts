import * as cli from '@stancelog/cli';

describe('the public surface of @stancelog/cli', () => {
  it('is run and each command as a function; option parsing, store opening and tables stay internal', () => {
    expect(Object.keys(cli).sort()).toEqual([
      'CONTRADICTION_TYPES',
      'DEFAULT_STORE',
      'EXIT',
      'VERSION',
      'alignmentCommand',
      'appendCommand',
      'contradictionsCommand',
      'copyCommand',
      'correctCommand',
      'diffCommand',
      'explainCommand',
      'graphCommand',
      'ingestCommand',
      'logCommand',
      'positionsCommand',
      'registryCommand',
      'reportCommand',
      'run',
      'storeMigrateCommand',
      'storeStatusCommand',
      'timelineCommand',
      'withdrawCommand',
    ]);
  });
});
