import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_VIEWS, DEFAULT_TTL_SECONDS, TTL_CHOICES_SECONDS } from '../lib/policy';
import { createSecretRequestSchema } from '../lib/schemas/secrets';
import type { CliContext } from './context';
import { usageError } from './errors';

/** Units of `--expires`, largest first: a lifetime is spelled in the largest unit that divides it (604800 is 7d). */
const EXPIRY_UNITS: readonly [suffix: string, seconds: number][] = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/** A lifetime in seconds as `--expires` spells it: 300 is 5m, 86400 is 1d. */
export function expiryText(seconds: number): string {
  const [suffix, unit] = EXPIRY_UNITS.find(([, unit]) => seconds % unit === 0)!;
  return `${seconds / unit}${suffix}`;
}

/** `--expires` values and their lifetimes in seconds: exactly the lifetimes of lib/policy, in its order. */
export const EXPIRY_CHOICES: Readonly<Record<string, number>> = Object.fromEntries(
  TTL_CHOICES_SECONDS.map((seconds) => [expiryText(seconds), seconds]),
);
export const DEFAULT_EXPIRY = expiryText(DEFAULT_TTL_SECONDS);
export const DEFAULT_VIEWS: number = DEFAULT_MAX_VIEWS;

/**
 * Parses `--expires` (one of EXPIRY_CHOICES: 5m, 1h, 1d, 7d, 30d) into seconds.
 * @throws CliError (usage) for anything else
 */
export function parseExpiry(text: string): number {
  const seconds = Object.hasOwn(EXPIRY_CHOICES, text) ? EXPIRY_CHOICES[text] : undefined;
  if (seconds === undefined) {
    throw usageError(`--expires must be one of ${Object.keys(EXPIRY_CHOICES).join(', ')} (got "${text}")`);
  }
  return seconds;
}

/**
 * Parses `--views`, checked by the same schema the server applies.
 * @throws CliError (usage) when the server would refuse the number
 */
export function parseViews(text: string): number {
  // Not a number: check 0 instead, which is never allowed, so the schema names the choices.
  const n = /^\d{1,3}$/.test(text) ? Number(text) : 0;
  const checked = createSecretRequestSchema.shape.maxViews.safeParse(n);
  if (!checked.success) {
    throw usageError(`--views ${checked.error.issues[0]?.message ?? 'is invalid'} (got "${text}")`);
  }
  return checked.data;
}

/**
 * The server's origin for `send`: `--server`, else `HANDOFF_SERVER`.
 * Only the origin counts: links are `<origin>/s#...` and API paths are absolute.
 * @throws CliError (usage) when neither is set or the URL is not http(s)
 */
export function resolveServer(flag: string | undefined, env: Record<string, string | undefined>): string {
  const raw = flag ?? env.HANDOFF_SERVER;
  if (!raw) throw usageError('no server: pass --server URL or set HANDOFF_SERVER (e.g. https://handoff.example.com)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError(`the server "${raw}" is not a URL (e.g. https://handoff.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw usageError(`the server must be an http(s) URL, not ${url.protocol}`);
  }
  return url.origin;
}

/** True for loopback hosts, where plain http is fine (development, tests). */
export function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Warns on standard error when a link's server is reached over plain http
 * (loopback aside), as `send` does (F-19): anyone on the network sees what
 * the request carries.
 * @param exposed - what an eavesdropper gets, e.g. "the manage token, and so can revoke it"
 */
export async function warnPlainHttp(origin: string, exposed: string, ctx: CliContext): Promise<void> {
  if (origin.startsWith('http:') && !isLoopback(origin)) {
    await ctx.err(`handoff: warning: plain http; anyone on the network can see ${exposed}\n`);
  }
}

/**
 * `parseArgs`, strict and with tokens, its errors turned into usage errors.
 * Node's messages name the option, never its value.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T & { strict: true; tokens: true }>> {
  try {
    return parseArgs({ ...config, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid arguments';
    throw usageError(`${message.split('. To specify')[0]!.split('\n')[0]!}; see --help`);
  }
}

/** True when the positional at token `index` directly follows `--password` (a value typed by mistake). */
export function followsPasswordFlag(tokens: readonly { kind: string; name?: string }[], index: number): boolean {
  const before = tokens[index - 1];
  return before?.kind === 'option' && before.name === 'password';
}
