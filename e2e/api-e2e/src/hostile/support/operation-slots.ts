import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { dataOf, type HostileApi } from './http';

/** The scalars a client writes as free strings. */
const STRING_SCALARS = new Set(['String', 'ID', 'DateTimeISO']);

/** Where a string goes: an operation, its kind, and a path into its arguments (a number: a list item). */
export interface Slot {
  readonly kind: 'query' | 'mutation';
  readonly operation: string;
  readonly path: readonly (string | number)[];
  /** String, ID or DateTimeISO. */
  readonly scalar: string;
}

/** `input.contact.email`, `input.tags[0]`. */
export const slotName = (slot: Slot): string => `${slot.operation}(${slot.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '').replace(/\.\[/g, '[')})`;

/** The running API's schema, by introspection (the suite enumerates what is served, not what is written down). */
export async function introspect(api: HostileApi): Promise<GraphQLSchema> {
  return buildClientSchema(dataOf<IntrospectionQuery>(await api.gql(getIntrospectionQuery())));
}

/** Every String/ID/DateTime argument or input field of every query and mutation, lists included. */
export function findSlots(schema: GraphQLSchema): Slot[] {
  const slots: Slot[] = [];
  for (const [kind, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) walk(arg.type, [arg.name], (path, scalar) => slots.push({ kind, operation: field.name, path, scalar }), new Set());
    }
  }
  return slots;
}

function walk(type: GraphQLInputType, path: (string | number)[], found: (path: (string | number)[], scalar: string) => void, seen: Set<string>): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return walk(inner.ofType, [...path, 0], found, seen);
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) walk(field.type, [...path, field.name], found, new Set([...seen, named.name]));
  } else if (STRING_SCALARS.has(named.name)) {
    found(path, named.name);
  }
}

/** Every scalar below a type, three object levels deep, skipping fields that need arguments. */
export function selectAll(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.flatMap((f) => {
    if (isLeafType(getNamedType(f.type))) return [f.name];
    if (depth <= 1) return [];
    const inner = selectAll(f.type, depth - 1);
    return inner ? [`${f.name} ${inner}`] : [];
  });
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '';
}

/** The document for one operation with the given top-level arguments as variables. */
export function documentFor(schema: GraphQLSchema, slot: Pick<Slot, 'kind' | 'operation'>, args: readonly string[]): string {
  const root = slot.kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[slot.operation];
  if (!field) throw new Error(`No ${slot.kind} ${slot.operation}`);
  const used = field.args.filter((a) => args.includes(a.name));
  const declarations = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passing = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${slot.kind} Hostile${declarations ? `(${declarations})` : ''} { ${slot.operation}${passing ? `(${passing})` : ''} ${selectAll(field.type)} }`;
}

/** A deep copy of `base` with `value` at `path`, creating what is missing from `defaults` by input type. */
export function placeAt(base: Record<string, unknown>, path: readonly (string | number)[], value: unknown, fill: (parentPath: readonly (string | number)[]) => unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1];
    if (node[key] === undefined || node[key] === null) node[key] = fill(path.slice(0, i + 1)) ?? (typeof next === 'number' ? [] : {});
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}
