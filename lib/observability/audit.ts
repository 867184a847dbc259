import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { openSync, writeSync } from 'node:fs';
import { getConfig } from '../config';
import type { EventType } from './event-types';
import { logger } from './logger';

/*
 * The audit trail (HANDOFF_AUDIT=stdout|file, off by default): one JSON line
 * per event, e.g.
 *   {"audit":"handoff","time":"2026-12-03T10:00:00.000Z","type":"secret.created","actor":null,"ref":"Qm9…"}
 *  - actor: a signed-in creator (HANDOFF_AUTH proxy or oidc), as an opaque stable
 *    keyed hash of their user key (auditActor), never an email; null when anonymous.
 *  - ref: HMAC-SHA-256 of the secret's id under the audit key, 128 bits in
 *    base64url. It ties the lines of one secret together (created, revealed,
 *    burned) without being its id: the id is half of a link, and a line
 *    holding it would let whoever reads the trail ask the API about the
 *    secret. The key is HANDOFF_AUDIT_KEY, or else random per process and
 *    never written anywhere: then no one, the operator included, can tell
 *    which lines belong to a link they hold, and lines of one secret are tied
 *    together only within one process's lifetime. With a configured key the
 *    operator can (and chooses to) find a link's lines by computing its ref.
 * What a line reveals: that some secret was created, viewed or destroyed at a
 * time (and, later, by which signed-in account). Never an id, a proof, an
 * envelope, an address or a URL. docs/deploy.md §Audit trail, SECURITY.md.
 */

type Sink = { write(line: string): void };

function openSink(): Sink | null {
  const { audit } = getConfig().observability;
  if (!audit) return null;
  if (audit.sink === 'stdout') return { write: (line) => void process.stdout.write(line) };
  // Synchronous appends: a line is in the file when the request is answered, and none is lost at exit.
  try {
    const fd = openSync(audit.path, 'a', 0o600);
    return { write: (line) => void writeSync(fd, line) };
  } catch (error) {
    logger().error(
      `audit: cannot open the audit file (${(error as NodeJS.ErrnoException).code ?? 'error'}); no audit lines`,
    );
    return null;
  }
}

// Next bundles instrumentation and each route with their own copy of this module: one sink and key per process.
const SLOT = Symbol.for('handoff.audit');
type Audit = { sink: Sink | null; key: Buffer };
type Slot = { [SLOT]?: Audit };

function audit(): Audit {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= { sink: openSink(), key: getConfig().observability.auditKey ?? randomBytes(32) });
}

/** The reference of a secret in audit lines: not its id, and not computable without the audit key. */
export function auditRef(key: Buffer, secretId: string): string {
  return createHmac('sha256', key).update(secretId).digest().subarray(0, 16).toString('base64url');
}

/**
 * The actor of a signed-in user's lines: a keyed hash of their stable user key (`oidc:<sub>`,
 * `proxy:<name>`), never the email address or name itself. With HANDOFF_AUDIT_KEY set, the
 * operator can compute a given user's actor; without it, lines are tied together within one process.
 */
export function auditActor(key: Buffer, user: string): string {
  return createHmac('sha256', key).update(`actor:${user}`).digest().subarray(0, 16).toString('base64url');
}

/** Writes the line of one event, when the audit trail is on; `user` is the signed-in creator, if any. */
export function auditEvent(type: EventType, secretId: string, user: string | null = null): void {
  const { sink, key } = audit();
  if (!sink) return;
  const line = {
    audit: 'handoff',
    time: new Date().toISOString(),
    type: `secret.${type}`,
    actor: user === null ? null : auditActor(key, user),
    ref: auditRef(key, secretId),
  };
  sink.write(`${JSON.stringify(line)}\n`);
}
