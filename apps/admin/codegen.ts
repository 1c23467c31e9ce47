import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema (the integrators' contract) and the `.graphql` files
 * each feature keeps in its `graphql/` folder. Run `npm run codegen`; `npm test` fails on drift.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/features/**/graphql/*.graphql', 'src/lib/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
