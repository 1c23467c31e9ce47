import { ASSIGNMENT_STRATEGIES } from '@handoff/domain';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics. One registry per process, not per API instance: tests run
 * several instances in one process, and prom-client refuses a metric name registered twice.
 * Labels are bounded sets (route, operation type, outcome), never client-chosen strings.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency, by method, route and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlOperations = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations over HTTP, by operation type (query, mutation, unknown) and outcome (ok, error).',
  labelNames: ['type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operation latency over HTTP, by operation type and outcome.',
  labelNames: ['type', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const eventDeliveryLag = new Histogram({
  name: 'event_delivery_lag_seconds',
  help: 'Time from the commit of an event to a stage of its delivery: published by the relay, or dispatched to this instance’s subscribers.',
  labelNames: ['stage'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const eventsPublished = new Counter({
  name: 'outbox_events_published_total',
  help: 'Outbox events the relay handed to the event bus.',
  registers: [metricsRegistry],
});

export const eventsDispatched = new Counter({
  name: 'events_dispatched_total',
  help: 'Events handed to this instance’s subscribers, by outcome (dispatched, duplicate: already seen, so dropped).',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const relayFailures = new Counter({
  name: 'outbox_relay_failures_total',
  help: 'Relay runs that failed (database or event bus unreachable); their events stay in the outbox and are retried.',
  registers: [metricsRegistry],
});

export const assignments = new Counter({
  name: 'assignments_total',
  help: 'Committed ticket assignments, by method (roundRobin, leastLoaded, direct, manual…) and outcome (assigned, unassigned).',
  labelNames: ['method', 'outcome'] as const,
  registers: [metricsRegistry],
});

// The methods an assignment row records; the label takes no other value, whatever reaches it.
const ASSIGNMENT_METHODS: ReadonlySet<string> = new Set([...ASSIGNMENT_STRATEGIES, 'direct', 'manual']);

/** Counts an assignment that committed (a method outside the known ones counts as "other"). */
export const countAssignment = (method: string, outcome: 'assigned' | 'unassigned'): void =>
  assignments.inc({ method: ASSIGNMENT_METHODS.has(method) ? method : 'other', outcome });

/** Seconds since an ISO timestamp, never negative (clocks of two instances may disagree slightly). */
export const secondsSince = (iso: string, now: number = Date.now()): number => Math.max(0, (now - Date.parse(iso)) / 1000);

type BacklogSource = () => Promise<number>;
const backlogSources = new Set<BacklogSource>();

/**
 * Unpublished outbox events, counted from each running instance's database when scraped (normally
 * 0; growing while the event bus is unreachable). Instances register a source and remove it on stop.
 */
export const outboxBacklog = new Gauge({
  name: 'outbox_backlog',
  help: 'Outbox events committed but not yet published.',
  registers: [metricsRegistry],
  async collect() {
    let total = 0;
    for (const count of backlogSources) total += await count().catch(() => 0);
    this.set(total);
  },
});

/** Registers where the backlog gauge counts; returns how to unregister. */
export function registerBacklogSource(source: BacklogSource): () => void {
  backlogSources.add(source);
  return () => void backlogSources.delete(source);
}
