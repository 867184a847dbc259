import { peekSecretOnServer, revealSecretOnServer } from '../../lib/client/api';
import { linkCredentials, openSecret, unlockSecret, type PasswordKdf } from '../../lib/crypto';
import type { CliContext } from '../context';
import { DotenvError, parseDotenv, type DotenvEntry } from '../dotenv';
import { CliError, EXIT, usageError } from '../errors';
import { checkCommand, runWithEnv } from '../exec';
import { GONE_MESSAGE, serviceError } from '../failures';
import { checkOutputPath, mergeIntoEnvFile, readEnvFile, writeSecretFile } from '../files';
import { parseShareLink, type ShareLink } from '../links';
import { parseCommandArgs } from '../options';
import { passwordSource, promptPassword, readPassword, type PasswordSource } from '../password';
import type { Command } from './command';

const HELP = `Usage: handoff open LINK [options]
       handoff open LINK --exec -- CMD [ARGS...]

Reveals a secret (this uses up one of its views) and decrypts it on this
machine. Prints it to standard output unless told otherwise. The server is the
one in the link. Asks for the password on the terminal when the secret has one.

Options:
  --out FILE         write it to FILE, readable by you only (mode 0600)
  --force            with --out: replace FILE if it exists
  --env-file FILE    the secret is a .env text: merge its KEY=value lines into
                     FILE (created if missing; rewritten with mode 0600)
  --exec -- CMD ...  the secret is a .env text: run CMD with its variables in
                     the environment; prints nothing; exits with CMD's code
  --password-fd N    read the password from file descriptor N instead of asking
  --password-env V   read the password from environment variable V
  -h, --help         show this help

Everything is checked (FILE free, CMD found) before the view is used.`;

type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string; force: boolean }
  | { kind: 'env-file'; path: string }
  | { kind: 'exec'; command: string; args: string[] };

function destinationOf(
  values: { out?: string; force?: boolean; 'env-file'?: string; exec?: boolean },
  command: string[],
): Destination {
  const chosen = [values.out, values['env-file'], values.exec].filter((v) => v !== undefined);
  if (chosen.length > 1) throw usageError('use only one of --out, --env-file and --exec');
  if (values.force && values.out === undefined) throw usageError('--force goes with --out');
  if (command.length > 0 && !values.exec)
    throw usageError('arguments after -- are for --exec: --exec -- CMD [ARGS...]');
  if (values.exec) {
    const [name, ...args] = command;
    if (!name) throw usageError('--exec needs a command after --, e.g. --exec -- npm start');
    return { kind: 'exec', command: name, args };
  }
  if (values.out !== undefined) return { kind: 'file', path: values.out, force: values.force ?? false };
  if (values['env-file'] !== undefined) return { kind: 'env-file', path: values['env-file'] };
  return { kind: 'stdout' };
}

/** Everything that can fail locally fails here, before a view is consumed. */
function preflight(destination: Destination, ctx: CliContext): void {
  if (destination.kind === 'file') checkOutputPath(destination.path, destination.force);
  if (destination.kind === 'env-file') readEnvFile(destination.path);
  if (destination.kind === 'exec') checkCommand(destination.command, ctx.env);
}

async function firstPassword(source: PasswordSource | null, ctx: CliContext): Promise<string> {
  if (source && source.kind !== 'prompt') return readPassword(source, ctx.env);
  const typed = await promptPassword('This secret needs a password: ');
  if (typed === null) {
    throw new CliError(
      EXIT.wrongPassword,
      'this secret needs a password: run in a terminal, or pass --password-fd N or --password-env NAME',
    );
  }
  return typed;
}

type Revealed = { text: string; viewsLeft: number };

/** Reveals and decrypts; asks again after a wrong password when it asked the first time. */
async function reveal(
  link: ShareLink,
  kdf: PasswordKdf | null,
  source: PasswordSource | null,
  ctx: CliContext,
): Promise<Revealed> {
  const { id, linkProof } = linkCredentials(link.key);
  let password = kdf ? await firstPassword(source, ctx) : undefined;
  for (;;) {
    if (kdf && !password) throw new CliError(EXIT.wrongPassword, 'no password given');
    const unlocked = await unlockSecret(link.key, kdf, password);
    const outcome = await revealSecretOnServer(link.origin, id, linkProof, unlocked.passwordProof);
    if (outcome.kind === 'missing') throw new CliError(EXIT.gone, GONE_MESSAGE);
    if (outcome.kind === 'error') throw serviceError(outcome, link.origin);
    if (outcome.kind === 'released') {
      try {
        return { text: openSecret(unlocked, id, outcome.envelope).text, viewsLeft: outcome.viewsLeft };
      } catch {
        throw new CliError(EXIT.service, 'what the server sent does not decrypt with this link: it was altered');
      } finally {
        unlocked.encKey.fill(0);
      }
    }
    if (outcome.attemptsLeft === 0) {
      throw new CliError(
        EXIT.destroyed,
        'wrong password, and it was the last attempt: the secret has been destroyed; ask the sender for a new link',
      );
    }
    const left = `wrong password: ${outcome.attemptsLeft} attempt${outcome.attemptsLeft === 1 ? '' : 's'} left`;
    if (source) throw new CliError(EXIT.wrongPassword, `${left} (nothing was used up)`);
    await ctx.err(`handoff: ${left}\n`);
    password = (await promptPassword('Password: ')) ?? undefined;
  }
}

function envEntries(revealed: Revealed): DotenvEntry[] {
  const after =
    revealed.viewsLeft === 0
      ? 'that was its last view, so ask the sender to send it again'
      : `it has ${revealed.viewsLeft} view(s) left; open it without --env-file/--exec`;
  let entries: DotenvEntry[];
  try {
    entries = parseDotenv(revealed.text);
  } catch (error) {
    if (!(error instanceof DotenvError)) throw error;
    throw usageError(`the secret is not a .env text (${error.message}); ${after}`);
  }
  if (entries.length === 0) throw usageError(`the secret holds no KEY=value lines; ${after}`);
  return entries;
}

async function deliver(revealed: Revealed, destination: Destination, ctx: CliContext): Promise<number> {
  switch (destination.kind) {
    case 'stdout': {
      const tail = ctx.stdoutIsTTY && !revealed.text.endsWith('\n') ? '\n' : '';
      await ctx.out(new TextEncoder().encode(revealed.text + tail));
      return EXIT.ok;
    }
    case 'file':
      writeSecretFile(destination.path, new TextEncoder().encode(revealed.text), destination.force);
      if (ctx.stderrIsTTY) await ctx.err(`handoff: wrote ${destination.path} (mode 0600)\n`);
      return EXIT.ok;
    case 'env-file': {
      const entries = envEntries(revealed);
      mergeIntoEnvFile(destination.path, entries);
      if (ctx.stderrIsTTY) await ctx.err(`handoff: merged ${entries.length} variable(s) into ${destination.path}\n`);
      return EXIT.ok;
    }
    case 'exec': {
      const vars: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const { key, value } of envEntries(revealed)) vars[key] = value;
      return runWithEnv(destination.command, destination.args, ctx.env, vars);
    }
  }
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, tokens } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean' },
      'env-file': { type: 'string' },
      exec: { type: 'boolean' },
      'password-fd': { type: 'string' },
      'password-env': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  const terminator = tokens.find((t) => t.kind === 'option-terminator');
  const links = tokens.flatMap((t) =>
    t.kind === 'positional' && (!terminator || t.index < terminator.index) ? [t.value] : [],
  );
  const command = terminator ? args.slice(terminator.index + 1) : [];
  if (links.length !== 1) throw usageError('open takes one LINK (put a command for --exec after --); see --help');
  const destination = destinationOf(values, command);
  const source = passwordSource({ 'password-fd': values['password-fd'], 'password-env': values['password-env'] });
  const link = parseShareLink(links[0]!);
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid link: ${link.reason}`);
  preflight(destination, ctx);

  const { id, linkProof } = linkCredentials(link.key);
  const peek = await peekSecretOnServer(link.origin, id, linkProof);
  if (peek.kind === 'missing') throw new CliError(EXIT.gone, GONE_MESSAGE);
  if (peek.kind === 'error') throw serviceError(peek, link.origin);
  const revealed = await reveal(link, peek.kdf, source, ctx);
  return deliver(revealed, destination, ctx);
}

export const open: Command = {
  name: 'open',
  summary: 'reveal a secret from its link (uses up one view)',
  help: HELP,
  run,
};
