/**
 * One jest run for the whole workspace. Tests import the packages by name;
 * the mapper points those names at `src/`, so tests need no build first.
 * ts-jest only transpiles (`isolatedModules`): `pnpm typecheck` checks types.
 * Each run gets a temporary directory of its own (TMPDIR), removed after it
 * (test-support/run-directory.ts): tests need not clean up their scratch dirs.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/test-support'],
  globalSetup: '<rootDir>/test-support/jest-global-setup.ts',
  globalTeardown: '<rootDir>/test-support/jest-global-teardown.ts',
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@stancelog/core/store-kit$': '<rootDir>/packages/core/src/store-kit.ts',
    '^@stancelog/report/data$': '<rootDir>/packages/report/src/data.ts',
    '^@stancelog/testing/conformance$': '<rootDir>/packages/testing/src/conformance.ts',
    '^@stancelog/testing/jest$': '<rootDir>/packages/testing/src/jest.ts',
    '^@stancelog/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
};
