import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  GraphQLList,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.js';

/** The public API's limits (anchors: Decidim's), each with a coded error a person can act on. */
export const LIMITS = {
  depth: 15,
  aliases: 5,
  directives: 20,
  tokens: 5000,
  /** Sum over the selected fields of the product of the page sizes above them. */
  cost: 50_000,
} as const;

/**
 * Depth, aliases, directives and tokens, checked before execution (graphql-armor). Its own cost
 * limit ignores page sizes, so ours (below) replaces it; field suggestions stay (open data).
 */
export const armor = new ApolloArmor({
  maxDepth: {
    n: LIMITS.depth,
    ignoreIntrospection: true,
    flattenFragments: true,
    exposeLimits: false,
    errorMessage: `Requête trop profonde : ${LIMITS.depth} niveaux au plus.`,
  },
  maxAliases: {
    n: LIMITS.aliases,
    exposeLimits: false,
    errorMessage: `Trop d’alias : ${LIMITS.aliases} au plus par champ.`,
  },
  maxDirectives: {
    n: LIMITS.directives,
    exposeLimits: false,
    errorMessage: `Trop de directives : ${LIMITS.directives} au plus.`,
  },
  maxTokens: {
    n: LIMITS.tokens,
    exposeLimits: false,
    errorMessage: `Requête trop longue : ${LIMITS.tokens} éléments au plus.`,
  },
  costLimit: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect();
/** (graphql-armor's plugin types come from Apollo's CommonJS build; they are the same plugins.) */
export const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];

/** Lists without a page size count as this many items. */
const UNPAGED_LIST = 10;
const DEFAULT_PAGE = 20;

/**
 * The cost of an operation: each field costs the product of the page sizes (`first`, with the
 * request's variables) of the lists above it, so `first: 100` under `first: 100` costs 10,000 per
 * field. Computed after variables are known, before anything runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  selection: SelectionSetNode,
  parentType: ReturnType<GraphQLSchema['getQueryType']>,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  multiplier = 1,
  seen = new Set<string>(),
): number {
  let cost = 0;
  for (const node of selection.selections) {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[node.name.value];
      if (!fragment || seen.has(node.name.value)) continue;
      const type = schema.getType(fragment.typeCondition.name.value);
      cost += operationCost(
        schema,
        fragment.selectionSet,
        isCompositeType(type) ? (type as never) : parentType,
        fragments,
        variables,
        multiplier,
        new Set([...seen, node.name.value]),
      );
      continue;
    }
    if (node.kind === Kind.INLINE_FRAGMENT) {
      const type = node.typeCondition ? schema.getType(node.typeCondition.name.value) : parentType;
      cost += operationCost(
        schema,
        node.selectionSet,
        (type ?? parentType) as never,
        fragments,
        variables,
        multiplier,
        seen,
      );
      continue;
    }
    const field = fieldOf(parentType, node);
    cost += multiplier;
    if (!node.selectionSet || !field) continue;
    // A connection's edges are the page already counted by its `first`.
    const size =
      isConnection(parentType) && node.name.value === 'edges'
        ? 1
        : pageSize(field, node, variables);
    const inner = getNamedType(field.type);
    cost += operationCost(
      schema,
      node.selectionSet,
      inner as never,
      fragments,
      variables,
      multiplier * size,
      seen,
    );
  }
  return cost;
}

function isConnection(type: unknown): boolean {
  return (isObjectType(type) || isInterfaceType(type)) && type.name.endsWith('Connection');
}

function fieldOf(parentType: unknown, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  if (!isObjectType(parentType) && !isInterfaceType(parentType)) return undefined;
  return parentType.getFields()[node.name.value];
}

function pageSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number {
  const firstArg = node.arguments?.find((argument) => argument.name.value === 'first');
  if (firstArg) {
    const value = Number(valueFromASTUntyped(firstArg.value, variables));
    return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PAGE_SIZE) : DEFAULT_PAGE;
  }
  if (field.args.some((argument) => argument.name === 'first')) return DEFAULT_PAGE;
  return getNullableType(field.type) instanceof GraphQLList ? UNPAGED_LIST : 1;
}

/** Refuses an operation whose cost exceeds the limit, before it runs. */
export const costLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions
            .filter(
              (definition): definition is FragmentDefinitionNode =>
                definition.kind === Kind.FRAGMENT_DEFINITION,
            )
            .map((fragment) => [fragment.name.value, fragment]),
        );
        const root =
          operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        const cost = operationCost(
          schema,
          operation.selectionSet,
          root,
          fragments,
          request.variables ?? {},
        );
        if (cost > LIMITS.cost) {
          throw new GraphQLError(
            `Requête trop coûteuse (${cost} > ${LIMITS.cost}) : réduisez les tailles de page (first) ou le nombre de listes imbriquées.`,
            { extensions: { code: 'BAD_USER_INPUT', cost, limit: LIMITS.cost } },
          );
        }
      },
    };
  },
};
