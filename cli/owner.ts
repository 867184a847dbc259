import { checkRequest, readAnswer, type ReadAnswerOutcome } from '../lib/client/request';
import type { CliContext } from './context';
import { CliError, EXIT, usageError } from './errors';
import { serviceError } from './failures';

/*
 * Reading a request's answer with the owner link (`handoff open <server>/o#…`),
 * and waiting for it: polls the request's state (a peek: nothing is used up)
 * with a growing pause, the server's Retry-After when it sends one, and the
 * peek rate limit in mind (HANDOFF_RATE_PEEK: 300 per 10 minutes by default,
 * so never more than one peek every 2 seconds), until the answer is there or
 * the timeout passes. Only then is one view of the answer used.
 */

/** Durations of `--timeout`: 30s, 10m, 2h, 1d. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(text);
  if (!match) throw usageError(`--timeout must be a duration like 30s, 10m, 2h or 1d (got "${text}")`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * unit;
  if (seconds < 1) throw usageError('--timeout must be at least 1s');
  return seconds;
}

export const DEFAULT_WAIT_TIMEOUT = '10m';
/** The first pause between peeks, and the longest. */
const FIRST_PAUSE_MS = 2000;
const LONGEST_PAUSE_MS = 30_000;

export type WaitOptions = { timeoutSeconds: number; sleep?: (ms: number) => Promise<void>; now?: () => number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until the request is answered; throws when it never will be, or the timeout passes. */
export async function waitForAnswer(
  origin: string,
  fragment: string,
  ctx: CliContext,
  options: WaitOptions,
): Promise<void> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutSeconds * 1000;
  let pause = FIRST_PAUSE_MS;
  let told = false;
  for (;;) {
    const checked = await checkRequest(origin, fragment);
    let wait = pause;
    switch (checked.kind) {
      case 'found':
        if (checked.request.state === 'answered') return;
        if (checked.request.state === 'revoked') throw new CliError(EXIT.gone, 'the request was revoked');
        if (!told && ctx.stderrIsTTY) {
          await ctx.err('handoff: waiting for the answer…\n');
          told = true;
        }
        break;
      case 'gone':
        throw new CliError(EXIT.gone, 'the request has expired unanswered, was revoked long ago, or never existed');
      case 'tampered':
        throw new CliError(EXIT.service, 'what the server returned for this request does not decrypt: it was altered');
      case 'bad_link':
        throw new CliError(EXIT.invalidLink, 'invalid owner link');
      case 'error':
        // Rate limited or briefly unavailable: wait as told (or the usual pause), then ask again.
        if (checked.code !== 'rate_limited' && checked.code !== 'store_unavailable' && checked.code !== 'network') {
          throw serviceError(checked, origin);
        }
        if (checked.retryAfterSeconds) wait = Math.max(wait, checked.retryAfterSeconds * 1000);
    }
    const left = deadline - now();
    if (left <= 0) throw new CliError(EXIT.service, 'no answer came before the --timeout; the request is still open');
    await sleep(Math.min(wait, left));
    pause = Math.min(Math.round(pause * 1.5), LONGEST_PAUSE_MS);
  }
}

/** Reads the answer (one view); what `open` then delivers like a revealed secret. */
export async function readOwnerAnswer(
  origin: string,
  fragment: string,
): Promise<Extract<ReadAnswerOutcome, { kind: 'released' }>> {
  const outcome = await readAnswer(origin, fragment);
  switch (outcome.kind) {
    case 'released':
      return outcome;
    case 'waiting':
      throw new CliError(
        EXIT.gone,
        outcome.state === 'uploading'
          ? 'the answer is still uploading: try again shortly, or use --wait'
          : 'no answer yet: the request is open; use --wait to wait for it',
      );
    case 'gone':
      throw new CliError(EXIT.gone, 'the answer was already read, has expired or was revoked');
    case 'undecryptable':
    case 'tampered':
      throw new CliError(
        EXIT.service,
        'what the server released does not decrypt with this owner link: it was altered',
      );
    case 'bad_link':
      throw new CliError(EXIT.invalidLink, 'invalid owner link');
    case 'error':
      throw serviceError(outcome, origin);
  }
}
