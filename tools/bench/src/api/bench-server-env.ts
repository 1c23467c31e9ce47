/**
 * What every API process a benchmark starts gets besides its database: the benchmarks measure the
 * product's work, not its flood guards (the limits have tests of their own), so the request
 * budget is off and one principal may hold P7's thousand subscriber sockets.
 */
export const BENCH_SERVER_ENV: Readonly<Record<string, string>> = {
  GRAPHIQL: 'false',
  RATE_LIMIT_POINTS: '0',
  MAX_SOCKETS_PER_PRINCIPAL: '5000',
};
