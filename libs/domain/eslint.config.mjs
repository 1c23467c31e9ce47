import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The domain is pure: time and randomness come in as arguments, so decisions are reproducible.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/testing/**'],
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
];
