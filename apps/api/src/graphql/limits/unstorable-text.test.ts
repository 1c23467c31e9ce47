import { parse } from 'graphql';
import { findUnstorableText } from './unstorable-text';

describe('findUnstorableText', () => {
  describe('when a literal in the query holds a NUL', () => {
    it('refuses the operation with BAD_USER_INPUT', () => {
      const error = findUnstorableText(parse('{ ticket(id: "a\\u0000b") { id } }'), {});
      expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('when a variable holds an unpaired surrogate', () => {
    it('names the variable', () => {
      const error = findUnstorableText(parse('mutation ($s: String!) { x(s: $s) }'), { input: { subject: 'x\ud800y' } });
      expect(error?.message).toContain('variables.input.subject');
    });
  });

  describe('when every string is storable', () => {
    it('lets the operation through', () => {
      expect(findUnstorableText(parse('{ ticket(id: "abc") { id } }'), { text: 'Hyvää 👋' })).toBeNull();
    });
  });
});
