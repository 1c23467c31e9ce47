/**
 * What this app remembers about the session between reloads: only *that* it signed in. The
 * refresh token itself lives in an httpOnly cookie the API sets, which no script can read (an XSS
 * bug or a compromised dependency cannot take it away); the access token lives in memory only.
 */
export interface SessionMarker {
  /** Whether this browser signed in here and has not signed out since, so a reload should refresh from the cookie. */
  isSet(): boolean;
  set(): void;
  clear(): void;
  /** Calls back when another tab of this app clears the marker (it signed out). */
  onClearedElsewhere(listener: () => void): () => void;
  /** Removes, and returns so it can be revoked, a refresh token an older version of the app kept in localStorage. */
  takeLegacyRefreshToken(): string | null;
}

/** The localStorage key of the marker; one app per origin, so no workspace or user in it. */
export const SESSION_MARKER_KEY = 'handoff.session';

/** Where versions before the cookie kept the refresh token itself. */
export const LEGACY_REFRESH_TOKEN_KEY = 'handoff.refreshToken';

/**
 * The marker in localStorage: it spares signed-out visitors a refreshSession that could only fail,
 * tells "your session expired" from "never signed in", and lets tabs follow a sign-out elsewhere.
 * Without storage (private modes that refuse it) it lasts as long as the tab.
 */
export function createSessionMarker(storage: Storage | null = safeLocalStorage()): SessionMarker {
  let memory = false;
  const attempt = <T>(action: (s: Storage) => T, fallback: T): T => {
    try {
      return storage ? action(storage) : fallback;
    } catch {
      // Quota or privacy settings: the in-memory flag stands in.
      return fallback;
    }
  };
  return {
    isSet: () => attempt((s) => s.getItem(SESSION_MARKER_KEY) !== null, memory),
    set: () => {
      memory = true;
      attempt((s) => s.setItem(SESSION_MARKER_KEY, '1'), undefined);
    },
    clear: () => {
      memory = false;
      attempt((s) => s.removeItem(SESSION_MARKER_KEY), undefined);
    },
    onClearedElsewhere: (listener) => {
      // `storage` events fire only in the other tabs, never in the one that made the change.
      const handler = (event: StorageEvent) => {
        if (event.key === SESSION_MARKER_KEY && event.newValue === null) listener();
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
    takeLegacyRefreshToken: () =>
      attempt((s) => {
        const token = s.getItem(LEGACY_REFRESH_TOKEN_KEY);
        s.removeItem(LEGACY_REFRESH_TOKEN_KEY);
        return token;
      }, null),
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
