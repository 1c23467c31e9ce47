import { Field, Int, ObjectType } from 'type-graphql';

/** One coded problem with a document, at a path into it (the shape VALIDATION_FAILED's issues have). */
@ObjectType('ValidationIssue')
export class ValidationIssueType {
  @Field({ description: 'A stable code, e.g. LIMIT_EXCEEDED.' })
  code!: string;

  @Field({ description: 'Where in the document, e.g. customTriggers[0].id; empty for the whole document.' })
  path!: string;

  @Field()
  message!: string;
}

/**
 * A stored document that fails validation on load (written before a bound existed, or edited by
 * hand). Reads answer what is in effect instead, with this alongside, so an admin can replace it.
 */
@ObjectType('StoredDocumentProblem')
export class StoredDocumentProblemType {
  @Field({ description: '`current` for the policy, `draft` for a rule set’s draft, `published` for one of its versions.' })
  part!: string;

  @Field(() => Int, { description: 'The version of the unusable document; for the policy and a draft, the compare-and-set token that replaces it.' })
  version!: number;

  @Field(() => [ValidationIssueType])
  issues!: ValidationIssueType[];
}
