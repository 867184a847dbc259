import { readFileSync } from 'node:fs';
import { usageError } from './errors';

/*
 * The personal API token `send` and `request` create with, on a server where
 * creating needs sign-in (HANDOFF_AUTH proxy or oidc): `--token-file PATH`,
 * else HANDOFF_TOKEN. Never an argument: argv is readable by other local
 * users, as with passwords. The token goes only to the create call (the
 * client's `creator` scope, lib/client/http.ts), never to a link's server.
 */

const TOKEN = /^hnd_pat_[A-Za-z0-9_-]{43}$/;

/** `--token-file`'s help lines (send's column width). */
export const TOKEN_HELP = `  --token-file PATH  a personal API token (hnd_pat_…) for a server where creating
                     needs sign-in (default: $HANDOFF_TOKEN)`;

/**
 * The token to create with, or undefined when none is given.
 * @throws CliError (usage) when the file cannot be read or does not hold one token
 */
export function resolveToken(file: string | undefined, env: Record<string, string | undefined>): string | undefined {
  let raw: string | undefined;
  let from: string;
  if (file !== undefined) {
    from = `--token-file ${file}`;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      throw usageError(`cannot read ${from}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  } else {
    from = 'HANDOFF_TOKEN';
    raw = env.HANDOFF_TOKEN;
    if (raw === undefined || raw === '') return undefined;
  }
  const token = raw.trim();
  // The text is never repeated in the message: it may be a real secret pasted in the wrong place.
  if (!TOKEN.test(token))
    throw usageError(`${from} does not hold a personal API token (hnd_pat_ followed by 43 characters)`);
  return token;
}
