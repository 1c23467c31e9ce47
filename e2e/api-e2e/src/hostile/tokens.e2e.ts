import { createApiKey, HARNESS_AUTH_SECRET, signIn } from '@handoff/process-harness';
import { randomUUID } from 'node:crypto';
import { withCode } from './support/expect-code';
import { dataOf, startHostileApi, type HostileApi } from './support/http';
import { HS256_HEADER, readClaims, sessionClaims, signToken } from './support/jwt';
import { Ledger } from './support/ledger';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket } from './support/socket';
import { codeOf, judgeAnswer } from './support/verdict';

interface World {
  userId: string;
  workspaceId: string;
  adminToken: string;
  revokedKey: string;
}

const now = (): number => Date.now();
const claims = (w: World, extra: Record<string, unknown> = {}, drop: readonly string[] = []): Record<string, unknown> => {
  const all: Record<string, unknown> = { ...sessionClaims({ userId: w.userId, workspaceId: w.workspaceId, email: 'aino@demo.handoff.dev' }), ...extra };
  for (const key of drop) delete all[key];
  return all;
};
const good = (c: Record<string, unknown>): string => signToken(HS256_HEADER, c, HARNESS_AUTH_SECRET);
const tamper = (token: string, change: Record<string, unknown>): string => {
  const [header, , signature] = token.split('.');
  return `${header}.${Buffer.from(JSON.stringify({ ...readClaims(token), ...change })).toString('base64url')}.${signature}`;
};

// Every way a credential can be wrong. Each must be refused UNAUTHENTICATED over HTTP and with
// close code 4401 over graphql-ws, and a mutation sent with it must change nothing.
const BAD_CREDENTIALS: readonly (readonly [string, (w: World) => string | null])[] = [
  ['no credential at all', () => null],
  ['an expired token, correctly signed', (w) => good(claims(w, { iat: Math.floor(now() / 1000) - 3600, exp: Math.floor(now() / 1000) - 60 }))],
  ['a token expired 10 s ago (past the 5 s clock tolerance)', (w) => good(claims(w, { exp: Math.floor(now() / 1000) - 10 }))],
  ['a token not valid before an hour from now', (w) => good(claims(w, { nbf: Math.floor(now() / 1000) + 3600 }))],
  ['alg none', (w) => signToken({ alg: 'none', typ: 'JWT' }, claims(w), '')],
  ['alg NONE', (w) => signToken({ alg: 'NONE', typ: 'JWT' }, claims(w), '')],
  ['HS512 with the right secret', (w) => signToken({ alg: 'HS512', typ: 'JWT' }, claims(w), HARNESS_AUTH_SECRET)],
  ['HS384 with the right secret', (w) => signToken({ alg: 'HS384', typ: 'JWT' }, claims(w), HARNESS_AUTH_SECRET)],
  ['RS256 in the header over an HMAC signature', (w) => signToken({ alg: 'RS256', typ: 'JWT' }, claims(w), HARNESS_AUTH_SECRET)],
  ['HS256 with a wrong secret', (w) => signToken(HS256_HEADER, claims(w), 'not-the-secret-not-the-secret-not-the-secret')],
  ['HS256 with an empty secret and a kid path', (w) => signToken({ ...HS256_HEADER, kid: '../../../../dev/null' }, claims(w), '')],
  ['a wrong issuer', (w) => good(claims(w, { iss: 'someone-else' }))],
  ['a wrong audience', (w) => good(claims(w, { aud: 'handoff-widget' }))],
  ['typ at+jwt instead of JWT', (w) => signToken({ alg: 'HS256', typ: 'at+jwt' }, claims(w), HARNESS_AUTH_SECRET)],
  ['no exp', (w) => good(claims(w, {}, ['exp']))],
  ['no sub', (w) => good(claims(w, {}, ['sub']))],
  ['no workspace (wsp)', (w) => good(claims(w, {}, ['wsp']))],
  ['a role that does not exist', (w) => good(claims(w, { role: 'superadmin' }))],
  ['a real token whose role was edited', (w) => tamper(w.adminToken, { role: 'integrator', email: 'x@evil.test' })],
  ['a real token moved to another workspace', (w) => tamper(w.adminToken, { wsp: randomUUID() })],
  ['a real token without its signature', (w) => `${w.adminToken.split('.').slice(0, 2).join('.')}.`],
  ['garbage', () => 'not-a-token'],
  ['an 8 KB token', () => `eyJ${'A'.repeat(8 * 1024)}.e30.x`],
  ['a revoked API key', (w) => w.revokedKey],
  ['an API key that never existed', () => `hk_live_${'x'.repeat(43)}`],
  ['an API key made of SQL', () => "hk_live_' OR 1=1 --"],
];

const PROBE_MUTATION = 'mutation { renameDestination(input: { kind: helpDesk, name: "taken over" }) { destination { name } } }';

describe('the built API given expired and forged credentials', () => {
  const ledger = new Ledger('hostile/tokens.e2e.ts');
  const world = {} as World;
  let api: HostileApi;
  let watch: StateWatch;

  beforeAll(async () => {
    api = await startHostileApi();
    const viewer = dataOf<{ viewer: { workspaceId: string; user: { id: string } } }>(await api.gql('{ viewer { workspaceId user { id } } }')).viewer;
    const key = await createApiKey(api.server.baseUrl, 'admin', 'soon revoked');
    const keys = dataOf<{ apiKeys: { id: string; name: string }[] }>(await api.gql('{ apiKeys { id name } }')).apiKeys;
    const revokedId = keys.find((k) => k.name === 'soon revoked')?.id ?? '';
    dataOf(await api.gql('mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }', { id: revokedId }));
    Object.assign(world, { userId: viewer.user.id, workspaceId: viewer.workspaceId, adminToken: api.adminToken, revokedKey: key });
    watch = new StateWatch(api);
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe.each(BAD_CREDENTIALS)('when a client presents %s', (name, make) => {
    it('is refused UNAUTHENTICATED over HTTP, with 401, and a mutation sent with it changes nothing', async () => {
      const credential = make(world);
      await watch.before({ reuse: true });

      const read = await api.gql('{ viewer { role workspaceId } }', undefined, credential);
      const write = await api.gql(PROBE_MUTATION, undefined, credential);

      const echoes = credential ? [credential] : [];
      const readJudged = ledger.add('tokens (HTTP)', `${name}: query`, withCode(judgeAnswer(read, echoes), codeOf(read), ['UNAUTHENTICATED']));
      const writeJudged = ledger.add('tokens (HTTP)', `${name}: mutation`, await watch.after(withCode(judgeAnswer(write, echoes), codeOf(write), ['UNAUTHENTICATED'])));
      expect([readJudged.verdict, writeJudged.verdict, read.status, write.status]).toEqual(['rejected', 'rejected', 401, 401]);
    });

    it('closes a graphql-ws socket with 4401 before any operation runs', async () => {
      const credential = make(world);

      const outcome = await exchange(api.server.wsUrl, credential ? { authorization: `Bearer ${credential}` } : undefined, { query: 'subscription { ticketCreated { id } }' });

      const judged = ledger.add('tokens (graphql-ws)', name, withCode(judgeSocket(outcome, credential ? [credential] : []), undefined, []));
      expect(judged.verdict).toBe('rejected');
      expect([outcome.acknowledged, outcome.closeCode]).toEqual([false, 4401]);
    });
  });

  describe.each([
    ['an agent', async (a: HostileApi) => signIn(a.server.baseUrl, 'mikko@demo.handoff.dev', 'harness-demo-password')],
    ['an integrator API key', async (a: HostileApi) => createApiKey(a.server.baseUrl, 'integrator', 'integrator probe')],
  ])('when %s tries an admin-only mutation', (name, credentialOf) => {
    it('is refused FORBIDDEN and nothing changes', async () => {
      const credential = await credentialOf(api);
      await watch.before();

      const write = await api.gql(PROBE_MUTATION, undefined, credential);

      const judged = ledger.add('roles', name, await watch.after(withCode(judgeAnswer(write, [credential]), codeOf(write), ['FORBIDDEN'])));
      expect(judged).toMatchObject({ verdict: 'rejected' });
    });
  });
});
