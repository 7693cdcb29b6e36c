/**
 * One jest run for the whole workspace. Tests import the packages by name;
 * the mapper points those names at `src/`, so tests need no build first.
 * ts-jest only transpiles (`isolatedModules`): `pnpm typecheck` checks types.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/examples'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
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
