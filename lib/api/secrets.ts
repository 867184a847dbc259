import 'server-only';
import type { z } from 'zod';
import type { Config } from '../config';
import { streamPaddedLength, streamParts } from '../protocol/v1';
import { createSecretRequestSchema, digestSchema, revealSecretRequestSchema, secretIdSchema } from '../schemas/secrets';
import { logger } from '../observability/logger';
import { recordEvent } from '../observability/events';
import { clientAddress, type LimitedAction, type RateLimiter } from '../ratelimit';
import { envelopeCost } from '../ratelimit/text-cost';
import { isStoreError, type SecretStore } from '../store';
import type { ApiReply, ApiRequest } from './fast-path';
import { bearerToken, emptyReply, errorReply, jsonReply, readJsonBody } from './http';
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
  config: Pick<Config, 'maxBodyBytes' | 'passwordAttempts' | 'receiptTtlSeconds' | 'trustedProxies' | 'files'>;
};

export function invalid(error: z.ZodError | { path: string; message: string }): ApiReply {
  if (!('issues' in error)) return errorReply('invalid_request', { issues: [error] });
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return errorReply('invalid_request', { issues });
}

/**
 * Counts the request against the client's limit for `action` before any other
 * work, then runs it; maps store failures through STORE_ERROR_REPLIES and anything else to a
 * logged 500 (the log names the error class only: never an id or a body).
 */
export async function guarded(
  request: ApiRequest,
  deps: ApiDeps,
  action: LimitedAction,
  work: () => Promise<ApiReply>,
): Promise<ApiReply> {
  try {
    const decision = await deps.limiter.hit(action, clientAddress(request.headers, deps.config.trustedProxies));
    if (!decision.allowed) {
      return errorReply('rate_limited', {}, { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    return await work();
  } catch (error) {
    if (isStoreError(error)) return storeErrorReply(error);
    logger().error(`api: unexpected ${error instanceof Error ? error.name : typeof error}`);
    return errorReply('internal');
  }
}

/** POST /api/secrets */
export function createSecretReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  return guarded(request, deps, 'create', async () => {
    const body = await readJsonBody(request, deps.config.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = createSecretRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const s = parsed.data;
    const streamBytes = s.files?.streamBytes ?? null;
    if (streamBytes !== null && streamBytes > streamPaddedLength(deps.config.files.maxFileBytes)) {
      return invalid({ path: 'files.streamBytes', message: 'the files are larger than this server accepts' });
    }
    const client = clientAddress(request.headers, deps.config.trustedProxies);
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
    });
    if (result.kind === 'exists') return errorReply('id_taken');
    recordEvent('created', s.id);
    const created = { id: s.id, expiresAt: result.expiresAt.toISOString() };
    if (streamBytes === null || !result.uploadExpiresAt) return jsonReply(201, created);
    const upload = { parts: streamParts(streamBytes), expiresAt: result.uploadExpiresAt.toISOString() };
    return jsonReply(201, { ...created, upload });
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
  return guarded(request, deps, 'peek', async () => {
    const input = idAndBearer(request, rawId);
    if ('status' in input) return input;
    const meta = await deps.store.peekSecret(input.id, verifierFromProof(input.token));
    if (!meta) return errorReply('not_found');
    return jsonReply(200, {
      expiresAt: meta.expiresAt.toISOString(),
      viewsLeft: meta.viewsLeft,
      kdf: meta.kdf,
      streamBytes: meta.streamBytes,
    });
  });
}

/** POST /api/secrets/:id/reveal: releases one view, atomically. */
export function revealSecretReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(request, deps, 'reveal', async () => {
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
        return jsonReply(200, { envelope: result.envelope, viewsLeft: result.viewsLeft, files });
      }
    }
  });
}

/** Validates the path id and the bearer token shared by peek, status, revoke and the file calls. */
export function idAndBearer(request: ApiRequest, rawId: string): { id: string; token: string } | ApiReply {
  const id = secretIdSchema.safeParse(rawId);
  if (!id.success) return invalid(id.error);
  const token = digestSchema.safeParse(bearerToken(request));
  if (!token.success) return errorReply('unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
  return { id: id.data, token: token.data };
}

/** GET /api/secrets/:id/status with `Authorization: Bearer <manage token>`: the receipt. */
export function secretStatusReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(request, deps, 'manage', async () => {
    const input = idAndBearer(request, rawId);
    if ('status' in input) return input;
    const receipt = await deps.store.secretStatus(input.id, verifierFromProof(input.token));
    if (!receipt) return errorReply('not_found');
    return jsonReply(200, {
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

/** DELETE /api/secrets/:id with `Authorization: Bearer <manage token>`: burns it now. Idempotent. */
export function revokeSecretReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(request, deps, 'manage', async () => {
    const input = idAndBearer(request, rawId);
    if ('status' in input) return input;
    const revoked = await deps.store.revokeSecret(input.id, verifierFromProof(input.token));
    if (revoked) recordEvent('revoked', input.id);
    return revoked ? emptyReply(204) : errorReply('not_found');
  });
}

/** GET /api/health: whether the store answers; no internals. */
export async function healthReply(deps: Pick<ApiDeps, 'store'>): Promise<ApiReply> {
  const up = await deps.store.ping();
  return jsonReply(up ? 200 : 503, { status: up ? 'ok' : 'unavailable' });
}

// server.mjs sets this on SIGTERM, so a load balancer stops sending traffic while in-flight requests finish.
const DRAINING = Symbol.for('handoff.draining');

/** GET /api/ready: for orchestrators; 503 while shutting down or while the store does not answer. */
export async function readyReply(deps: Pick<ApiDeps, 'store'>): Promise<ApiReply> {
  if ((globalThis as { [DRAINING]?: boolean })[DRAINING]) return jsonReply(503, { status: 'draining' });
  return healthReply(deps);
}
