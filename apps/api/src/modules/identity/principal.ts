import type { Role } from './roles';

/** Who is acting: a signed-in person (access token) or a client app (API key). Always in one workspace. */
export type Principal =
  | {
      readonly kind: 'session';
      /** How the audit log names them: the person's email. */
      readonly label: string;
      readonly userId: string;
      readonly workspaceId: string;
      readonly role: Role;
      /** When the access token expires; sockets close then. */
      readonly expiresAt: Date;
    }
  | {
      readonly kind: 'apiKey';
      /** How the audit log names it: `api-key:<name>`. */
      readonly label: string;
      readonly apiKeyId: string;
      readonly workspaceId: string;
      readonly role: Role;
      readonly name: string;
    };

/** How the audit log names a principal. */
export function actorOf(principal: Principal): string {
  return principal.label;
}
