import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Every repository of every module, found on disk: a new one is covered without being listed here.
const MODULES = join(__dirname, '..', 'modules');
const repositoryClasses = readdirSync(MODULES).flatMap((module) =>
  readdirSync(join(MODULES, module))
    .filter((file) => file.endsWith('.repository.ts'))
    .flatMap((file) => Object.values(require(join(MODULES, module, file)) as Record<string, unknown>))
    .filter((value): value is new (manager: unknown) => object => typeof value === 'function' && /Repository$/.test(value.name)),
);

/**
 * The only repository methods that run without a caller's workspace, and why. Anything else that
 * is not scoped fails the test below.
 */
const UNSCOPED: Readonly<Record<string, string>> = {
  'IdentityRepository.findSignInCandidates': 'signing in is how the workspace becomes known',
  'IdentityRepository.findRefreshToken': 'the refresh token names its workspace',
  'IdentityRepository.findApiKeyByHash': 'the API key names its workspace',
  'OutboxRepository.claimUnpublished': 'the relay publishes every workspace’s events, each tagged with its workspace',
  'OutboxRepository.maxSequence': 'the relay’s high-water mark across workspaces',
  'OutboxRepository.countUnpublished': 'a metric across workspaces',
  'OutboxRepository.oldestUnpublished': 'the relay’s poll across workspaces',
  'OutboxRepository.prune': 'retention across workspaces',
  'OutboxRepository.streamId': 'the installation’s event stream id',
  'OutboxRepository.placeholder': 'a private helper that spells a bind parameter; runs nothing',
};

// What would send SQL: these methods on the manager itself, and a query builder's terminal
// methods. Builders may be set up before the guard runs; nothing may execute.
const MANAGER_EXECUTES = new Set(['find', 'findBy', 'findOne', 'findOneBy', 'findOneByOrFail', 'count', 'countBy', 'exists', 'insert', 'update', 'delete', 'save', 'upsert', 'query', 'transaction']);
const BUILDER_EXECUTES = new Set(['execute', 'getOne', 'getMany', 'getRawOne', 'getRawMany', 'getCount', 'getExists']);

/** An EntityManager that records what would have reached the database (and says it is PostgreSQL, the engine with the most paths). */
function recordingManager(reached: string[]): unknown {
  const handler = (executes: ReadonlySet<string>): ProxyHandler<object> => ({
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === 'connection') return { options: { type: 'postgres' } };
      const name = String(property);
      return new Proxy(() => undefined, { apply: () => (executes.has(name) && reached.push(name), builder) });
    },
  });
  const builder: object = new Proxy({}, handler(BUILDER_EXECUTES));
  return new Proxy({}, handler(MANAGER_EXECUTES));
}

const parameterNames = (method: (...args: unknown[]) => unknown): string[] =>
  (/^[^(]*\(([^)]*)\)/.exec(method.toString())?.[1] ?? '')
    .split(',')
    .map((p) => p.replace(/=.*$/, '').trim())
    .filter(Boolean);

const methods = repositoryClasses.flatMap((Repository) =>
  Object.getOwnPropertyNames(Repository.prototype)
    .filter((name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(Repository.prototype, name)?.value === 'function')
    .map((name) => ({ Repository, name, key: `${Repository.name}.${name}` })),
);

describe('repositories', () => {
  it('are all found (the scan is not silently empty)', () => {
    expect(repositoryClasses.map((r) => r.name)).toEqual(expect.arrayContaining(['TicketRepository', 'IdentityRepository', 'OutboxRepository', 'RuleSetRepository']));
    expect(methods.length).toBeGreaterThan(50);
  });

  describe('when called without a workspace id', () => {
    const scoped = methods.filter((m) => !(m.key in UNSCOPED));

    it.each(scoped.map((m) => [m.key, m] as const))('%s throws before any SQL runs', async (_key, { Repository, name }) => {
      const reached: string[] = [];
      const repository = new Repository(recordingManager(reached)) as Record<string, (...args: unknown[]) => unknown>;
      const method = repository[name] as (...args: unknown[]) => unknown;
      // The workspace is either the first argument or a field of the row passed first; the rest get plausible values.
      const [first, ...rest] = parameterNames(method);
      const args = [first === 'workspaceId' ? '' : { workspaceId: '', id: 'x', ticketId: 'x' }, ...rest.map(() => ['x'])];

      await expect(Promise.resolve().then(() => method.apply(repository, args))).rejects.toThrow(/without a workspace id/);
      expect(reached).toEqual([]);
    });
  });

  describe('when a method is allowed to run unscoped', () => {
    it('still exists (the allowance does not outlive the method)', () => {
      expect(Object.keys(UNSCOPED).filter((key) => !methods.some((m) => m.key === key))).toEqual([]);
    });
  });
});
