// The public entry of @handoff/process-harness: real processes for e2e suites and benchmarks.
export * from './server-process';
export * from './graphql-http';
export * from './credentials';
export * from './throwaway-services';
