import type { AuthChecker } from 'type-graphql';
import type { ApiContext } from '../../context';
import { forbidden, unauthenticated } from './auth-errors';
import type { Role } from './roles';

/**
 * type-graphql's check behind every `@Authorized(...)` field: runs on each query and mutation, at
 * subscribe time and again on every subscription event (the event's resolve), so an expired
 * token or a revoked key stops receiving events. Admins may do everything; an empty role list
 * means "any principal".
 */
export const authChecker: AuthChecker<ApiContext, Role> = async ({ context, info }, roles) => {
  const { principal } = context;
  if (!principal) throw unauthenticated();
  if (!(await context.services.identity.authenticator.isStillValid(principal))) throw unauthenticated('Your session expired or your API key was revoked');
  if (principal.role === 'admin' || roles.length === 0 || roles.includes(principal.role)) return true;
  throw forbidden(`The ${principal.role} role may not use ${info.fieldName}`);
};
