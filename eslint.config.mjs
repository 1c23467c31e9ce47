import nx from '@nx/eslint-plugin';

/**
 * The architecture, enforced: admin -> domain <- api, and a domain with no external imports.
 * Tags live in each project's package.json under "nx.tags".
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/coverage', '**/.nx', '**/vite.config.*.timestamp*', 'tools/bench/results'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], allowedExternalImports: [] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['react', 'react-dom', '@apollo/client', '@apollo/client/*', 'react-querybuilder'],
            },
            {
              sourceTag: 'scope:admin',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['typeorm', 'type-graphql', 'pg', 'better-sqlite3', 'ioredis', '@apollo/server', '@apollo/server/*'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only (tool configs excepted).' }],
    },
  },
  {
    files: ['**/*.config.*', '**/eslint.config.mjs', '**/jest.config.*', '**/vite.config.*'],
    rules: { 'no-restricted-syntax': 'off', '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The domain is pure: time and randomness come in as arguments, so decisions are reproducible.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.test.ts', 'libs/domain/src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in; the domain reads no clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in; the domain reads no clock.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass randomness in; the domain is deterministic.' },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', 'setTimeout', 'setInterval'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'util', 'events', 'stream', 'http', 'https', 'net', 'child_process', 'worker_threads'],
              message: 'The domain uses no Node built-ins: it runs in the browser too.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test files, fixtures and arbitraries may use test-only packages (fast-check, jest globals).
    files: ['libs/domain/src/**/*.test.ts', 'libs/domain/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
