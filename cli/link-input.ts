import type { CliContext } from './context';
import { usageError } from './errors';
import { readFd } from './password';

/*
 * Where `open`, `status` and `revoke` take their link from (security review
 * F-08). A link in the arguments is readable by every local user for the
 * whole run (`ps`, /proc/PID/cmdline) and lands in shell history; handoff
 * overwrites its process title at start (cli/handoff.ts), which hides it on
 * Linux, but not from whoever looked first. So a link can also come from
 * standard input (`-`), from `--link-fd N`, or from an environment variable
 * (HANDOFF_LINK for share links, HANDOFF_MANAGE_LINK for manage links),
 * which is then removed from the environment a `--exec` command gets.
 */

/** The environment variable each kind of link may come from. */
export const LINK_ENV = {
  share: 'HANDOFF_LINK',
  manage: 'HANDOFF_MANAGE_LINK',
  request: 'HANDOFF_REQUEST_LINK',
} as const;

/** Far more than any link: a longer input is not a link, so it is not read whole. */
const MAX_LINK_INPUT_BYTES = 4096;

/** The options every command that takes a link declares. */
export const LINK_OPTIONS = { 'link-fd': { type: 'string' } } as const;

/** Help lines for those options; `what` is LINK or MANAGE_LINK. */
export function linkHelp(what: 'LINK' | 'MANAGE_LINK' | 'REQUEST_LINK'): string {
  const env = what === 'LINK' ? LINK_ENV.share : what === 'MANAGE_LINK' ? LINK_ENV.manage : LINK_ENV.request;
  return `${what} may also come from standard input (\`-\` in its place), from
\`--link-fd N\` (a file descriptor), or from $${env} when no ${what} is
given. Prefer these: other local users can read a ${what} given as an
argument (\`ps\`, /proc) until handoff has started, and your shell keeps it
in its history. $${env} is removed from the environment handoff passes on.`;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_LINK_INPUT_BYTES) throw usageError('standard input holds more than a link');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function oneLine(text: string, from: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw usageError(`no link in ${from}`);
  if (/\s/.test(trimmed)) throw usageError(`${from} must hold the link alone, on one line`);
  return trimmed;
}

/**
 * The one link a command was given, from its positional arguments, `-`,
 * `--link-fd` or the environment (see above). Removes the environment
 * variable from `ctx.env` whether or not it was used.
 * @param positionals - the command's positional arguments (before any `--`)
 * @throws CliError (usage) when none or more than one is given
 */
export async function readLink(
  positionals: readonly string[],
  linkFd: string | undefined,
  kind: keyof typeof LINK_ENV,
  ctx: CliContext,
  usage: string,
): Promise<string> {
  const envName = LINK_ENV[kind];
  const fromEnv = ctx.env[envName];
  delete ctx.env[envName];
  if (positionals.length > 1 || (positionals.length === 1 && linkFd !== undefined)) throw usageError(usage);
  if (linkFd !== undefined) {
    const fd = /^\d{1,4}$/.test(linkFd) ? Number(linkFd) : NaN;
    if (!Number.isInteger(fd) || fd === 1 || fd === 2) {
      throw usageError('--link-fd needs the number of a readable file descriptor, e.g. 3 (and not 1 or 2)');
    }
    const text = await readFd(fd, '--link-fd');
    if (Buffer.byteLength(text) > MAX_LINK_INPUT_BYTES) throw usageError(`--link-fd ${fd} holds more than a link`);
    return oneLine(text, `--link-fd ${fd}`);
  }
  const [given] = positionals;
  if (given === '-') return oneLine(await readStream(ctx.stdin), 'standard input');
  if (given !== undefined) return given;
  if (fromEnv !== undefined && fromEnv !== '') return oneLine(fromEnv, `$${envName}`);
  throw usageError(usage);
}
