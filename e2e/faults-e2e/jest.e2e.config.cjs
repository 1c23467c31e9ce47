/** Fault suite: real PostgreSQL, Redis and API processes, stopped and restarted by the tests. Named so Nx's jest plugin infers no `test` target: it runs via `npm run e2e` after a build. */
module.exports = {
  displayName: 'faults-e2e',
  testEnvironment: 'node',
  // Workspace libraries resolve to their TypeScript sources.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 120_000,
};
