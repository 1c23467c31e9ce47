import { createSessionStore } from '../auth/session-store';
import { fakeSessionApi, memorySessionMarker } from '../../testing/fake-session-api';
import { followSession } from './follow-session';

async function setup() {
  const server = fakeSessionApi();
  const session = createSessionStore({ api: server.api, marker: memorySessionMarker().marker, lock: (task) => task() });
  await session.signIn('aino@example.com', 'right-password');
  const follower = { restartSocket: jest.fn(), forgetData: jest.fn() };
  followSession(session, follower);
  return { session, follower };
}

describe('followSession', () => {
  describe('when the access token is refreshed', () => {
    it('reopens the socket with the new token and keeps the data', async () => {
      const { session, follower } = await setup();
      await session.refresh();
      expect(follower.restartSocket).toHaveBeenCalledTimes(1);
      expect(follower.forgetData).not.toHaveBeenCalled();
    });
  });

  describe('when the person signs out', () => {
    it('forgets their data and closes their socket', async () => {
      const { session, follower } = await setup();
      await session.signOut();
      expect(follower.forgetData).toHaveBeenCalledTimes(1);
      expect(follower.restartSocket).toHaveBeenCalledTimes(1);
    });
  });

  describe('when someone else signs in on the same tab', () => {
    it('forgets the previous person’s data', async () => {
      const { session, follower } = await setup();
      await session.signIn('mikko@example.com', 'right-password');
      expect(follower.forgetData).toHaveBeenCalledTimes(1);
    });
  });
});
