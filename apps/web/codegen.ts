import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root: `npm run codegen` (graphql-codegen --config apps/web/codegen.ts).
// The output folder is generated and git-ignored; never edit it by hand.
const client = {
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
} as const;

// One module holds every document of an output, and the bundler cannot split a module: the
// debate, the amendments and the proposals, loaded lazily, get their own outputs so their
// documents stay out of every first load (an output cannot use another's fragments).
const lazyFeatures = [
  'deliberation',
  'amendments',
  'proposals',
  'moderation',
  'responses',
  'notifications',
  'open-data',
  'search',
  'participants',
  'workshops',
];

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: {
    'apps/web/src/gql/': {
      ...client,
      documents: [
        'apps/web/src/**/*.graphql',
        ...lazyFeatures.map((feature) => `!apps/web/src/features/${feature}/**`),
      ],
    },
    ...Object.fromEntries(
      lazyFeatures.map((feature) => [
        `apps/web/src/gql/${feature}/`,
        { ...client, documents: [`apps/web/src/features/${feature}/**/*.graphql`] },
      ]),
    ),
  },
};

export default config;
