import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The GraphiQL page is a browser bundle built next to the server, never imported by it: the
    // only place in the API project where React belongs.
    files: ['graphiql/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
