import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { collect, postGraphQL, produceUntil, startLiveApi, tempDir, wsClient } from '../../testing/live-api';

const TOGGLE = `mutation ($input: SetRuleEnabledInput!) { setRuleEnabled(input: $input) { ruleSet { draftVersion } } }`;
type Toggled = { setRuleEnabled: { ruleSet: { draftVersion: number } } };
type Change = { configurationChanged: { entityType: string; entityId: string; action: string; version: number; actor: string } };

// A second admin's view over a real socket: the server as `npm start` runs it, seeded demo workspace.
describe('configuration changes over graphql-ws', () => {
  const dir = tempDir();
  let api: RunningApi;
  let client: Client;

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/config.sqlite` });
    client = wsClient(api);
  });

  afterAll(async () => {
    await client.dispose();
    await api.stop();
    dir.dispose();
  });

  describe('when an admin edits the published rule set’s draft', () => {
    it('tells a subscribed admin which rule set changed and its new draft version', async () => {
      const ruleSets = await postGraphQL<{ ruleSets: { id: string; draftVersion: number }[] }>(api, '{ ruleSets { id draftVersion } }');
      const ruleSet = ruleSets.data?.ruleSets[0] as { id: string; draftVersion: number };
      const changes = collect<Change>(client, 'subscription { configurationChanged { entityType entityId action version actor } }');
      let version = ruleSet.draftVersion;
      const toggle = async () => {
        const res = await postGraphQL<Toggled>(api, TOGGLE, { input: { ruleSetId: ruleSet.id, expectedDraftVersion: version, ruleId: 'finnish-speakers', enabled: version % 2 === 0 } });
        version = res.data?.setRuleEnabled.ruleSet.draftVersion ?? Number.NaN;
        return version;
      };

      const versions = await produceUntil(toggle, () => changes.events.length > 0);

      expect(changes.events[0]?.configurationChanged).toEqual({ entityType: 'ruleSet', entityId: ruleSet.id, action: 'setRuleEnabled', version: expect.any(Number), actor: expect.any(String) });
      expect(versions).toContain(changes.events[0]?.configurationChanged.version);
      expect(changes.errors).toEqual([]);
      changes.dispose();
    });
  });
});
