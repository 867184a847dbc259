import 'server-only';
import type { z } from 'zod';
import type { Config } from '../config';
import { checkDestination, encodeDestination } from '../notify/destination';
import { notifyReference } from '../notify/reference';
import { streamPaddedLength, streamParts } from '../protocol/v1';
import { createSecretRequestSchema, digestSchema, revealSecretRequestSchema, secretIdSchema } from '../schemas/secrets';
import { logger } from '../observability/logger';
import { recordEvent } from '../observability/events';
import { userBucket, type AuthDeps } from '../auth/identity';
import { TOKEN_PREFIX } from '../auth/tokens';
import { clientAddress, type RateLimiter } from '../ratelimit';
import { envelopeCost } from '../ratelimit/text-cost';
import { isStoreError, type SecretStore } from '../store';
import type { ApiReply, ApiRequest } from './fast-path';
import { bearerToken, emptyReply, errorReply, readJsonBody } from './http';
import {
  createdReply,
  endingReply,
  healthStatusReply,
  peekedReply,
  readyStatusReply,
  receiptReply,
  revealedReply,
} from './replies';
import { policyViolationReply, secretViolation } from './policy';
import { storeErrorReply } from './store-errors';
import { verifierFromProof } from './verifier';

const MIB = 1024 * 1024;

/*
 * Framework-independent API handlers: each `…Reply` takes any ApiRequest and
 * answers a plain ApiReply (lib/api/fast-path.ts). The one routing table
 * (lib/api/router.ts) maps each path and method to one of them, for every
 * way of starting the app.
 * Invariants:
 *  - every body is size-capped, then parsed, then validated before any work;
 *  - a wrong link proof and a missing secret produce the same response;
 *  - nothing here logs an id, a proof, an envelope or a body.
 */

export type ApiDeps = {
  store: SecretStore;
  limiter: RateLimiter;
  config: Pick<
    Config,
    'maxBodyBytes' | 'passwordAttempts' | 'receiptTtlSeconds' | 'trustedProxies' | 'files' | 'policy'
  > &
    Partial<Pick<Config, 'notify'>>;
  /** Sign-in (HANDOFF_AUTH proxy or oidc); absent: anyone may create. */
  auth?: AuthDeps;
};

/** The budget a create draws on: the signed-in user's, else the client address's. */
export function creatorBucket(request: ApiRequest, deps: ApiDeps): string {
  return request.identity ? userBucket(request.identity) : clientAddress(request.headers, deps.config.trustedProxies);
}

/**
 * The stored form of "tell me when it is opened", or the refusal: the destination must be one
 * this server sends to (lib/notify/destination.ts). A signed-in sender (HANDOFF_AUTH proxy or oidc)
 * may use email destinations on an instance that allows them only to signed-in senders.
 */
export function notifyFor(
  to: string | undefined,
  manageVerifier: string | null | undefined,
  deps: ApiDeps,
  signedIn: boolean,
): Checked<{ notify: { destination: string; reference: string } | null }> {
  if (to === undefined || !manageVerifier) return { ok: true, notify: null };
  const notifyConfig = deps.config.notify;
  if (!notifyConfig)
    return { ok: false, response: invalid({ path: 'notify.to', message: 'this server sends no notifications' }) };
  const check = checkDestination(notifyConfig, to, { signedIn });
  if (!check.ok) return { ok: false, response: invalid({ path: 'notify.to', message: check.message }) };
  return {
    ok: true,
    notify: { destination: encodeDestination(check.destination), reference: notifyReference(manageVerifier) },
  };
}

export function invalid(error: z.ZodError | { path: string; message: string }): ApiReply {
  if (!('issues' in error)) return errorReply('invalid_request', { issues: [error] });
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return errorReply('invalid_request', { issues });
}

/**
 * The answer to a failure: store failures through STORE_ERROR_REPLIES, anything
 * else a logged 500 (the log names the error class only: never an id or a body).
 */
export function failureReply(error: unknown): ApiReply {
  if (isStoreError(error)) return storeErrorReply(error);
  logger().error(`api: unexpected ${error instanceof Error ? error.name : typeof error}`);
  return errorReply('internal');
}

/**
 * Runs a handler's work and answers its failures (failureReply). The
 * request's rate limit was counted before: the routing table names it and
 * the host counts it before reading the body (lib/api/router.ts, admit).
 */
export async function guarded(work: () => Promise<ApiReply>): Promise<ApiReply> {
  try {
    return await work();
  } catch (error) {
    return failureReply(error);
  }
}

/** POST /api/secrets */
export function createSecretReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const body = await readJsonBody(request, deps.config.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = createSecretRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const s = parsed.data;
    const violation = secretViolation(deps.config.policy, s);
    if (violation) return policyViolationReply(violation);
    const streamBytes = s.files?.streamBytes ?? null;
    if (streamBytes !== null && streamBytes > streamPaddedLength(deps.config.files.maxFileBytes)) {
      return invalid({ path: 'files.streamBytes', message: 'the files are larger than this server accepts' });
    }
    const notify = notifyFor(s.notify?.to, s.manageVerifier, deps, Boolean(request.identity));
    if (!notify.ok) return notify.response;
    const client = creatorBucket(request, deps);
    // Envelopes draw on a per-client budget of KiB × days, so one client cannot fill the store alone.
    const text = await deps.limiter.hit('textKiBDays', client, envelopeCost(s.envelope.length, s.ttlSeconds));
    if (!text.allowed) return errorReply('rate_limited', {}, { 'Retry-After': String(text.retryAfterSeconds) });
    if (streamBytes !== null) {
      // Files also draw on a per-client budget of MiB, so one client cannot fill the upload share alone.
      const decision = await deps.limiter.hit('fileMiB', client, Math.ceil(streamBytes / MIB));
      if (!decision.allowed) {
        return errorReply('rate_limited', {}, { 'Retry-After': String(decision.retryAfterSeconds) });
      }
    }
    const result = await deps.store.putSecret({
      id: s.id,
      envelope: s.envelope,
      linkVerifier: s.linkVerifier,
      passwordVerifier: s.passwordVerifier,
      kdf: s.kdf,
      manageVerifier: s.manageVerifier ?? null,
      ttlSeconds: s.ttlSeconds,
      maxViews: s.maxViews,
      maxAttempts: deps.config.passwordAttempts,
      receiptTtlSeconds: deps.config.receiptTtlSeconds,
      streamBytes,
      uploadWindowSeconds: deps.config.files.uploadWindowSeconds,
      leaseSeconds: leaseSecondsFor(streamBytes, deps.config.files.leaseSeconds),
      notify: notify.notify,
    });
    if (result.kind === 'exists') return errorReply('id_taken');
    recordEvent('created', s.id, request.identity?.user ?? null);
    const created = { id: s.id, expiresAt: result.expiresAt.toISOString() };
    if (streamBytes === null || !result.uploadExpiresAt) return createdReply(created);
    const upload = { parts: streamParts(streamBytes), expiresAt: result.uploadExpiresAt.toISOString() };
    return createdReply({ ...created, upload });
  });
}

/** The slowest download a lease must allow for: 256 kbit/s. */
const MIN_DOWNLOAD_BYTES_PER_SECOND = 32 * 1024;

/**
 * How long a reveal's download lease lasts: the configured time, or longer
 * for files too large to fetch in it at 256 kbit/s (the store still caps it
 * at the secret's expiry). A view is used up at the reveal, so a slow
 * connection must not lose the files to a lease that ends mid-download.
 */
export function leaseSecondsFor(streamBytes: number | null, configured: number): number {
  if (streamBytes === null) return configured;
  return Math.max(configured, Math.ceil(streamBytes / MIN_DOWNLOAD_BYTES_PER_SECOND));
}

/** GET /api/secrets/:id with `Authorization: Bearer <linkProof>`. Never consumes. */
export function peekSecretReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const meta = await deps.store.peekSecret(input.id, verifierFromProof(input.token));
    if (!meta) return errorReply('not_found');
    return peekedReply({
      expiresAt: meta.expiresAt.toISOString(),
      viewsLeft: meta.viewsLeft,
      kdf: meta.kdf,
      streamBytes: meta.streamBytes,
    });
  });
}

/** POST /api/secrets/:id/reveal: releases one view, atomically. */
export function revealSecretReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const id = secretIdSchema.safeParse(rawId);
    if (!id.success) return invalid(id.error);
    const body = await readJsonBody(request, deps.config.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = revealSecretRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const { linkProof, passwordProof, leaseVerifier } = parsed.data;
    const result = await deps.store.claimSecret(id.data, {
      linkVerifier: verifierFromProof(linkProof),
      passwordVerifier: passwordProof ? verifierFromProof(passwordProof) : null,
      leaseVerifier: leaseVerifier ?? null,
    });
    switch (result.kind) {
      case 'missing':
        return errorReply('not_found');
      case 'lease_required':
        return errorReply('lease_required');
      case 'wrong_password':
        if (result.attemptsLeft === 0) recordEvent('locked', id.data);
        return errorReply('wrong_password', { attemptsLeft: result.attemptsLeft });
      case 'released': {
        recordEvent('revealed', id.data);
        if (result.viewsLeft === 0) recordEvent('burned', id.data);
        const { streamBytes, leaseExpiresAt } = result;
        const files =
          streamBytes !== null && leaseExpiresAt !== null
            ? { streamBytes, parts: streamParts(streamBytes), leaseExpiresAt: leaseExpiresAt.toISOString() }
            : null;
        return revealedReply({ envelope: result.envelope, viewsLeft: result.viewsLeft, files });
      }
    }
  });
}

/** A validated input, or the reply that refuses it. */
export type Checked<T> = ({ ok: true } & T) | { ok: false; response: ApiReply };

/** Validates the path id and the bearer token shared by peek, status, revoke and the file calls. */
export function idAndBearer(request: ApiRequest, rawId: string): Checked<{ id: string; token: string }> {
  const id = secretIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false, response: invalid(id.error) };
  const bearer = bearerToken(request);
  // A personal API token means nothing here (it is read only by the create and token routes):
  // it is a wrong link proof, manage token or lease token, and gets a wrong proof's answer.
  if (bearer?.startsWith(TOKEN_PREFIX)) return { ok: false, response: errorReply('not_found') };
  const token = digestSchema.safeParse(bearer);
  if (!token.success) {
    return { ok: false, response: errorReply('unauthorized', {}, { 'WWW-Authenticate': 'Bearer' }) };
  }
  return { ok: true, id: id.data, token: token.data };
}

/** GET /api/secrets/:id/status with `Authorization: Bearer <manage token>`: the receipt. */
export function secretStatusReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const receipt = await deps.store.secretStatus(input.id, verifierFromProof(input.token));
    if (!receipt) return errorReply('not_found');
    return receiptReply({
      state: receipt.state,
      maxViews: receipt.maxViews,
      viewsUsed: receipt.viewsUsed,
      viewedAt: receipt.viewedAt.map((d) => d.toISOString()),
      createdAt: receipt.createdAt.toISOString(),
      expiresAt: receipt.expiresAt.toISOString(),
      endedAt: receipt.endedAt?.toISOString() ?? null,
      hasPassword: receipt.hasPassword,
      failedAttempts: receipt.failedAttempts,
    });
  });
}

/**
 * GET /api/secrets/:id/ending with `Authorization: Bearer <link proof>`: how a
 * secret the link can no longer open ended, from its receipt's tombstone. The
 * same 404 as a peek for no receipt, a wrong proof, and a secret that still opens.
 */
export function secretEndingReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const ending = await deps.store.secretEnding(input.id, verifierFromProof(input.token));
    if (!ending) return errorReply('not_found');
    return endingReply({ ending: ending.ending, endedAt: ending.endedAt.toISOString() });
  });
}

/** DELETE /api/secrets/:id with `Authorization: Bearer <manage token>`: burns it now. Idempotent. */
export function revokeSecretReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const revoked = await deps.store.revokeSecret(input.id, verifierFromProof(input.token));
    if (revoked) recordEvent('revoked', input.id);
    return revoked ? emptyReply(204) : errorReply('not_found');
  });
}

/**
 * GET /api/health: whether the store answers and may be served from (not while Redis's eviction policy
 * is unsafe, lib/store/eviction.ts): 503 whenever the API would refuse for the store's state. No internals.
 */
export async function healthReply(deps: Pick<ApiDeps, 'store'>): Promise<ApiReply> {
  const up = await deps.store.ping();
  return healthStatusReply({ status: up ? 'ok' : 'unavailable' });
}

// server.mjs sets this on SIGTERM, so a load balancer stops sending traffic while in-flight requests finish.
const DRAINING = Symbol.for('handoff.draining');

/** GET /api/ready: for orchestrators; 503 while shutting down or while the store does not answer. */
export async function readyReply(deps: Pick<ApiDeps, 'store'>): Promise<ApiReply> {
  if ((globalThis as { [DRAINING]?: boolean })[DRAINING]) return readyStatusReply({ status: 'draining' });
  return healthReply(deps);
}
