import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The typed documents are committed so the app builds without a generation step; this keeps
// them honest against the committed schema and the feature `.graphql` files.
describe('generated GraphQL documents', () => {
  describe('when codegen runs in check mode', () => {
    it('finds nothing to change (run `npm run codegen` if this fails)', () => {
      const adminRoot = join(__dirname, '../..');
      const bin = join(adminRoot, '../../node_modules/.bin/graphql-codegen');
      const run = () => execFileSync(bin, ['--config', 'codegen.ts', '--check'], { cwd: adminRoot, stdio: 'pipe' });
      expect(run).not.toThrow();
    });
  });
});
