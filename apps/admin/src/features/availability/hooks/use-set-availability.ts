import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { AvailabilityBoardDocument, AvailabilitySetUserDocument, type AvailabilityPersonFragment, type PresenceStatus } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';

export interface AvailabilityChange {
  readonly status?: PresenceStatus;
  readonly capacity?: number;
}

/**
 * Changes a person's presence or capacity. The row shows the change at once (optimistic); the
 * list is then refetched, because whether they are available is the server's call.
 */
export function useSetAvailability(): (person: AvailabilityPersonFragment, change: AvailabilityChange) => Promise<void> {
  const [mutate] = useMutation(AvailabilitySetUserDocument);
  return useCallback(
    async (person, change) => {
      // The row's person came from the cache with its __typename, so the optimistic copy normalises onto it.
      const payload = { __typename: 'SetUserAvailabilityPayload' as const, user: { ...person, ...change } };
      try {
        await mutate({
          variables: { input: { userId: person.id, ...change } },
          optimisticResponse: { setUserAvailability: payload },
          refetchQueries: [AvailabilityBoardDocument],
        });
      } catch (failure) {
        notifications.show({ color: 'red', title: `Could not update ${person.name}`, message: readApiError(failure).message });
      }
    },
    [mutate],
  );
}
