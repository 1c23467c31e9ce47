import { requireWorkspace } from './workspace-scope';

describe('requireWorkspace', () => {
  describe('when the id is missing or blank', () => {
    it.each([undefined, null, '', '   '])('throws for %p', (id) => {
      expect(() => requireWorkspace(id)).toThrow(/without a workspace id/);
    });
  });

  describe('when the id is present', () => {
    it('returns it', () => {
      expect(requireWorkspace('ws-1')).toBe('ws-1');
    });
  });
});
