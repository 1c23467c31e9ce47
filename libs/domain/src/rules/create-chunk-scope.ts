import type { FieldEntity } from './field-catalogue';
import type { ConstantRef, FieldRef } from './generate-condition-code';
import type { FoldingKey } from './operators';
import type { FieldAccessor } from './read-field';

/**
 * The locals one generated chunk function uses, declared at its top. Names derive from field
 * indexes only, so an expression means the same in any chunk; `checkpoint`/`rollback` undo the
 * uses of a rule that turned out not to fit in the chunk. What is costly to get (fields read
 * through `readField`, folded text) lives in the `EvaluationState` all chunks share instead.
 */
export interface ChunkScope {
  field(index: number): FieldRef;
  /** Traced code: a rule's first condition reads this field (its memo slot gets a local). */
  markFirstField(index: number): void;
  /** Traced code: a group at this depth needs a slot local. */
  markGroupDepth(depth: number): void;
  checkpoint(): () => void;
  /** The declarations to open the chunk's body with. */
  declarations(traced: boolean): string;
}

// Fixed source text per entity: nothing about the entity is taken from the rule set.
const ENTITIES: Readonly<Record<FieldEntity, { readonly local: string; readonly read: string }>> = {
  ticket: { local: 'e0', read: 'f.ticket' },
  conversation: { local: 'e1', read: 'f.conversation' },
  contact: { local: 'e2', read: 'f.contact' },
  channel: { local: 'e3', read: 'f.channel' },
};

const FOLD_SUFFIX: Readonly<Record<Exclude<FoldingKey, 'none'>, string>> = { case: 'c', accents: 'a', caseAndAccents: 'b' };

// Built-in property names come from our catalogue; one that is not a plain word is read through the helper instead.
const PLAIN_PROPERTY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

const COERCE_INLINE: Readonly<Partial<Record<FieldAccessor['type'], (v: string) => string>>> = {
  string: (v) => `typeof ${v} !== "string"`,
  enum: (v) => `typeof ${v} !== "string"`,
  number: (v) => `typeof ${v} !== "number" || !Number.isFinite(${v})`,
  boolean: (v) => `typeof ${v} !== "boolean"`,
};

/**
 * Lazily read fields and folded texts, shared by every chunk of one evaluator: declared once at
 * the top of the generated source (as `var`: closures then read them without TDZ checks) and reset
 * at the start of each evaluation, so a run reads and folds each at most once, however many chunks
 * it goes through (collect-all runs them all). Like the other scratch buffers, they hold on to the
 * last evaluation's values until the next one.
 */
export interface EvaluationState {
  /** Indexes of the fields some chunk reads lazily. */
  readonly lazyFields: Set<number>;
  /** Names of the folded-text caches some chunk uses. */
  readonly folds: Set<string>;
  /** The declarations, for the top level of the generated source. */
  declarations(): string;
  /** Statements that forget the previous evaluation's values, for the start of `evaluate`. */
  reset(): string;
}

/** Creates the state shared by the chunks of one generated evaluator. */
export function createEvaluationState(): EvaluationState {
  const lazyFields = new Set<number>();
  const folds = new Set<string>();
  const names = (): string[] => [...[...lazyFields].flatMap((i) => [`a${i}`, `r${i} = false`]), ...folds];
  return {
    lazyFields,
    folds,
    declarations: () => (lazyFields.size + folds.size === 0 ? '' : `var ${names().join(', ')};`),
    reset: () => [...[...lazyFields].map((i) => `r${i} = false;`), ...[...folds].map((name) => `${name} = undefined;`)].join(' '),
  };
}

const isInline = (accessor: FieldAccessor): boolean => !accessor.custom && COERCE_INLINE[accessor.type] !== undefined && PLAIN_PROPERTY.test(accessor.key);

/**
 * Creates the scope of one chunk. Plain built-in string/enum/number/boolean fields are read
 * eagerly at the top (a property load and a type check, cheaper than a laziness test); custom,
 * datetime and list fields are read on first use through `readField`, and folded text is
 * computed on first use: once per evaluation at most (they live in `state`), never once per condition.
 */
export function createChunkScope(fields: readonly FieldAccessor[], constant: ConstantRef, state: EvaluationState): ChunkScope {
  const { lazyFields, folds } = state;
  let used = new Set<number>();
  let firstFields = new Set<number>();
  let depth = 0;

  // Indexes come from the plan the fields belong to.
  const accessorAt = (index: number): FieldAccessor => fields[index] as FieldAccessor;

  const declareField = (index: number): string => {
    const accessor = accessorAt(index);
    const local = `a${index}`;
    if (!isInline(accessor)) return '';
    const entity = ENTITIES[accessor.entity].local;
    const coerce = COERCE_INLINE[accessor.type] as (v: string) => string;
    return `let ${local} = ${entity} === null ? undefined : ${entity}.${accessor.key}; if (${coerce(local)}) ${local} = undefined;`;
  };

  return {
    field: (index) => {
      const accessor = accessorAt(index);
      used.add(index);
      const local = `a${index}`;
      if (!isInline(accessor)) lazyFields.add(index);
      const read = isInline(accessor) ? local : `(r${index} ? ${local} : (r${index} = true, ${local} = readField(f, ${constant(accessor)})))`;
      return {
        read,
        local,
        folded: (key) => {
          const name = `n${index}${FOLD_SUFFIX[key]}`;
          folds.add(name);
          return `(${name} === undefined ? (${name} = foldValue(${local}, ${constant(key)})) : ${name})`;
        },
      };
    },
    markFirstField: (index) => void firstFields.add(index),
    markGroupDepth: (d) => void (depth = Math.max(depth, d + 1)),
    checkpoint: () => {
      // Shared state is not rolled back: a rule moved to the next chunk uses the same names there.
      const saved = { used: new Set(used), firstFields: new Set(firstFields), depth };
      return () => ({ used, firstFields, depth } = saved);
    },
    declarations: (traced) => {
      const indexes = [...used].sort((a, b) => a - b);
      const entities = [...new Set(indexes.map(accessorAt).filter(isInline).map((a) => a.entity))].map((e) => {
        const { local, read } = ENTITIES[e];
        return `let ${local} = ${read}; if (typeof ${local} !== "object") ${local} = null;`;
      });
      const temps = ['c', 't', 'o', ...Array.from({ length: depth }, (_, d) => `g${d}`), ...[...firstFields].map((i) => `v${i} = -1`)];
      return [
        ...entities,
        ...indexes.map(declareField),
        traced ? `let ${temps.join(', ')};` : '',
      ]
        .filter((line) => line !== '')
        .join('\n');
    },
  };
}
