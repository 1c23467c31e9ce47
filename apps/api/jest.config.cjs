/** API tests. ts-jest transpiles (decorator metadata included); `typecheck` does the type checking. */
module.exports = {
  displayName: 'api',
  // Integration suites share two cores with everything else in CI; allow for a loaded machine.
  testTimeout: 30_000,
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Resolve workspace libraries to their TypeScript sources, as the type checker does.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../coverage/apps/api',
};
