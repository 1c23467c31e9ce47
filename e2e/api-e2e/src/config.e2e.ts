import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../../apps/api/dist/main.js');

describe('the built API at boot', () => {
  describe('when PORT is not a port', () => {
    it('exits with status 1 and a message naming the variable', () => {
      const run = spawnSync(process.execPath, [MAIN], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('PORT must be an integer between 1 and 65535, got "eighty"');
    });
  });
});
