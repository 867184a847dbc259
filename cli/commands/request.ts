import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequest, revokeRequest } from '../../lib/client/request';
import { durationText } from '../../lib/policy/durations';
import { OPEN_POLICY, type InstancePolicy } from '../../lib/policy/instance';
import { REQUEST_TTL_CHOICES_SECONDS } from '../../lib/policy/requests';
import type { CliContext } from '../context';
import { CliError, EXIT, usageError } from '../errors';
import { serviceError } from '../failures';
import { SECRET_FILE_MODE, decodeText, readSecretInput } from '../files';
import { checkRequestPolicy, expiryHelp, requestExpiryHelp, serverPolicy, viewsHelp } from '../instance-policy';
import { expiryText, parseCommandArgs, parseExpiry, parseViews, resolveServer } from '../options';
import { formatOwnerLink, formatRequestLink } from '../request-links';
import type { Command } from './command';
import { resolveToken } from '../token';

const REQUEST_EXPIRY: Readonly<Record<string, number>> = Object.fromEntries(
  REQUEST_TTL_CHOICES_SECONDS.map((s) => [expiryText(s), s]),
);

/** The help, with the choices of `policy`: the server's when one is configured (`--server`, HANDOFF_SERVER). */
function requestHelp(policy: InstancePolicy | null): string {
  const p = policy ?? OPEN_POLICY;
  const instance = policy
    ? "\nThe choices above are the server's (GET /api/policy). Its password rule, if any, does not\napply: the answer is sealed to this request's key, not to a password.\n"
    : '';
  return `Usage: handoff request [--note TEXT | --note-file FILE|-] [options]

Asks someone for a secret. Prints the request link on standard output: send
it to the person you ask. They answer with \`handoff answer\` (or, later, in
the browser); only you can read the answer, with the owner link, which this
command writes to a new file readable by you only (mode 0600), never to
standard output or the arguments of any command.

Options:
  --note TEXT           a note for the person asked (encrypted; the server sees
                        only its padded size)
  --note-file FILE|-    read the note from FILE, or standard input (other local
                        users can read --note in \`ps\` while handoff starts)
  --expires T           how long the request takes an answer: ${requestExpiryHelp(p)}
  --answer-expires T    how long the answer is kept once it arrives: ${expiryHelp(p)}
  --views N             how many times the answer can be read: ${viewsHelp(p)}
  --notify TO           tell TO when the request is answered or expires
                        unanswered: an email address or a webhook URL the server
                        allows; the message holds only a short reference, never
                        a link or the answer
  --owner-link-file F   where to write the owner link (default:
                        handoff-owner-<id>.link in the current folder); never
                        replaces a file
  --server URL          the Handoff server (default: $HANDOFF_SERVER)
  --token-file PATH     a personal API token (hnd_pat_…) for a server where
                        creating needs sign-in (default: $HANDOFF_TOKEN)
  --json                print {requestLink, ownerLinkFile, id, expiresAt} as JSON
  -h, --help            show this help (with --server or HANDOFF_SERVER: that server's choices)
${instance}
Then: \`handoff open --wait OWNER_LINK\` reads the answer as soon as it arrives
(give the owner link with --link-fd N or $HANDOFF_LINK, not as an argument:
\`HANDOFF_LINK=$(cat handoff-owner-....link) handoff open --wait --exec -- CMD\`).
\`handoff status\` and \`handoff revoke\` take the owner link too.`;
}

const HELP = requestHelp(null);

function parseRequestExpiry(text: string): number {
  const seconds = Object.hasOwn(REQUEST_EXPIRY, text) ? REQUEST_EXPIRY[text] : undefined;
  if (seconds === undefined) {
    throw usageError(`--expires must be one of ${Object.keys(REQUEST_EXPIRY).join(', ')} (got "${text}")`);
  }
  return seconds;
}

/** `--answer-expires`: a secret's lifetime, its error naming this option rather than --expires. */
function parseAnswerExpiry(text: string): number {
  try {
    return parseExpiry(text);
  } catch (error) {
    if (error instanceof CliError)
      throw new CliError(error.exitCode, error.message.replace(/^--expires/, '--answer-expires'));
    throw error;
  }
}

/** Writes the owner link to a new 0600 file; never follows or replaces an existing one. */
function writeOwnerLink(path: string, link: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', SECRET_FILE_MODE);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(
      code === 'EEXIST' ? `${path} exists: choose another --owner-link-file` : `cannot write ${path} (${code})`,
    );
  }
  try {
    writeSync(fd, `${link}\n`);
  } finally {
    closeSync(fd);
  }
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      note: { type: 'string' },
      'note-file': { type: 'string' },
      expires: { type: 'string' },
      'answer-expires': { type: 'string' },
      views: { type: 'string' },
      notify: { type: 'string' },
      'owner-link-file': { type: 'string' },
      server: { type: 'string' },
      'token-file': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    const server = values.server ?? ctx.env.HANDOFF_SERVER;
    const policy = server ? await serverPolicy(resolveServer(server, ctx.env)).catch(() => null) : null;
    await ctx.out(`${requestHelp(policy)}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usageError('request takes no arguments: the note goes in --note; see --help');
  if (values.note !== undefined && values['note-file'] !== undefined) {
    throw usageError('use only one of --note and --note-file');
  }
  const origin = resolveServer(values.server, ctx.env);
  const token = resolveToken(values['token-file'], ctx.env);
  // The server's policy is read first: a choice it does not allow fails before the note is read or anything sent.
  const policy = (await serverPolicy(origin)) ?? OPEN_POLICY;
  const ttlSeconds = parseRequestExpiry(values.expires ?? durationText(policy.defaultRequestTtlSeconds));
  const answerTtlSeconds = parseAnswerExpiry(values['answer-expires'] ?? durationText(policy.defaultTtlSeconds));
  const maxViews = parseViews(values.views ?? String(policy.defaultMaxViews));
  checkRequestPolicy(policy, origin, { ttlSeconds, answerTtlSeconds, maxViews });
  const note =
    values['note-file'] !== undefined
      ? decodeText(await readSecretInput(values['note-file'], ctx))
      : (values.note ?? '');
  let outcome;
  try {
    outcome = await createRequest(token ? { base: origin, token } : origin, {
      note,
      ttlSeconds,
      answerTtlSeconds,
      maxViews,
      notify: values.notify,
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('request:')) {
      throw usageError('the note is too long: at most 4094 bytes');
    }
    throw error;
  }
  if (outcome.kind === 'error') throw serviceError(outcome, origin);
  const requestLink = formatRequestLink(origin, outcome.requestFragment);
  const ownerLinkFile = values['owner-link-file'] ?? `handoff-owner-${outcome.id.slice(0, 8)}.link`;
  try {
    writeOwnerLink(ownerLinkFile, formatOwnerLink(origin, outcome.ownerFragment));
  } catch (error) {
    // The request exists but its owner link could not be kept: nobody could ever read an answer. Close it.
    await revokeRequest(origin, outcome.id, outcome.manageToken);
    if (error instanceof CliError) throw new CliError(error.exitCode, `${error.message}; the request was revoked`);
    throw error;
  }
  if (values.json) {
    const result = { requestLink, ownerLinkFile, id: outcome.id, expiresAt: outcome.expiresAt };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    await ctx.out(`${requestLink}\n`);
    await ctx.err(
      `handoff: the owner link is in ${ownerLinkFile} (mode 0600): keep it, it reads the answer; ` +
        `the request takes an answer until ${outcome.expiresAt}\n`,
    );
  }
  return EXIT.ok;
}

export const request: Command = {
  name: 'request',
  summary: 'ask someone for a secret: print a request link (the owner link goes to a 0600 file)',
  help: HELP,
  run,
};
