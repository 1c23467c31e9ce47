import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum whose values are exactly a vocabulary (usually the domain's own list, such as
 * PRIORITIES), so the schema and the engine cannot drift apart. Values are the names, as the
 * domain writes them (`helpDesk`, `roundRobin`), across the whole schema.
 */
export function graphqlEnum<const T extends string>(values: readonly T[], name: string, description: string): { readonly [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

/** The value type of an enum made by `graphqlEnum`. */
export type EnumValue<E> = E[keyof E];
