import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlOperationDuration, graphqlOperations } from './metrics';

/** Counts and times every GraphQL operation over HTTP by type (query, mutation; unknown when it never parsed) and outcome. */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let type = 'unknown';
      return {
        async didResolveOperation({ operation }) {
          type = operation?.operation ?? 'unknown';
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          const labels = { type, outcome: failed ? 'error' : 'ok' };
          graphqlOperations.inc(labels);
          graphqlOperationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
