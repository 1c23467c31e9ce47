/** Domain unit and property tests. ts-jest transpiles only; `typecheck` does the type checking. */
module.exports = {
  displayName: 'domain',
  // Property tests run hundreds of cases; allow for a loaded CI machine.
  testTimeout: 30_000,
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  coverageDirectory: '../../coverage/libs/domain',
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.test.ts', '!src/testing/**', '!src/index.ts'],
};
