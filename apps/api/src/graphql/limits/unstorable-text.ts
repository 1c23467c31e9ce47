import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import { findIllFormedString, isUnstorableText } from '../../http/reject-ill-formed-strings';

/**
 * Refuses text no database stores as sent (a NUL, an unpaired surrogate) in the operation's
 * string literals and its variables, on every transport: HTTP bodies are also screened at the
 * door, but graphql-ws messages and literals written into the query reach only this check.
 */
export function findUnstorableText(document: DocumentNode, variables: Readonly<Record<string, unknown>> | null | undefined): GraphQLError | null {
  let inLiteral = false;
  visit(document, {
    StringValue(node) {
      if (!isUnstorableText(node.value)) return undefined;
      inLiteral = true;
      return BREAK;
    },
  });
  const at = inLiteral ? 'a string in the query' : findIllFormedString(variables ?? {});
  if (!at) return null;
  return new GraphQLError(`Invalid text at ${inLiteral ? at : `variables.${at}`}: it contains a NUL or an unpaired UTF-16 surrogate, which cannot be stored as sent`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
