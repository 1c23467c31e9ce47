import type { EventFeedService, FeedRequest } from './event-feed.service';
import type { EventDelivery } from './event-hub';
import { toResumeGraphQLError } from './outbox.graphql-errors';

/** How schema descriptions explain resuming, so every resumable subscription says it the same way. */
export const RESUME_DOCS = {
  after:
    'Resume after this cursor (the `cursor` of the last event you received): events committed since are sent first, in order, then live ones, each once. ' +
    'CURSOR_EXPIRED when it is older than the replay window or too many events were missed: reload, then subscribe without it.',
  cursor: 'This event’s position in the workspace’s event stream; pass it as `after` when subscribing again to miss nothing.',
} as const;

/** A resolver's `subscribe`: opens the feed, or throws the coded error a subscriber sees. */
export async function openSubscription<T>(feed: EventFeedService, request: FeedRequest<T>): Promise<AsyncIterable<EventDelivery<T>>> {
  const result = await feed.open(request);
  if (!result.ok) throw toResumeGraphQLError(result.error);
  return result.value;
}
