import {
  OPERATORS_BY_FIELD_TYPE,
  OPERATORS_BY_ID,
  type FieldCatalogue,
  type FieldDefinition,
  type FieldType,
  type Operator,
  type OperatorDefinition,
} from '@handoff/domain';

/** A routable field as the builder shows it, with the operators its type allows, in display order. */
export interface EditorField {
  readonly id: string;
  readonly entity: string;
  readonly label: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
  /** Where value suggestions come from: tags, channels, languages (teams and users are understood too). */
  readonly valueSource?: string;
  readonly operators: readonly OperatorDefinition[];
}

/** The workspace's fields, for the builder and for `parseRuleSet` (custom properties included). */
export interface EditorCatalogue {
  readonly fields: readonly EditorField[];
  readonly byId: ReadonlyMap<string, EditorField>;
  readonly domain: FieldCatalogue;
}

/** What the API's `fieldCatalogue` query returns for one field. */
export interface ApiField {
  readonly id: string;
  readonly entity: string;
  readonly label: string;
  readonly type: string;
  readonly options: readonly string[] | null;
  readonly operators: readonly string[];
  readonly valueSource: string | null;
}

const FIELD_TYPES: readonly string[] = Object.keys(OPERATORS_BY_FIELD_TYPE);
const isFieldType = (type: string): type is FieldType => FIELD_TYPES.includes(type);

/** Builds the catalogue from the API's; fields of a type this admin does not know are left out. */
export function toEditorCatalogue(apiFields: readonly ApiField[]): EditorCatalogue {
  const fields = apiFields.flatMap((f): EditorField[] => {
    if (!isFieldType(f.type)) return [];
    const listed = f.operators.flatMap((id) => OPERATORS_BY_ID.get(id as Operator) ?? []);
    const operators = listed.length > 0 ? listed : OPERATORS_BY_FIELD_TYPE[f.type].flatMap((id) => OPERATORS_BY_ID.get(id) ?? []);
    return [
      {
        id: f.id,
        entity: f.entity,
        label: f.label,
        type: f.type,
        operators,
        ...(f.options ? { options: f.options } : {}),
        ...(f.valueSource ? { valueSource: f.valueSource } : {}),
      },
    ];
  });
  // parseRuleSet reads id, type and options only; entity and valueSource ride along unchecked.
  const definitions = fields.map((f) => ({ id: f.id, entity: f.entity, label: f.label, type: f.type, options: f.options }) as FieldDefinition);
  return {
    fields,
    byId: new Map(fields.map((f) => [f.id, f])),
    domain: { fields: definitions, byId: new Map(definitions.map((d) => [d.id, d])) },
  };
}

const DATETIME_LABELS: Partial<Record<Operator, string>> = {
  greaterThan: 'is after',
  greaterThanOrEqual: 'is on or after',
  lessThan: 'is before',
  lessThanOrEqual: 'is on or before',
};
const NUMBER_LABELS: Partial<Record<Operator, string>> = {
  greaterThan: 'is greater than',
  greaterThanOrEqual: 'is at least',
  lessThan: 'is less than',
  lessThanOrEqual: 'is at most',
};

/** The operator's label, worded for the field's type ("is after" for dates, "is at least" for numbers). */
export function operatorLabel(operator: OperatorDefinition, type: FieldType): string {
  const specific = type === 'datetime' ? DATETIME_LABELS[operator.id] : type === 'number' ? NUMBER_LABELS[operator.id] : undefined;
  return specific ?? operator.label;
}

const ENTITY_LABELS: Record<string, string> = { ticket: 'Ticket', conversation: 'Conversation', contact: 'Contact', channel: 'Channel' };

/** The heading a field is grouped under in the field picker. */
export const entityLabel = (entity: string): string => ENTITY_LABELS[entity] ?? entity;
