import nx from '@nx/eslint-plugin';

/**
 * The architecture, enforced: admin -> domain <- api, and a domain with no external imports.
 * Tags live in each project's package.json under "nx.tags".
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/coverage', '**/.nx', '**/vite.config.*.timestamp*', 'tools/bench/results', '**/src/generated'] },
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
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:harness'] },
            { sourceTag: 'type:harness', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:domain', 'type:harness'] },
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
    files: ['**/*.config.*', '**/codegen.ts', '**/eslint.config.mjs', '**/jest.config.*', '**/vite.config.*'],
    rules: { 'no-restricted-syntax': 'off', '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Test files, fixtures and arbitraries may use test-only packages (fast-check, jest globals).
    // Globs are relative to each project's eslint.config.mjs, where Nx runs ESLint.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
