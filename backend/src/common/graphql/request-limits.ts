import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { FlexConfig } from '../../config/config.js';
import { periodBudgetPlugin } from './period-budget.js';
import { RequestLimit, requestLimitError } from './request-limit-error.js';

/**
 * What one GraphQL request may ask for. The heaviest operation the front end or the API
 * contract sends nests 5 levels, uses no alias or directive, costs 128 (graphql-armor's
 * measure: 1 per scalar, 2 per object, ×1.5 per level) and holds under 300 tokens; these
 * limits leave room for that and refuse what only a hostile caller sends (a 21-level query,
 * 200 aliases of one report).
 */
export const REQUEST_LIMITS = {
  depth: 8,
  aliases: 15,
  directives: 10,
  cost: 1_000,
  tokens: 2_000,
} as const;

type Describe = (found: string, max: number) => string;

/** graphql-armor says "Syntax Error: Query depth limit of 8 exceeded, found 21."; reported as our error, naming the limit. */
const refuse =
  (limit: RequestLimit, max: number, describe: Describe) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? 'too many';
    const refused = requestLimitError(limit, describe(found, max), max);
    if (context) context.reportError(refused);
    else throw refused;
  };

const armorLimit = (limit: RequestLimit, max: number, describe: Describe) => ({ propagateOnRejection: false, onReject: [refuse(limit, max, describe)] });

export interface RequestLimitsOptions {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  allowBatchedHttpRequests: false;
}

/**
 * The Apollo options that bound a request, all checked before anything runs: graphql-js's
 * token limit while parsing, graphql-armor's depth, alias, directive and cost limits as
 * validation rules, the period budget (lists sized by date ranges, variables known); and in
 * production no introspection and no "Did you mean …" (the front end types from
 * schema/schema.graphql, never from the API).
 */
export function requestLimits(config: Pick<FlexConfig, 'production'>, maxDaysPerRequest: number): RequestLimitsOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.depth, ...armorLimit('DEPTH', REQUEST_LIMITS.depth, (n, max) => `This request nests ${n} levels deep; at most ${max} are allowed.`) },
    maxAliases: { n: REQUEST_LIMITS.aliases, ...armorLimit('ALIASES', REQUEST_LIMITS.aliases, (n, max) => `This request uses ${n} aliases; at most ${max} are allowed.`) },
    maxDirectives: { n: REQUEST_LIMITS.directives, ...armorLimit('DIRECTIVES', REQUEST_LIMITS.directives, (n, max) => `This request uses ${n} directives; at most ${max} are allowed.`) },
    costLimit: {
      maxCost: REQUEST_LIMITS.cost,
      ...armorLimit('COST', REQUEST_LIMITS.cost, (n, max) => `This request costs ${Math.ceil(Number(n)) || n} (fields weighted by depth, every alias counted); at most ${max} is allowed.`),
    },
    // graphql-armor's token plugin parses the document a second time and turns every syntax
    // error into a 500 under Apollo 5; graphql-js counts tokens itself (parseOptions below).
    maxTokens: { enabled: false },
    // Apollo's own hideSchemaDetailsFromClientErrors does this, for every error shape.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    // armor's two plugin-based protections (tokens, suggestions) are off: it brings rules only.
    plugins: [periodBudgetPlugin(maxDaysPerRequest)],
    parseOptions: { maxTokens: REQUEST_LIMITS.tokens },
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
  };
}
