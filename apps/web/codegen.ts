import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root: `npm run codegen` (graphql-codegen --config apps/web/codegen.ts).
// The output folder is generated and git-ignored; never edit it by hand.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive plain fragment types; no unmasking helper needed.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
