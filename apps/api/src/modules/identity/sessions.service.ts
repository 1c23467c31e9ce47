import { err, ok } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import type { Clock, IdGenerator } from '../../shared/clock';
import type { UserEntity } from '../people/user.entity';
import type { AccessTokens } from './access-token';
import { IdentityRepository } from './identity.repository';
import { verifyPassword } from './passwords';
import { isRole } from './roles';
import { hashSecret, randomSecret } from './secrets';

/** How long a refresh token lives if never used. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** What signing in or refreshing returns. The refresh token is shown here only; the API keeps its hash. */
export interface SessionTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: Date;
  readonly user: UserEntity;
}

/** Why a sign-in or refresh failed; deliberately vague to the client (no "unknown email"). */
export type SessionFailure = 'invalidCredentials' | 'chooseWorkspace';

/** Admin-app sessions: sign in with a password, refresh with a rotating refresh token, sign out. */
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async signIn(email: string, password: string, workspaceId: string | null) {
    const repo = new IdentityRepository(this.dataSource.manager);
    const candidates = (await repo.findSignInCandidates(email.trim().toLowerCase())).filter((u) => workspaceId === null || u.workspaceId === workspaceId);
    if (candidates.length > 1) return err<SessionFailure>('chooseWorkspace');
    const [user] = candidates;
    // Verify even when nobody matched, so timing does not tell which emails exist.
    const matches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !matches || !isRole(user.role)) return err<SessionFailure>('invalidCredentials');
    return ok(await this.issue(repo, user));
  }

  /** Trades a refresh token for a new pair; the old one stops working. A reused token ends every session of its person. */
  async refresh(refreshToken: string) {
    return this.dataSource.transaction(async (manager) => {
      const repo = new IdentityRepository(manager);
      const row = await repo.findRefreshToken(hashSecret(refreshToken));
      const now = this.clock();
      if (!row || row.expiresAt <= now) return err<SessionFailure>('invalidCredentials');
      if (row.revokedAt || !(await repo.revokeRefreshToken(row.workspaceId, row.id, now))) {
        await repo.revokeRefreshTokensOf(row.workspaceId, row.userId, now);
        return err<SessionFailure>('invalidCredentials');
      }
      const user = await repo.findUser(row.workspaceId, row.userId);
      if (!user || !isRole(user.role)) return err<SessionFailure>('invalidCredentials');
      return ok(await this.issue(repo, user));
    });
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored: signing out twice is fine. */
  async signOut(refreshToken: string): Promise<void> {
    const repo = new IdentityRepository(this.dataSource.manager);
    const row = await repo.findRefreshToken(hashSecret(refreshToken));
    if (row) await repo.revokeRefreshToken(row.workspaceId, row.id, this.clock());
  }

  private async issue(repo: IdentityRepository, user: UserEntity): Promise<SessionTokens> {
    const now = this.clock();
    const refreshToken = randomSecret();
    await repo.insertRefreshToken({
      id: this.ids(),
      workspaceId: user.workspaceId,
      userId: user.id,
      tokenHash: hashSecret(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
      revokedAt: null,
    });
    const access = await this.tokens.sign({ userId: user.id, label: user.email, workspaceId: user.workspaceId, role: user.role as 'admin' | 'agent' });
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt, user };
  }
}
