/** E2E suite: starts the built API as a process. Named so Nx's jest plugin infers no `test` target: it runs via `npm run e2e` after a build. */
module.exports = {
  displayName: 'api-e2e',
  testEnvironment: 'node',
  // Workspace libraries resolve to their TypeScript sources.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 30_000,
};
