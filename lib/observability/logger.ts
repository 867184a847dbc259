import 'server-only';
import { pino, type Logger } from 'pino';
import { getLogLevel } from '../config';

/*
 * The server's one logger: JSON lines on stdout (pino), each with `level`
 * (a name), `time` (ISO 8601) and `msg`; access lines add a request id and
 * the duration. HANDOFF_LOG_LEVEL picks the threshold (info by default).
 * Development gets the same JSON: no pretty printer is bundled.
 *
 * What may go into a line: a module prefix in `msg` ("store: …", "api: …"),
 * error class names and codes, route templates, methods, statuses, counts
 * and durations. Never an id, a proof, a verifier, a token, an envelope, a
 * body, an email address or a URL: nothing that names or opens a secret
 * (tests/integration/logs.test.ts searches every line of a run for them).
 */

// Next bundles instrumentation and each route with their own copy of this module: one logger per process.
const SLOT = Symbol.for('handoff.logger');
type Slot = { [SLOT]?: Logger };

function create(): Logger {
  return pino({
    level: getLogLevel(),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** The process's logger. */
export function logger(): Logger {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= create());
}
