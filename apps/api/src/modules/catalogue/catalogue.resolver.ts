import { DEFAULT_FIELD_CATALOGUE, OPERATORS, OPERATORS_BY_FIELD_TYPE } from '@handoff/domain';
import { Authorized, Query, Resolver } from 'type-graphql';
import { FieldDefinitionType } from './dtos/field-definition.type';
import { OperatorDefinitionType } from './dtos/operator-definition.type';

/** The rule language's vocabulary, so clients can build rule editors without hard-coding it. */
@Resolver()
export class CatalogueResolver {
  @Authorized()
  @Query(() => [FieldDefinitionType], { description: 'Every field routing conditions can test.' })
  fieldCatalogue(): FieldDefinitionType[] {
    return DEFAULT_FIELD_CATALOGUE.fields.map((f) => ({
      id: f.id,
      entity: f.entity,
      label: f.label,
      type: f.type,
      ...(f.options ? { options: [...f.options] } : {}),
      ...(f.valueSource ? { valueSource: f.valueSource } : {}),
      custom: f.custom === true,
      operators: [...OPERATORS_BY_FIELD_TYPE[f.type]],
    }));
  }

  @Authorized()
  @Query(() => [OperatorDefinitionType], { description: 'Every operator of the rule language.' })
  operators(): OperatorDefinitionType[] {
    return OPERATORS.map((o) => ({ ...o }));
  }
}
