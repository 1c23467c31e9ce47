import { createRefreshTokenStorage, REFRESH_TOKEN_KEY } from './refresh-token-storage';

describe('createRefreshTokenStorage', () => {
  afterEach(() => window.localStorage.clear());

  describe('when a token is written', () => {
    it('survives in localStorage until cleared', () => {
      const storage = createRefreshTokenStorage();
      storage.write('refresh-1');
      expect(createRefreshTokenStorage().read()).toBe('refresh-1');
      storage.clear();
      expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    });
  });

  describe('when another tab removes the token', () => {
    it('calls back, and only for that key being removed', () => {
      const listener = jest.fn();
      const stop = createRefreshTokenStorage().onClearedElsewhere(listener);
      window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: 'refresh-2' }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: null }));
      window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: null }));
      stop();
      window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: null }));
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });

  describe('when the browser refuses storage', () => {
    it('keeps the token for this tab only', () => {
      const storage = createRefreshTokenStorage(null);
      storage.write('refresh-1');
      expect(storage.read()).toBe('refresh-1');
      storage.clear();
      expect(storage.read()).toBeNull();
    });
  });
});
