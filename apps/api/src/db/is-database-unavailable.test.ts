import { isDatabaseUnavailable } from './is-database-unavailable';

describe('isDatabaseUnavailable', () => {
  describe('when the error says the database cannot be reached or went away', () => {
    it.each([
      ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
      ['a refused dual-stack connect', Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), {})],
      ['an administrator shutdown (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
      ['a connection failure class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
      ['a dropped connection', new Error('Connection terminated unexpectedly')],
      ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
      ['a TypeORM wrapper around a driver error', Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })],
    ])('recognises %s', (_name, error) => {
      expect(isDatabaseUnavailable(error)).toBe(true);
    });
  });

  describe('when the error is anything else', () => {
    it.each([
      ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
      ['a statement timeout (57014 is a cancel, not an outage)', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
      ['a plain bug', new TypeError('x is not a function')],
      ['nothing', undefined],
    ])('does not mistake %s for an outage', (_name, error) => {
      expect(isDatabaseUnavailable(error)).toBe(false);
    });
  });
});
