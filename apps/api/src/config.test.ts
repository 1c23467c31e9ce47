import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  describe('when the environment is empty', () => {
    it('uses port 4000 on all interfaces', () => {
      expect(loadConfig({})).toEqual({ port: 4000, host: '0.0.0.0' });
    });
  });

  describe('when PORT is valid', () => {
    it('uses it', () => {
      expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    });
  });

  describe('when PORT is invalid', () => {
    it.each(['abc', '0', '70000', '12.5'])('rejects %s naming the variable', (value) => {
      const load = (): unknown => loadConfig({ PORT: value });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(/PORT must be an integer between 1 and 65535/);
    });
  });
});
