/** Reads `values[index]` where the index is in bounds by construction, which `noUncheckedIndexedAccess` cannot see. */
export const numberAt = (values: ArrayLike<number>, index: number): number => values[index] as number;
