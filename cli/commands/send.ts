import { existsSync } from 'node:fs';
import { createSecretOnServer } from '../../lib/client/api';
import { formatManageFragment, sealSecret } from '../../lib/crypto';
import type { CliContext } from '../context';
import { EXIT, usageError } from '../errors';
import { serviceError } from '../failures';
import { decodeText, readSecretInput } from '../files';
import { formatManageLink, formatShareLink } from '../links';
import {
  DEFAULT_EXPIRY,
  DEFAULT_VIEWS,
  followsPasswordFlag,
  isLoopback,
  parseCommandArgs,
  parseExpiry,
  parseViews,
  resolveServer,
} from '../options';
import { passwordSource, promptPassword, readPassword, type PasswordSource } from '../password';
import type { Command } from './command';

const HELP = `Usage: handoff send [FILE|-] [options]

Encrypts text from FILE (or standard input) on this machine and prints a link
that opens it. The server only ever receives ciphertext.

Options:
  --views N          how many times the link opens: 1 (default), 2, 3, 5 or 10
  --expires T        lifetime: 5m, 1h, 1d (default), 7d or 30d
  --password         protect it with a password, asked for on the terminal (hidden)
  --password-fd N    read the password from file descriptor N (e.g. 3 3<pw.txt)
  --password-env V   read the password from environment variable V
  --server URL       the Handoff server (default: $HANDOFF_SERVER)
  --manage           also print the manage link (status and revoke) on a second line
  --json             print {link, manageLink?, id, expiresAt, maxViews, hasPassword} as JSON
  -h, --help         show this help

A password is never accepted as an argument. Examples:
  handoff send .env --expires 1h
  pass show db | handoff send --password-fd 3 3<password.txt --manage`;

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
      manage: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw usageError('send takes one FILE (or - for standard input); see --help');
  const fileIndex = tokens.findIndex((t) => t.kind === 'positional');
  const file = positionals[0];
  const origin = resolveServer(values.server, ctx.env);
  const maxViews = parseViews(values.views ?? String(DEFAULT_VIEWS));
  const ttlSeconds = parseExpiry(values.expires ?? DEFAULT_EXPIRY);
  const source = passwordSource(values);
  const fromStdin = file === undefined || file === '-';
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

  const text = decodeText(await readSecretInput(file, ctx));
  if (text.length === 0) throw usageError('nothing to send: the input is empty');
  const password = await getPassword(source, ctx);
  if (!isLoopback(origin) && origin.startsWith('http:')) {
    await ctx.err('handoff: warning: plain http; anyone on the network can see (not decrypt) the upload\n');
  }

  const { fragment, manageToken, sealed } = await sealSecret({ kind: 'text', text }, { password });
  const outcome = await createSecretOnServer(origin, {
    ...sealed,
    ttlSeconds,
    maxViews,
    manageVerifier: values.manage ? sealed.manageVerifier : null,
  });
  if (outcome.kind !== 'created') throw serviceError(outcome, origin);

  const link = formatShareLink(origin, fragment);
  const manageLink = values.manage ? formatManageLink(origin, formatManageFragment(sealed.id, manageToken)) : undefined;
  if (values.json) {
    const result = { link, manageLink, id: sealed.id, expiresAt: outcome.expiresAt, maxViews, hasPassword: !!password };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    await ctx.out(`${link}\n${manageLink ? `${manageLink}\n` : ''}`);
    if (ctx.stderrIsTTY) {
      const views = maxViews === 1 ? 'once' : `${maxViews} times`;
      const manage = manageLink ? '; the second line is the manage link: keep it, do not send it' : '';
      await ctx.err(`handoff: the link opens ${views} until ${outcome.expiresAt}${manage}\n`);
    }
  }
  return EXIT.ok;
}

export const send: Command = {
  name: 'send',
  summary: 'encrypt text from a FILE or standard input and print a link',
  help: HELP,
  run,
};
