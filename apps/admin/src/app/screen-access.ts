import type { SessionRole } from '../lib/auth/session-state';

// Agents work tickets and their own availability; everything that configures routing is an
// admin's (the API refuses the rest with FORBIDDEN; the app does not offer it). A screen missing
// here is admin-only: a new screen is hidden from agents until someone decides otherwise.
const AGENT_SCREENS = ['/tickets', '/availability'] as const;

/** Whether `role` may open the screen at `pathname` (its first segment decides: /rules/abc is /rules). */
export function mayOpen(role: SessionRole, pathname: string): boolean {
  if (role === 'admin') return true;
  const screen = `/${pathname.split('/')[1] ?? ''}`;
  return screen === '/' || (AGENT_SCREENS as readonly string[]).includes(screen);
}

/** Where a person lands after signing in or opening the bare address. */
export function homeFor(role: SessionRole): string {
  return role === 'admin' ? '/settings' : '/tickets';
}
