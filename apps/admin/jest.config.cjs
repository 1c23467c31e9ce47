/** Admin component tests in jsdom. ts-jest transpiles TSX; `typecheck` does the type checking. */
module.exports = {
  displayName: 'admin',
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  // Mantine dropdowns driven by user-event in jsdom take seconds on a loaded 2-core machine.
  testTimeout: 30_000,
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  // Resolve workspace libraries to their TypeScript sources, as Vite does.
  testEnvironmentOptions: { customExportConditions: ['development', 'browser', 'require', 'default'] },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: { '\\.(css)$': '<rootDir>/src/testing/style-stub.cjs' },
  coverageDirectory: '../../coverage/apps/admin',
};
