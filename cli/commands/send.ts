import { existsSync } from 'node:fs';
import { shareSecret, type ShareOutcome } from '../../lib/client/create';
import { filesBytes, formatManageFragment, type SecretContent } from '../../lib/crypto';
import { MAX_FILES_PER_SECRET } from '../../lib/policy';
import { durationText } from '../../lib/policy/durations';
import { OPEN_POLICY, type InstancePolicy } from '../../lib/policy/instance';
import { attachmentReader, closeAttachments, openAttachments, type Attachment } from '../attachments';
import type { CliContext } from '../context';
import { EXIT, usageError } from '../errors';
import { decodeText, readSecretInput } from '../files';
import { formatManageLink, formatShareLink } from '../links';
import { checkPasswordPolicy, checkSendPolicy, expiryHelp, serverPolicy, viewsHelp } from '../instance-policy';
import { followsPasswordFlag, isLoopback, parseCommandArgs, parseExpiry, parseViews, resolveServer } from '../options';
import { passwordSource, promptPassword, readPassword, type PasswordSource } from '../password';
import { formatBytes, progressLine } from '../progress';
import { shareError, withInterrupt } from '../upload';
import type { Command } from './command';
import { resolveToken, TOKEN_HELP } from '../token';

/** The help, with the choices of `policy`: the server's when one is configured (`--server`, HANDOFF_SERVER). */
function sendHelp(policy: InstancePolicy | null): string {
  const p = policy ?? OPEN_POLICY;
  const instance = policy
    ? `\nThe choices above are the server's (GET /api/policy)${
        policy.requirePassword ? '; it requires a password for every secret' : ''
      }${policy.minPasswordLength > 0 ? `, of at least ${policy.minPasswordLength} characters` : ''}.\n`
    : '';
  return `Usage: handoff send [FILE|-] [options]
       handoff send --attach PATH [--attach PATH ...] [FILE|-] [options]

Encrypts text from FILE (or standard input) on this machine and prints a link
that opens it. The server only ever receives ciphertext.

Options:
  --attach PATH      send this file too (repeatable, up to ${policy ? p.maxFiles : MAX_FILES_PER_SECRET}); the text is then
                     optional and read only from FILE or - (standard input).
                     The server limits their total (25 MiB unless changed);
                     Ctrl-C or a failure deletes what was uploaded
  --views N          how many times the link opens: ${viewsHelp(p)}
  --expires T        lifetime: ${expiryHelp(p)}
  --password         protect it with a password, asked for on the terminal (hidden)
  --password-fd N    read the password from file descriptor N (e.g. 3 3<pw.txt)
  --password-env V   read the password from environment variable V
  --server URL       the Handoff server (default: $HANDOFF_SERVER)
${TOKEN_HELP}
  --manage           also print the manage link (status and revoke) on a second line
  --notify TO        tell TO when the link is opened, revoked, locked or expires
                     unopened: an email address or a webhook URL the server
                     allows; the message holds only a short reference, never
                     the link or the content
  --json             print {link, manageLink?, id, expiresAt, maxViews, hasPassword,
                     files?: [{name, size}]} as JSON
  -h, --help         show this help (with --server or HANDOFF_SERVER: that server's choices)
${instance}
A password is never accepted as an argument. Examples:
  handoff send .env --expires 1h
  pass show db | handoff send --password-fd 3 3<password.txt --manage
  handoff send --attach cert.pem --attach key.pem notes.txt`;
}

const HELP = sendHelp(null);

const MAX_TEXT_WITH_FILES =
  'the text and the file names are too large together (the text may take up to 1 MiB less the names)';

/** Runs a share; an over-long text or manifest (refused while sealing) is the user's to fix, not a bug. */
async function sealing(content: SecretContent, share: () => Promise<ShareOutcome>): Promise<ShareOutcome> {
  try {
    return await share();
  } catch (error) {
    if (content.kind === 'bundle' && error instanceof Error && /^(padding|payload):/.test(error.message)) {
      throw usageError(MAX_TEXT_WITH_FILES);
    }
    throw error;
  }
}

async function askNewPassword(): Promise<string> {
  const first = await promptPassword('Password for the link: ');
  if (first === null) {
    throw usageError('no terminal to ask for the password on: use --password-fd N or --password-env NAME');
  }
  if (!first) throw usageError('the password is empty');
  if ((await promptPassword('Repeat the password: ')) !== first) throw usageError('the passwords differ');
  return first;
}

async function getPassword(source: PasswordSource | null, ctx: CliContext): Promise<string | undefined> {
  if (!source) return undefined;
  if (source.kind === 'prompt') return askNewPassword();
  return readPassword(source, ctx.env);
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      views: { type: 'string' },
      expires: { type: 'string' },
      password: { type: 'boolean' },
      'password-fd': { type: 'string' },
      'password-env': { type: 'string' },
      server: { type: 'string' },
      'token-file': { type: 'string' },
      manage: { type: 'boolean' },
      notify: { type: 'string' },
      attach: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    const server = values.server ?? ctx.env.HANDOFF_SERVER;
    const policy = server ? await serverPolicy(resolveServer(server, ctx.env)).catch(() => null) : null;
    await ctx.out(`${sendHelp(policy)}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw usageError('send takes one FILE (or - for standard input); see --help');
  const fileIndex = tokens.findIndex((t) => t.kind === 'positional');
  const file = positionals[0];
  const origin = resolveServer(values.server, ctx.env);
  const token = resolveToken(values['token-file'], ctx.env);
  const policy = (await serverPolicy(origin)) ?? OPEN_POLICY;
  const maxViews = parseViews(values.views ?? String(policy.defaultMaxViews));
  const ttlSeconds = parseExpiry(values.expires ?? durationText(policy.defaultTtlSeconds));
  const source = passwordSource(values);
  const attachPaths = values.attach ?? [];
  checkSendPolicy(policy, origin, { ttlSeconds, maxViews, hasPassword: source !== null, files: attachPaths.length });
  // With files the text is optional: standard input is read only when `-` asks for it.
  const fromStdin = file === '-' || (file === undefined && attachPaths.length === 0);
  if (source?.kind === 'fd' && source.fd === 0 && fromStdin) {
    throw usageError('--password-fd 0 reads standard input, which already carries the secret: give a FILE');
  }
  if (file !== undefined && fileIndex > 0 && followsPasswordFlag(tokens, fileIndex) && !fromStdin) {
    // `--password hunter2`: do not read (and name in an error) a file called like the password.
    if (!existsSync(file)) {
      throw usageError(
        '--password takes no value: it asks on the terminal; use --password-fd or --password-env in scripts',
      );
    }
  }

  // Attachments are opened (and checked) before anything is read, asked for or sent.
  const attachments = attachPaths.length > 0 ? await openAttachments(attachPaths) : [];
  try {
    return await sendContent(
      { ...values, file, origin, token, maxViews, ttlSeconds, source, attachments, policy },
      ctx,
    );
  } finally {
    await closeAttachments(attachments);
  }
}

type SendRequest = {
  file: string | undefined;
  origin: string;
  /** A personal API token for the create call (HANDOFF_TOKEN, --token-file). */
  token: string | undefined;
  maxViews: number;
  ttlSeconds: number;
  source: PasswordSource | null;
  attachments: Attachment[];
  policy: InstancePolicy;
  manage?: boolean;
  notify?: string;
  json?: boolean;
};

async function sendContent(request: SendRequest, ctx: CliContext): Promise<number> {
  const { file, origin, maxViews, ttlSeconds, attachments } = request;
  const withFiles = attachments.length > 0;
  const text = withFiles && file === undefined ? '' : decodeText(await readSecretInput(file, ctx));
  if (text.length === 0 && !withFiles) throw usageError('nothing to send: the input is empty');
  const textBytes = new TextEncoder().encode(text).length;
  if (textBytes > request.policy.maxTextBytes) {
    throw usageError(
      `the text has ${textBytes} bytes; ${origin} takes at most ${request.policy.maxTextBytes} (its policy)`,
    );
  }
  const password = await getPassword(request.source, ctx);
  checkPasswordPolicy(request.policy, origin, password);
  if (!isLoopback(origin) && origin.startsWith('http:')) {
    await ctx.err('handoff: warning: plain http; anyone on the network can see (not decrypt) the upload\n');
  }

  const files = attachments.map((a) => a.file);
  const content: SecretContent = withFiles ? { kind: 'bundle', text, files } : { kind: 'text', text };
  const progress = progressLine(ctx, 'uploading');
  const share = (signal?: AbortSignal) =>
    shareSecret(request.token ? { base: origin, token: request.token } : origin, {
      content,
      password,
      ttlSeconds,
      maxViews,
      manage: request.manage ?? false,
      notify: request.notify,
      read: withFiles ? attachmentReader(attachments) : undefined,
      signal,
      onProgress: (p) => {
        if (p.step === 'uploading') progress.update(p.done, p.total);
      },
    });
  const outcome = await sealing(content, () => (withFiles ? withInterrupt(share) : share()));
  await progress.end();
  if (outcome.kind !== 'created') throw await shareError(outcome, origin, withFiles ? filesBytes(files) : null, ctx);
  const { fragment, manageToken, id, expiresAt } = outcome;

  const link = formatShareLink(origin, fragment);
  const manageLink = request.manage ? formatManageLink(origin, formatManageFragment(id, manageToken)) : undefined;
  if (request.json) {
    const listed = withFiles ? { files: files.map(({ name, size }) => ({ name, size })) } : {};
    const result = { link, manageLink, id, expiresAt, maxViews, hasPassword: !!password, ...listed };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    await ctx.out(`${link}\n${manageLink ? `${manageLink}\n` : ''}`);
    if (ctx.stderrIsTTY) {
      const views = maxViews === 1 ? 'once' : `${maxViews} times`;
      const count = files.length === 1 ? '1 file' : `${files.length} files`;
      const attached = withFiles ? ` with ${count} (${formatBytes(filesBytes(files))})` : '';
      const manage = manageLink ? '; the second line is the manage link: keep it, do not send it' : '';
      await ctx.err(`handoff: the link opens ${views}${attached} until ${expiresAt}${manage}\n`);
    }
  }
  return EXIT.ok;
}

export const send: Command = {
  name: 'send',
  summary: 'encrypt text (and files) and print a link',
  help: HELP,
  run,
};
