import { ownerManageCredentials, requestStatus, revokeRequest } from '../lib/client/request';
import type { CliContext } from './context';
import { CliError, EXIT } from './errors';
import { serviceError } from './failures';
import { localTime } from './local-time';
import { warnPlainHttp } from './options';
import { parseRequestLink } from './request-links';
import { formatReceipt } from './commands/status';

/*
 * `handoff status` and `handoff revoke` with an owner link (<server>/o#…):
 * they use its manage token only, never reading the note or the answer.
 */

function ownerLink(text: string) {
  const link = parseRequestLink(text, 'owner');
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid owner link: ${link.reason}`);
  const manage = ownerManageCredentials(link.fragment);
  if ('kind' in manage) throw new CliError(EXIT.invalidLink, 'invalid owner link');
  return { origin: link.origin, ...manage };
}

const STATES = {
  open: 'open: waiting for an answer',
  uploading: 'an answer with files is being uploaded',
  answered: 'answered',
  revoked: 'revoked: it takes no answer, and its answer (if any) is gone',
} as const;

/** The request's state and, once answered, the answer's receipt. */
export async function statusOwner(text: string, json: boolean, ctx: CliContext): Promise<number> {
  const { origin, id, manageToken } = ownerLink(text);
  await warnPlainHttp(origin, 'the manage token, and so can revoke this request', ctx);
  const outcome = await requestStatus(origin, id, manageToken);
  if (outcome.kind === 'gone' || outcome.kind === 'bad_link') {
    throw new CliError(EXIT.gone, 'no such request: it expired unanswered, or the owner link is wrong');
  }
  if (outcome.kind === 'error') throw serviceError(outcome, origin);
  const { request, answer } = outcome;
  if (json) {
    const { note: _note, ...rest } = request;
    void _note;
    await ctx.out(`${JSON.stringify({ request: rest, answer })}\n`);
    return EXIT.ok;
  }
  const rows: [string, string][] = [
    ['Request', STATES[request.state]],
    ['Created', localTime(request.createdAt)],
    ['Open until', localTime(request.expiresAt)],
  ];
  if (request.answeredAt) rows.push(['Answered', localTime(request.answeredAt)]);
  const lines = rows.map(([label, value]) => `${`${label}:`.padEnd(11)}${value}`);
  if (answer) lines.push('Answer:', formatReceipt(answer).replace(/^/gm, '  '));
  await ctx.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Closes the request and burns its answer. */
export async function revokeOwner(text: string, _json: boolean, ctx: CliContext): Promise<number> {
  const { origin, id, manageToken } = ownerLink(text);
  await warnPlainHttp(origin, 'the manage token, and so can revoke this request', ctx);
  const outcome = await revokeRequest(origin, id, manageToken);
  if (outcome.kind === 'gone') throw new CliError(EXIT.gone, 'no such request: it expired, or the owner link is wrong');
  if (outcome.kind === 'error') throw serviceError(outcome, origin);
  await ctx.out('Revoked: the request takes no answer, and its answer (if any) is gone.\n');
  return EXIT.ok;
}
