import 'server-only';

/*
 * The closed list of secret lifecycle events that metrics and the audit
 * trail count. For now derived from handler outcomes (lib/api/secrets.ts);
 * a store event stream will feed the same door (recordEvent) later.
 *  - created: a secret was stored (a file secret counts when its record is created);
 *  - revealed: one view was released;
 *  - burned: that release used the last view, so the secret is gone;
 *  - revoked: the sender destroyed it with the manage token;
 *  - locked: a wrong password used the last attempt, so the secret is gone.
 */
export const EVENT_TYPES = ['created', 'revealed', 'burned', 'revoked', 'locked'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
