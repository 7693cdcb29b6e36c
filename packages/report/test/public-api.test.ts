import * as report from '@stancelog/report';

describe('the public surface of @stancelog/report', () => {
  it('has no page renderer: its style, script and graph library come only with buildReport', () => {
    expect(Object.keys(report).sort()).toEqual([
      'REPORT_DATA_VERSION',
      'RULE_DESCRIPTIONS',
      'buildReport',
      'deadlockLinks',
      'describeRule',
      'frameAt',
      'frameViews',
      'knownRuleDescription',
      'reportData',
      'reportError',
      'ruleDescriptions',
      'stateReportData',
      'statementDays',
      'statementIndex',
      'statementInfo',
    ]);
  });
});
