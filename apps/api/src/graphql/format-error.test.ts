import { GraphQLError } from 'graphql';
import { createFormatError } from './format-error';
import { runInRequestScope } from './request-scope';

function format(error: unknown) {
  const logged: unknown[] = [];
  const formatError = createFormatError(({ error: e }) => logged.push(e));
  const formatted = new GraphQLError('original message', { path: ['tickets'], originalError: error as Error });
  let result: ReturnType<typeof formatError> | undefined;
  runInRequestScope(() => void (result = formatError({ message: formatted.message, path: ['tickets'] }, formatted)));
  return { result: result as NonNullable<typeof result>, logged };
}

describe('createFormatError', () => {
  describe('when the database cannot be reached', () => {
    it('answers DATABASE_UNAVAILABLE with a request id and no driver detail, and logs the cause', () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
      const { result, logged } = format(cause);
      expect(result.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) });
      expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7/);
      expect(logged).toEqual([cause]);
    });
  });

  describe('when a bug escapes with SQL in its message', () => {
    it('answers INTERNAL_SERVER_ERROR with only a request id', () => {
      const { result } = format(new Error('SQLITE_ERROR: no such column: "tickets"."secret" at /app/dist/x.js:1'));
      expect(result).toEqual({ message: 'Internal server error', path: ['tickets'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } });
    });
  });
});
