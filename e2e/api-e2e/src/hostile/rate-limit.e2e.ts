import { createApiKey } from '@handoff/process-harness';
import { startHostileApi, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket, socketCodes } from './support/socket';
import { codeOf, judgeAnswer, type Judgement } from './support/verdict';

// A budget small enough to exhaust in a test: the other hostile suites raise it so that they
// measure validation; this one shows the limiter itself answers, per principal, on both transports.
const BUDGET = 12;
const PROBE = 'mutation { renameDestination(input: { kind: inbox, name: "flooded" }) { destination { name } } }';

function judgeLimited(answer: Answer): Judgement {
  const judged = judgeAnswer(answer);
  if (judged === 'data') return { verdict: 'failed', why: 'ran although over budget' };
  const retryAfter = Number(answer.headers.get('retry-after'));
  if (judged.verdict !== 'rejected') return judged;
  if (answer.status !== 429 || codeOf(answer) !== 'RATE_LIMITED') return { verdict: 'failed', why: `answered ${answer.status} ${codeOf(answer)}` };
  return Number.isInteger(retryAfter) && retryAfter >= 1 ? { verdict: 'rejected', why: `429 RATE_LIMITED, Retry-After ${retryAfter}` } : { verdict: 'failed', why: 'no Retry-After' };
}

describe('the built API flooded past its request budget', () => {
  const ledger = new Ledger('hostile/rate-limit.e2e.ts');
  let api: HostileApi;

  beforeAll(async () => {
    api = await startHostileApi({ RATE_LIMIT_POINTS: String(BUDGET), RATE_LIMIT_DURATION_SECONDS: '60' });
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe('when one API key sends more requests than its budget', () => {
    it('answers 429 RATE_LIMITED with Retry-After, and refuses its mutation unrun, over HTTP and on a socket', async () => {
      const key = await createApiKey(api.server.baseUrl, 'admin', 'flooder');
      const watch = new StateWatch(api);
      await watch.before();

      const flood: Answer[] = [];
      for (let i = 0; i < BUDGET + 3; i++) flood.push(await api.gql('{ viewer { role } }', undefined, key));
      const mutation = await api.gql(PROBE, undefined, key);
      const socket = await exchange(api.server.wsUrl, { authorization: `Bearer ${key}` }, { query: PROBE });

      const limited = flood.filter((a) => a.status === 429);
      limited.forEach((answer, i) => ledger.add('rate limit', `query ${BUDGET + i + 1} over a budget of ${BUDGET}`, judgeLimited(answer)));
      const socketJudged = judgeSocket(socket);
      const closed = ledger.add('rate limit', 'a mutation over budget, on a socket', socketJudged === 'data' ? { verdict: 'failed', why: 'ran' } : socketJudged);
      // Checked after both: neither the HTTP nor the socket mutation may have run.
      const refused = ledger.add('rate limit', 'a mutation over budget, over HTTP', await watch.after(judgeLimited(mutation)));
      expect(flood.slice(0, BUDGET - 1).every((a) => a.status === 200)).toBe(true);
      expect(limited.length).toBeGreaterThanOrEqual(1);
      expect(ledger.problems()).toEqual([]);
      // The socket itself is opened on the address's budget; the key's operations then spend the key's.
      expect([refused.verdict, closed.verdict]).toEqual(['rejected', 'rejected']);
      expect(socket.closeCode === 4429 || socketCodes(socket).includes('RATE_LIMITED')).toBe(true);
    });

    it("leaves other principals' budgets alone", async () => {
      const answer = await api.gql('{ viewer { role } }');

      expect(answer.status).toBe(200);
    });
  });

  describe('when requests without credentials flood from one address', () => {
    it('answers 429 RATE_LIMITED with Retry-After once the address budget is spent', async () => {
      const flood: Answer[] = [];
      for (let i = 0; i < BUDGET + 2; i++) flood.push(await api.gql('{ viewer { role } }', undefined, null));

      const limited = flood.filter((a) => a.status === 429);
      limited.forEach((answer, i) => ledger.add('rate limit', `anonymous request ${i + 1} over the address budget`, judgeLimited(answer)));
      expect(limited.length).toBeGreaterThanOrEqual(1);
      expect(ledger.problems()).toEqual([]);
    });
  });
});
