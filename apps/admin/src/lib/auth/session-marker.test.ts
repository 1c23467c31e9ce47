import { createSessionMarker, LEGACY_REFRESH_TOKEN_KEY, SESSION_MARKER_KEY } from './session-marker';

describe('createSessionMarker', () => {
  afterEach(() => window.localStorage.clear());

  describe('when set', () => {
    it('survives in localStorage until cleared, and holds no token', () => {
      const marker = createSessionMarker();
      marker.set();
      expect(createSessionMarker().isSet()).toBe(true);
      expect(window.localStorage.getItem(SESSION_MARKER_KEY)).toBe('1');
      marker.clear();
      expect(createSessionMarker().isSet()).toBe(false);
    });
  });

  describe('when another tab clears it', () => {
    it('calls back, and only for that key being removed', () => {
      const listener = jest.fn();
      const stop = createSessionMarker().onClearedElsewhere(listener);
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: '1' }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: null }));
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: null }));
      stop();
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: null }));
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });

  describe('when an older version left its refresh token in localStorage', () => {
    it('hands it over once and removes it', () => {
      window.localStorage.setItem(LEGACY_REFRESH_TOKEN_KEY, 'refresh-old');
      const marker = createSessionMarker();
      expect(marker.takeLegacyRefreshToken()).toBe('refresh-old');
      expect(window.localStorage.getItem(LEGACY_REFRESH_TOKEN_KEY)).toBeNull();
      expect(marker.takeLegacyRefreshToken()).toBeNull();
    });
  });

  describe('when the browser refuses storage', () => {
    it('remembers the session for this tab only', () => {
      const marker = createSessionMarker(null);
      marker.set();
      expect(marker.isSet()).toBe(true);
      expect(window.localStorage.getItem(SESSION_MARKER_KEY)).toBeNull();
      marker.clear();
      expect(marker.isSet()).toBe(false);
      expect(marker.takeLegacyRefreshToken()).toBeNull();
    });
  });
});
