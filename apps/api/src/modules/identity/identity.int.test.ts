import { getMetadataStorage } from 'type-graphql';
import { ApiKeyEntity } from './api-key.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RESOLVERS } from '../../schema';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { hashPassword } from './passwords';
import { UserEntity } from '../people/user.entity';
import { accessDecisions, undecidedOperations } from './access-decisions';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { email } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const SIGN_OUT = 'mutation($t: String!) { signOut(refreshToken: $t) { signedOut } }';
const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix role } } }';

describeEachDatabase('identity through the schema', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
    await api.db.dataSource.manager.update(UserEntity, { email: 'aino@demo.handoff.dev' }, { passwordHash: await hashPassword('correct horse') });
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when someone signs in', () => {
    it('issues tokens for the right password only, with the same answer for an unknown email', async () => {
      const good = await api.execute<{ signIn: { accessToken: string; user: { email: string } } }>(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'correct horse' } }, { as: null });
      const wrong = await api.execute(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'wrong' } }, { as: null });
      const unknown = await api.execute(SIGN_IN, { input: { email: 'nobody@demo.handoff.dev', password: 'correct horse' } }, { as: null });

      expect(good.data?.signIn.user.email).toBe('aino@demo.handoff.dev');
      const principal = await api.services.identity.authenticator.authenticate(good.data?.signIn.accessToken ?? '');
      expect(principal).toMatchObject({ kind: 'session', role: 'admin', workspaceId: api.workspaceId });
      expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });

    it('rotates the refresh token: the old one is refused after use, and signing out ends the session', async () => {
      const first = await api.execute<{ signIn: { refreshToken: string } }>(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'correct horse' } }, { as: null });
      const old = first.data?.signIn.refreshToken ?? '';

      const rotated = await api.execute<{ refreshSession: { refreshToken: string } }>(REFRESH, { t: old }, { as: null });
      const reused = await api.execute(REFRESH, { t: old }, { as: null });
      const next = rotated.data?.refreshSession.refreshToken ?? '';
      const afterReuse = await api.execute(REFRESH, { t: next }, { as: null });

      expect(next).not.toBe(old);
      expect(reused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      // A reused token means the chain leaked: its successor is revoked too.
      expect(afterReuse.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

      const fresh = await api.execute<{ signIn: { refreshToken: string } }>(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'correct horse' } }, { as: null });
      await api.execute(SIGN_OUT, { t: fresh.data?.signIn.refreshToken }, { as: null });
      const afterSignOut = await api.execute(REFRESH, { t: fresh.data?.signIn.refreshToken }, { as: null });
      expect(afterSignOut.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('when someone signs in over a transport without cookies (graphql-ws; here in-process)', () => {
    it('puts the refresh token in the body by default', async () => {
      const res = await api.execute<{ signIn: { refreshToken: string | null } }>(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'correct horse' } }, { as: null });

      expect(res.data?.signIn.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('refuses cookie delivery with BAD_USER_INPUT at the field, before checking anything or storing a token', async () => {
      const before = await api.db.dataSource.manager.count(RefreshTokenEntity);

      const res = await api.execute(SIGN_IN, { input: { email: 'aino@demo.handoff.dev', password: 'correct horse', refreshTokenDelivery: 'cookie' } }, { as: null });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.refreshTokenDelivery' });
      expect(res.errors?.[0]?.message).toMatch(/responseBody/);
      expect(await api.db.dataSource.manager.count(RefreshTokenEntity)).toBe(before);
    });

    it('refuses refreshSession without a token (there is no cookie to read)', async () => {
      const res = await api.execute('mutation { refreshSession { accessToken } }', undefined, { as: null });

      expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('when a refresh token is traded after the person changed', () => {
    const person = (id: string, role: string) => ({ id, workspaceId: api.workspaceId, name: id, email: `${id}@demo.handoff.dev`, role, status: 'online', capacity: 1, workingHours: null, createdAt: new Date() });
    const signIn = async (email: string) => {
      const res = await api.execute<{ signIn: { refreshToken: string } }>(SIGN_IN, { input: { email, password: 'correct horse' } }, { as: null });
      return res.data?.signIn.refreshToken ?? '';
    };

    beforeAll(async () => {
      const passwordHash = await hashPassword('correct horse');
      await api.db.dataSource.manager.insert(UserEntity, [
        { ...person('leaver', 'agent'), passwordHash },
        { ...person('promoted', 'agent'), passwordHash },
        { ...person('suspended', 'agent'), passwordHash },
      ]);
    });

    it('refuses once the person was removed', async () => {
      const token = await signIn('leaver@demo.handoff.dev');
      await api.db.dataSource.manager.delete(UserEntity, { id: 'leaver' });

      const res = await api.execute(REFRESH, { t: token }, { as: null });

      expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses once the person holds no role the API knows (a suspension)', async () => {
      const token = await signIn('suspended@demo.handoff.dev');
      await api.db.dataSource.manager.update(UserEntity, { id: 'suspended' }, { role: 'suspended' });

      const res = await api.execute(REFRESH, { t: token }, { as: null });

      expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('issues the next token with the role the person has now, not the one they signed in with', async () => {
      const token = await signIn('promoted@demo.handoff.dev');
      await api.db.dataSource.manager.update(UserEntity, { id: 'promoted' }, { role: 'admin' });

      const res = await api.execute<{ refreshSession: { accessToken: string } }>(REFRESH, { t: token }, { as: null });

      const principal = await api.services.identity.authenticator.authenticate(res.data?.refreshSession.accessToken ?? '');
      expect(principal).toMatchObject({ kind: 'session', userId: 'promoted', role: 'admin' });
    });
  });

  describe('when an admin creates an API key', () => {
    it('shows it once, stores only a hash and a recognisable prefix, and revocation takes effect', async () => {
      const res = await api.execute<{ createApiKey: { key: string; apiKey: { id: string; prefix: string; role: string } } }>(CREATE_KEY, { input: { name: 'Bot', role: 'integrator' } });
      const { key, apiKey } = res.data?.createApiKey ?? { key: '', apiKey: { id: '', prefix: '', role: '' } };

      expect(key).toMatch(/^hk_live_[A-Za-z0-9_-]{43}$/);
      expect(key.startsWith(apiKey.prefix)).toBe(true);
      const row = await api.db.dataSource.manager.findOneByOrFail(ApiKeyEntity, { id: apiKey.id });
      expect(JSON.stringify(row)).not.toContain(key);
      expect(JSON.stringify(row)).not.toContain(key.slice(apiKey.prefix.length));
      const listed = await api.execute<{ apiKeys: Record<string, unknown>[] }>('{ apiKeys { id prefix } }');
      expect(JSON.stringify(listed.data)).not.toContain(key);

      const before = await api.services.identity.authenticator.authenticate(key);
      await api.execute('mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }', { id: apiKey.id });
      const after = await api.services.identity.authenticator.authenticate(key);

      expect(before).toMatchObject({ kind: 'apiKey', role: 'integrator', workspaceId: api.workspaceId });
      expect(after).toBeNull();
    });
  });

  describe('when a key’s name is not text', () => {
    it('refuses a lone surrogate (it would be stored as something else) and keeps a real emoji as sent', async () => {
      const lone = await api.execute(CREATE_KEY, { input: { name: 'Bot \uD83D', role: 'integrator' } });
      const emoji = await api.execute<{ createApiKey: { apiKey: { id: string } } }>(CREATE_KEY, { input: { name: 'Bot \uD83E\uDD16', role: 'integrator' } });
      const listed = await api.execute<{ apiKeys: { id: string; name: string }[] }>('{ apiKeys { id name } }');

      expect(lone.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
      expect(listed.data?.apiKeys.find((k) => k.id === emoji.data?.createApiKey.apiKey.id)?.name).toBe('Bot \uD83E\uDD16');
    });
  });

  describe('when a principal lacks the role or is missing', () => {
    it.each([
      ['agent', 'mutation { createRuleSet(input: { name: "Nope" }) { ruleSet { id } } }', 'FORBIDDEN'],
      ['integrator', '{ auditLog { edges { cursor } } }', 'FORBIDDEN'],
      ['agent', '{ apiKeys { id } }', 'FORBIDDEN'],
      [null, '{ tickets { edges { cursor } } }', 'UNAUTHENTICATED'],
      [null, '{ fieldCatalogue { id } }', 'UNAUTHENTICATED'],
    ] as const)('refuses %s running %s with %s', async (as, query, code) => {
      const res = await api.execute(query, undefined, { as });
      expect(res.errors?.[0]?.extensions?.['code']).toBe(code);
    });

    it('lets an agent change their own availability only', async () => {
      const mutation = 'mutation($id: ID!) { setUserAvailability(input: { userId: $id, status: away }) { user { status } } }';
      const own = await api.execute(mutation, { id: '00000000-0000-4000-9000-000000000002' }, { as: 'agent' });
      const other = await api.execute(mutation, { id: '00000000-0000-4000-9000-000000000003' }, { as: 'agent' });
      expect(own.errors).toBeUndefined();
      expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });
});

describe('access decisions', () => {
  it('cover every root field of the schema: each is @Authorized or explicitly public', () => {
    expect(undecidedOperations(RESOLVERS)).toEqual([]);
    const storage = getMetadataStorage();
    const rootFields = [...storage.queries, ...storage.mutations, ...storage.subscriptions].filter((h) => (RESOLVERS as readonly object[]).includes(h.target)).map((h) => h.schemaName);
    expect([...accessDecisions(RESOLVERS).keys()].sort()).toEqual([...rootFields].sort());
  });

  it('follow the documented matrix (admin may do everything; [] means any principal)', () => {
    const matrix = Object.fromEntries(accessDecisions(RESOLVERS));
    expect(matrix).toMatchObject({
      signIn: 'public', refreshSession: 'public', signOut: 'public', viewer: [], fieldCatalogue: [], operators: [],
      tickets: ['agent', 'integrator'], ticket: ['agent', 'integrator'], assignTicket: ['agent', 'integrator'], closeTicket: ['agent', 'integrator'], updateTicket: ['agent', 'integrator'],
      createTicket: ['integrator'], postVisitorMessage: ['integrator'], reportAgentSignal: ['integrator'], simulateHandoff: ['integrator'], simulateRouting: ['integrator'],
      setUserAvailability: ['agent'], ticketCreated: ['agent', 'integrator'], conversationHandedOff: ['agent', 'integrator'], configurationChanged: ['integrator'],
      updateHandoffPolicy: ['admin'], publishRuleSet: ['admin'], createApiKey: ['admin'], revokeApiKey: ['admin'], apiKeys: ['admin'], auditLog: ['admin'],
    });
  });
});
