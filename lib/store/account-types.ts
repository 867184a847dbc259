/*
 * What sign-in keeps (HANDOFF_AUTH proxy or oidc): sign-in sessions and
 * personal API tokens. Never a token itself: a token is stored as the SHA-256
 * of its text (lib/auth/tokens.ts), a session under a random id that only the
 * sealed cookie carries. Owners are the stable `user` key of an identity
 * (lib/auth/identity.ts), never an email address in a key name.
 */

/** A signed-in session: who, until when. */
export type SessionRecord = { id: string; user: string; label: string; expiresAt: Date };

/** A personal API token as the settings page lists it: no hash, no token. */
export type TokenInfo = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** A token found by its hash: whose it is. */
export type TokenOwner = { id: string; user: string; label: string };

export type NewToken = { id: string; hash: string; user: string; label: string; name: string; createdAt: Date };

/** Both stores implement this (memory, Redis); tests/integration/account-store-contract.test.ts pins it. */
export interface AccountStore {
  putSession(session: SessionRecord): Promise<void>;
  /** The session, if it exists and has not expired. */
  getSession(id: string): Promise<SessionRecord | null>;
  deleteSession(id: string): Promise<void>;
  putToken(token: NewToken): Promise<void>;
  /** The owner of the token whose SHA-256 is `hash`, or null (unknown or revoked). */
  findToken(hash: string): Promise<TokenOwner | null>;
  /** Records a use; called off the request's path, so its failure is only logged. */
  touchToken(hash: string, at: Date): Promise<void>;
  listTokens(user: string): Promise<TokenInfo[]>;
  /** Deletes `user`'s token `id`; false when it has no such token. */
  revokeToken(user: string, id: string): Promise<boolean>;
}
