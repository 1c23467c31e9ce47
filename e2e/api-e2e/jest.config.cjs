/** E2E suite: starts the built API as a process; kept out of `npm test`'s `test` target on purpose. */
module.exports = {
  displayName: 'api-e2e',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 30_000,
};
