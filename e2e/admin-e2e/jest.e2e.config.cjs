/** Browser E2E suite: the built API serves the built admin; Chromium drives it. Run via `npm run e2e`. */
module.exports = {
  displayName: 'admin-e2e',
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // A cold Chromium and a busy CI machine: generous, but a hung step still fails.
  testTimeout: 120_000,
};
