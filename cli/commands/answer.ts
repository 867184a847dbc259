import { answerRequest, viewRequest } from '../../lib/client/request';
import type { SecretContent } from '../../lib/crypto';
import { filesBytes } from '../../lib/crypto';
import { attachmentReader, closeAttachments, openAttachments } from '../attachments';
import type { CliContext } from '../context';
import { CliError, EXIT, usageError } from '../errors';
import { createFilesError, serviceError } from '../failures';
import { decodeText, readSecretInput } from '../files';
import { LINK_ENV, LINK_OPTIONS, linkHelp, readLink } from '../link-input';
import { parseCommandArgs, warnPlainHttp } from '../options';
import { progressLine } from '../progress';
import { parseRequestLink } from '../request-links';
import { withInterrupt } from '../upload';
import type { Command } from './command';

const HELP = `Usage: handoff answer REQUEST_LINK|- [FILE|-] [--attach PATH]... [options]

Answers a request for a secret: shows the requester's note on standard error,
encrypts the answer on this machine to the requester's key (from the link;
the server never sees it) and uploads it. Only the requester can read it;
you cannot read it back. The first answer wins: a request answered already
refuses yours. The text comes from FILE, or standard input (\`-\`, or when no
FILE and no --attach is given).

Options:
  --attach PATH      attach a file (repeatable)
  --link-fd N        read REQUEST_LINK from file descriptor N
  --yes              answer without showing the note first (scripts)
  --json             print {answeredAt, expiresAt, confirmation} as JSON
  -h, --help         show this help

${linkHelp('REQUEST_LINK')}

With REQUEST_LINK from --link-fd or $${LINK_ENV.request}, the one argument
is FILE. Before anything is sent, the note must decrypt with this link: a
server that altered it, or returned another request's, is refused (exit 2).
The confirmation code printed at the end is the one the requester sees when
reading the answer: compare it by phone if in doubt.`;

/** The note with control characters (terminal escapes) shown as `?`: the requester wrote it, not us. */
function printable(note: string): string {
  return note.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '?');
}

const TAMPERED = 'what the server returned for this request does not decrypt with this link: it was altered';

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      attach: { type: 'string', multiple: true },
      yes: { type: 'boolean' },
      json: { type: 'boolean' },
      ...LINK_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 2) throw usageError('answer takes REQUEST_LINK and one FILE; see --help');
  const linkElsewhere = values['link-fd'] !== undefined || (ctx.env[LINK_ENV.request] ?? '') !== '';
  const [linkArgs, file] =
    positionals.length === 2 || !linkElsewhere ? [positionals.slice(0, 1), positionals[1]] : [[], positionals[0]];
  if (linkArgs[0] === '-' && (file === '-' || (file === undefined && (values.attach ?? []).length === 0))) {
    throw usageError('standard input cannot carry both the link and the answer: give a FILE');
  }
  const usage = 'answer takes one REQUEST_LINK; see --help';
  const link = parseRequestLink(await readLink(linkArgs, values['link-fd'], 'request', ctx, usage), 'request');
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid request link: ${link.reason}`);
  await warnPlainHttp(link.origin, 'the submit proof, and so can answer this request first', ctx);

  const viewed = await viewRequest(link.origin, link.fragment);
  switch (viewed.kind) {
    case 'gone':
    case 'bad_link':
      throw new CliError(EXIT.gone, 'this request has expired or never existed; ask the requester for a new one');
    case 'tampered':
      throw new CliError(EXIT.service, TAMPERED);
    case 'error':
      throw serviceError(viewed, link.origin);
    case 'closed':
      throw new CliError(EXIT.gone, `this request takes no answer: it is ${viewed.request.state}`);
    case 'open':
      if (!values.json)
        await ctx.err(`handoff: the request says: ${viewed.note === '' ? '(no note)' : printable(viewed.note)}\n`);
  }

  const attachPaths = values.attach ?? [];
  const attachments = attachPaths.length > 0 ? await openAttachments(attachPaths) : [];
  try {
    const withFiles = attachments.length > 0;
    const text = withFiles && file === undefined ? '' : decodeText(await readSecretInput(file, ctx));
    if (text.length === 0 && !withFiles) throw usageError('nothing to send: the input is empty');
    const files = attachments.map((a) => a.file);
    const content: SecretContent = withFiles ? { kind: 'bundle', text, files } : { kind: 'text', text };
    const progress = progressLine(ctx, 'uploading');
    const answer = (signal?: AbortSignal) =>
      answerRequest(link.origin, link.fragment, {
        content,
        read: withFiles ? attachmentReader(attachments) : undefined,
        signal,
        onProgress: (done, total) => progress.update(done, total),
      });
    const outcome = withFiles ? await withInterrupt(answer) : await answer();
    await progress.end();
    switch (outcome.kind) {
      case 'answered':
        if (values.json) {
          const result = {
            answeredAt: new Date().toISOString(),
            expiresAt: outcome.expiresAt,
            confirmation: outcome.confirmation,
          };
          await ctx.out(`${JSON.stringify(result)}\n`);
        } else {
          await ctx.out(`Answered. Confirmation code: ${outcome.confirmation}\n`);
        }
        return EXIT.ok;
      case 'closed':
        throw new CliError(EXIT.gone, 'this request takes no answer: another answer came first, or it was revoked');
      case 'gone':
      case 'bad_link':
        throw new CliError(EXIT.gone, 'this request has expired or never existed; ask the requester for a new one');
      case 'tampered':
        throw new CliError(EXIT.service, TAMPERED);
      case 'error':
        throw withFiles
          ? createFilesError(outcome, link.origin, filesBytes(files))
          : serviceError(outcome, link.origin);
      case 'upload_failed':
        throw new CliError(
          EXIT.service,
          `${serviceError(outcome.failure, link.origin).message}; the unfinished answer expires and the request opens again`,
        );
      case 'unreadable':
        throw new CliError(EXIT.usage, 'a file could not be read, or changed while it was read; nothing was answered');
    }
  } finally {
    await closeAttachments(attachments);
  }
}

export const answer: Command = {
  name: 'answer',
  summary: 'answer a request for a secret, from its request link',
  help: HELP,
  run,
};
