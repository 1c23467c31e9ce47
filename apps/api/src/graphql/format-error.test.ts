import { GraphQLError } from 'graphql';
import { createFormatError } from './format-error';
import { tagErrorsWithRequestId } from './error-request-ids';

function format(error: unknown) {
  const logged: unknown[] = [];
  const formatError = createFormatError(({ error: e }) => logged.push(e));
  const formatted = new GraphQLError('original message', { path: ['tickets'], originalError: error as Error });
  tagErrorsWithRequestId([formatted], 'request-7');
  return { result: formatError({ message: formatted.message, path: ['tickets'] }, formatted), logged };
}

describe('createFormatError', () => {
  describe('when the database cannot be reached', () => {
    it('answers DATABASE_UNAVAILABLE with a request id and no driver detail, and logs the cause', () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
      const { result, logged } = format(cause);
      expect(result.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId: 'request-7' });
      expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7/);
      expect(logged).toEqual([cause]);
    });
  });

  describe('when a bug escapes with SQL in its message', () => {
    it('answers INTERNAL_SERVER_ERROR with only a request id', () => {
      const { result } = format(new Error('SQLITE_ERROR: no such column: "tickets"."secret" at /app/dist/x.js:1'));
      expect(result).toEqual({ message: 'Internal server error', path: ['tickets'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'request-7' } });
    });
  });

  describe('when Apollo wrapped a tagged error (a failed context function)', () => {
    it('finds the request id through originalError', () => {
      const formatError = createFormatError(() => undefined);
      const thrown = new Error('boom');
      tagErrorsWithRequestId([thrown], 'request-9');
      const wrapped = new GraphQLError('Context creation failed: boom', { originalError: thrown });
      expect(formatError({ message: wrapped.message }, wrapped).extensions?.['requestId']).toBe('request-9');
    });
  });

  describe('when an error was never tagged (Apollo refused the HTTP request before any context)', () => {
    it('still answers with a fresh request id', () => {
      const formatError = createFormatError(() => undefined);
      const error = new GraphQLError('GET supports only query operations', { extensions: { code: 'BAD_REQUEST' } });
      expect(formatError({ message: error.message, extensions: { code: 'BAD_REQUEST' } }, error).extensions?.['requestId']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
