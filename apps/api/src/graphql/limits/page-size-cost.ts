import {
  Kind,
  TypeInfo,
  getOperationAST,
  validate,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { armorCostRule } from './armor-rules';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** The cost check of one request, variables known; null when it fits. */
export type PageSizeCostCheck = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
) => GraphQLError | null;

/**
 * armor's cost rule multiplies a list by `first`/`last` only when the number is written in the
 * document: `tickets(first: $n)`, or `tickets` left at its default of 20, would count as one item,
 * a cheap way around the cap. Once the variables are known (per request, before execution), this
 * writes the actual page sizes in and asks the same rule again.
 */
export function createPageSizeCostCheck(schema: GraphQLSchema, maxCost: number): PageSizeCostCheck {
  const rules = armorCostRule(maxCost);
  // Apollo hands the same parsed document to every request with the same text, so the verdict for
  // one document and one set of page sizes is worked out once (a check takes about half a millisecond).
  const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
  return (document, operationName, variables) => {
    const pages = pageVariables(document);
    const key = JSON.stringify([operationName ?? null, ...pages.map((name) => variables?.[name] ?? null)]);
    const known = verdicts.get(document) ?? new Map<string, GraphQLError | null>();
    verdicts.set(document, known);
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const written = writePageSizes(schema, document, operationName, variables ?? {});
    const verdict = written ? (validate(schema, written, rules)[0] ?? null) : null;
    if (known.size < MAX_VERDICTS_PER_DOCUMENT) known.set(key, verdict);
    return verdict;
  };
}

const MAX_VERDICTS_PER_DOCUMENT = 256;
const pagePlans = new WeakMap<DocumentNode, readonly string[]>();

/** The variables a document's page sizes come from: with the operation, all a verdict depends on. */
function pageVariables(document: DocumentNode): readonly string[] {
  let plan = pagePlans.get(document);
  if (plan === undefined) {
    const names = new Set<string>();
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
      },
    });
    plan = [...names].sort();
    pagePlans.set(document, plan);
  }
  return plan;
}

function writePageSizes(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>>): DocumentNode | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue ? valueFromASTUntyped(d.defaultValue) : undefined]));
  const valueOf = (argument: ArgumentNode): unknown => {
    if (argument.value.kind !== Kind.VARIABLE) return undefined;
    const name = argument.value.name.value;
    return name in variables ? variables[name] : defaults.get(name);
  };
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const written = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const pageArguments = typeInfo.getFieldDef()?.args.filter((a) => PAGE_ARGUMENTS.has(a.name)) ?? [];
        if (pageArguments.length === 0) return undefined;
        const given = (node.arguments ?? []).map((argument) => {
          const value = PAGE_ARGUMENTS.has(argument.name.value) ? valueOf(argument) : undefined;
          return isCount(value) ? intArgument(argument.name.value, value) : argument;
        });
        const defaulted = pageArguments
          .filter((a) => isCount(a.defaultValue) && !given.some((g) => g.name.value === a.name))
          .map((a) => intArgument(a.name, a.defaultValue as number));
        const argumentsNow = [...given, ...defaulted];
        if (defaulted.length === 0 && given.every((g, i) => g === node.arguments?.[i])) return undefined;
        changed = true;
        return { ...node, arguments: argumentsNow };
      },
    }),
  );
  return changed ? written : null;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

const intArgument = (name: string, value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(value) },
});
