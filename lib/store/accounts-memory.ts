import 'server-only';
import type { AccountStore, NewToken, SessionRecord, TokenInfo, TokenOwner } from './account-types';

/**
 * Sessions and tokens in this process's memory: lost on restart (every user
 * signs in again and every personal token stops working), and not shared by
 * several instances. docs/deploy.md § Sign-in says so; use Redis for more.
 */
export class MemoryAccountStore implements AccountStore {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly tokens = new Map<string, NewToken & { lastUsedAt: Date | null }>();

  constructor(private readonly now: () => number = Date.now) {}

  async putSession(session: SessionRecord): Promise<void> {
    this.sweep();
    this.sessions.set(session.id, { ...session });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt.getTime() <= this.now()) {
      this.sessions.delete(id);
      return null;
    }
    return { ...session };
  }

  async deleteSession(id: string): Promise<void> {
    this.sessions.delete(id);
  }

  async putToken(token: NewToken): Promise<void> {
    this.tokens.set(token.hash, { ...token, lastUsedAt: null });
  }

  async findToken(hash: string): Promise<TokenOwner | null> {
    const token = this.tokens.get(hash);
    return token ? { id: token.id, user: token.user, label: token.label } : null;
  }

  async touchToken(hash: string, at: Date): Promise<void> {
    const token = this.tokens.get(hash);
    if (token) token.lastUsedAt = at;
  }

  async listTokens(user: string): Promise<TokenInfo[]> {
    return [...this.tokens.values()]
      .filter((t) => t.user === user)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((t) => ({ id: t.id, name: t.name, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt }));
  }

  async revokeToken(user: string, id: string): Promise<boolean> {
    for (const [hash, token] of this.tokens) {
      if (token.user === user && token.id === id) return this.tokens.delete(hash);
    }
    return false;
  }

  /** Drops expired sessions, so a long-running process does not keep every one it ever saw. */
  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (session.expiresAt.getTime() <= now) this.sessions.delete(id);
  }
}
