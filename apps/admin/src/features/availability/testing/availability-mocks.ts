import type { MockLink } from '@apollo/client/testing';
import { AvailabilityBoardDocument, AvailabilitySetUserDocument, type AvailabilitySetUserMutationVariables } from '../../../generated/graphql';

const SUPPORT = { __typename: 'Team', id: 'team-support', name: 'Support' };
const BILLING = { __typename: 'Team', id: 'team-billing', name: 'Billing' };

const hours = {
  __typename: 'WorkingHours',
  timeZone: 'Europe/Helsinki',
  intervals: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ __typename: 'WorkingInterval', day, start: '08:00', end: '17:00' })),
};

export const ANA = {
  __typename: 'User',
  id: 'user-ana',
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  role: 'admin',
  status: 'online',
  capacity: 5,
  openTickets: 2,
  workingHours: null,
  teams: [SUPPORT],
};

export const BEN = {
  __typename: 'User',
  id: 'user-ben',
  name: 'Ben Okafor',
  email: 'ben@example.com',
  role: 'agent',
  status: 'away',
  capacity: 4,
  openTickets: 4,
  workingHours: hours,
  teams: [BILLING],
};

type Person = typeof ANA | typeof BEN;

const entry = (user: Person, available: boolean, withinWorkingHours: boolean, reason: string | null) => ({
  __typename: 'AgentAvailability',
  user,
  available,
  withinWorkingHours,
  openTickets: user.openTickets,
  reason,
});

/** The availability list: Ana is available, Ben is away (and full). `ben` overrides Ben's row. */
export function boardMock(ben: { user?: Partial<Person>; available?: boolean; reason?: string | null } = {}): MockLink.MockedResponse {
  return {
    request: { query: AvailabilityBoardDocument },
    result: {
      data: {
        availability: [entry(ANA, true, true, null), entry({ ...BEN, ...ben.user } as Person, ben.available ?? false, false, ben.reason === undefined ? 'away' : ben.reason)],
        teams: [SUPPORT, BILLING],
      },
    },
  };
}

/** setUserAvailability succeeds; `seen` receives the variables sent. */
export function setUserMock(seen: (variables: AvailabilitySetUserMutationVariables) => void): MockLink.MockedResponse {
  return {
    request: { query: AvailabilitySetUserDocument, variables: () => true },
    result: (variables: AvailabilitySetUserMutationVariables) => {
      seen(variables);
      const { userId: _userId, ...change } = variables.input;
      return { data: { setUserAvailability: { __typename: 'SetUserAvailabilityPayload', user: { ...BEN, ...change } } } };
    },
  };
}
