import { graphqlEnum } from '../../graphql/graphql-enum';

/** Who may do what: admin configures, agent works tickets, integrator is an API key's client. */
export const ROLES = ['admin', 'agent', 'integrator'] as const;

/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** The role as the schema spells it. */
export const ApiRole = graphqlEnum(ROLES, 'ApiRole', 'What a signed-in person or an API key may do.');

/** Whether a string names a role. */
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

// Named groups for @Authorized, so each decorator reads as a decision. Admin passes every check
// (auth-checker.ts), so it is never listed.
/** Agents and integrators: ticket work and reads. */
export const STAFF_AND_INTEGRATORS = ['agent', 'integrator'] as const;
/** Agents only (besides admins). */
export const AGENTS = ['agent'] as const;
/** Integrators only (besides admins): the AI agent's side of the handoff. */
export const INTEGRATORS = ['integrator'] as const;
/** Admins only: configuration. */
export const ADMINS = ['admin'] as const;
