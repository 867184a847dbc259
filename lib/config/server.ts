import 'server-only';
import { isIP } from 'node:net';
import { z } from 'zod';

/*
 * The HTTP server's own settings: where it listens (PORT, HOSTNAME; reliability
 * review R3: checked with everything else, so a bad value stops the start with
 * the one config message), and how many request bodies it receives at once and
 * for how long (security review F-05).
 */

export type ServerConfig = {
  port: number;
  hostname: string;
  bodies: {
    /** Bodies being received at once, over every client: beyond it, 503 at once. */
    maxInFlight: number;
    /** Bodies being received at once from one client address: beyond it, 429 at once. */
    maxPerClient: number;
    /** How long a JSON body may take to arrive after its headers; then 408 and the connection is closed. */
    jsonTimeoutMs: number;
  };
};

const intFromEnv = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An RFC 1123 host name (Docker and Kubernetes set HOSTNAME to one), or an IPv4 or IPv6 address. */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

// Unset or empty: the default, as `PORT= node server.mjs` always meant.
const port = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const value = text || '3000';
    const number = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (number >= 1 && number <= 65535) return number;
    ctx.addIssue({ code: 'custom', message: `must be a TCP port, 1-65535; not ${shown(value)}` });
    return 0;
  });

const hostname = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const value = text || '0.0.0.0';
    if (isIP(value) !== 0 || HOST_NAME.test(value)) return value;
    ctx.addIssue({
      code: 'custom',
      message: `must be an address to listen on (0.0.0.0, ::, 127.0.0.1) or a host name; not ${shown(value)}`,
    });
    return value;
  });

export const serverEnvSchema = z
  .object({
    PORT: port,
    HOSTNAME: hostname,
    HANDOFF_MAX_BODIES_IN_FLIGHT: intFromEnv(1, 100_000).default(128),
    HANDOFF_MAX_BODIES_PER_CLIENT: intFromEnv(1, 100_000).default(8),
    HANDOFF_JSON_TIMEOUT_SECONDS: intFromEnv(1, 600).default(15),
  })
  .transform((e): ServerConfig => ({
    port: e.PORT,
    hostname: e.HOSTNAME,
    bodies: {
      maxInFlight: e.HANDOFF_MAX_BODIES_IN_FLIGHT,
      maxPerClient: e.HANDOFF_MAX_BODIES_PER_CLIENT,
      jsonTimeoutMs: e.HANDOFF_JSON_TIMEOUT_SECONDS * 1000,
    },
  }));
