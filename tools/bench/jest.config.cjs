/** Agreement checks on small data sets: the contenders give the same answers. Nothing is timed here. */
module.exports = {
  displayName: 'bench',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Resolve workspace libraries to their TypeScript sources, as the type checker does.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  coverageDirectory: '../../coverage/tools/bench',
};
