/** Where the refresh token outlives a reload. */
export interface RefreshTokenStorage {
  read(): string | null;
  write(token: string): void;
  clear(): void;
  /** Calls back when another tab of this app removes the token (it signed out). */
  onClearedElsewhere(listener: () => void): () => void;
}

/** The localStorage key; one app per origin, so no workspace or user in it. */
export const REFRESH_TOKEN_KEY = 'handoff.refreshToken';

/**
 * The refresh token lives in localStorage so a reload or a new tab stays signed in; the access
 * token lives in memory only. The trade-off: any script running on this origin (an XSS bug, a
 * compromised dependency) can read localStorage and take a 30-day refresh token away, whereas an
 * httpOnly, Secure, SameSite=Strict cookie would be out of script's reach. That cookie needs the
 * API to set and read it on refreshSession/signOut (and CSRF care), which it does not do yet.
 * Meanwhile rotation limits the damage: a stolen token that is used twice revokes the whole chain.
 */
export function createRefreshTokenStorage(storage: Storage | null = safeLocalStorage()): RefreshTokenStorage {
  // Without storage (private modes that refuse it), the session lasts as long as the tab.
  let memory: string | null = null;
  return {
    read: () => (storage ? tryRead(storage) : memory),
    write: (token) => {
      memory = token;
      try {
        storage?.setItem(REFRESH_TOKEN_KEY, token);
      } catch {
        // Quota or privacy settings: keep it in memory only.
      }
    },
    clear: () => {
      memory = null;
      try {
        storage?.removeItem(REFRESH_TOKEN_KEY);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
    onClearedElsewhere: (listener) => {
      // `storage` events fire only in the other tabs, never in the one that made the change.
      const handler = (event: StorageEvent) => {
        if (event.key === REFRESH_TOKEN_KEY && event.newValue === null) listener();
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  };
}

function tryRead(storage: Storage): string | null {
  try {
    return storage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
