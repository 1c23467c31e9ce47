/** The sign-in route, outside the app shell. */
export const SIGN_IN_PATH = '/sign-in';

/** The sign-in address that brings the person back to `from` afterwards. */
export function signInPath(from: string): string {
  return from && from !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(from)}` : SIGN_IN_PATH;
}

/**
 * Where to go after signing in: the `next` parameter if it is a path of this app, else the start.
 * Only same-origin paths: `//evil.example` or `https://…` would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return next;
}
