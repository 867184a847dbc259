import { checkLink, revealLink } from '../../lib/client/reveal';
import type { SecretKdf } from '../../lib/schemas/secrets';
import type { CliContext } from '../context';
import { DotenvError, parseDotenv, type DotenvEntry } from '../dotenv';
import { CliError, EXIT, usageError } from '../errors';
import { checkCommand, runWithEnv } from '../exec';
import { GONE_MESSAGE, serviceError } from '../failures';
import { checkOutputPath, mergeIntoEnvFile, readEnvFile, writeSecretFile } from '../files';
import { parseShareLink, type ShareLink } from '../links';
import { parseCommandArgs } from '../options';
import { passwordSource, promptPassword, readPassword, type PasswordSource } from '../password';
import { formatBytes } from '../progress';
import { checkOutDir, saveFiles, type FileDownload } from '../receive';
import type { Command } from './command';

const HELP = `Usage: handoff open LINK [options]
       handoff open LINK --exec -- CMD [ARGS...]

Reveals a secret (this uses up one of its views) and decrypts it on this
machine. Prints it to standard output unless told otherwise. The server is the
one in the link. Asks for the password on the terminal when the secret has one.

Options:
  --out FILE         write it to FILE, readable by you only (mode 0600)
  --out-dir DIR      write the secret's files into DIR, an existing folder that
                     must be empty (their names are known only once the view is
                     used); each with mode 0600. Needed when the secret has files
  --force            with --out: replace FILE if it exists; with --out-dir: DIR
                     may hold files, and those with the same names are replaced
  --env-file FILE    the secret is a .env text: merge its KEY=value lines into
                     FILE (created if missing; rewritten with mode 0600)
  --exec -- CMD ...  the secret is a .env text: run CMD with its variables in
                     the environment; prints nothing; exits with CMD's code
  --password-fd N    read the password from file descriptor N instead of asking
  --password-env V   read the password from environment variable V
  --json             print {text, viewsLeft, files: [{name, size, path}]} as JSON
                     instead of the text
  -h, --help         show this help

Everything is checked (FILE free, DIR empty, CMD found, files expected) before
the view is used. Files are written only once all of them have verified.`;

type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string; force: boolean }
  | { kind: 'env-file'; path: string }
  | { kind: 'exec'; command: string; args: string[] };

function destinationOf(
  values: { out?: string; 'out-dir'?: string; force?: boolean; 'env-file'?: string; exec?: boolean; json?: boolean },
  command: string[],
): Destination {
  const chosen = [values.out, values['env-file'], values.exec].filter((v) => v !== undefined);
  if (chosen.length > 1) throw usageError('use only one of --out, --env-file and --exec');
  if (values.force && values.out === undefined && values['out-dir'] === undefined) {
    throw usageError('--force goes with --out or --out-dir');
  }
  if (values.json && chosen.length > 0)
    throw usageError('--json prints the text itself: not with --out, --env-file or --exec');
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

type Revealed = { text: string; viewsLeft: number; download: FileDownload | null };

const ALTERED = 'what the server sent does not decrypt with this link: it was altered';

/** Reveals and decrypts; asks again after a wrong password when it asked the first time. */
async function reveal(
  link: ShareLink,
  kdf: SecretKdf | null,
  source: PasswordSource | null,
  ctx: CliContext,
): Promise<Revealed> {
  let password = kdf ? await firstPassword(source, ctx) : undefined;
  for (;;) {
    if (kdf && !password) throw new CliError(EXIT.wrongPassword, 'no password given');
    const outcome = await revealLink(link.origin, link.key, { kdf, password });
    switch (outcome.kind) {
      case 'gone':
        throw new CliError(EXIT.gone, GONE_MESSAGE);
      case 'error':
        throw serviceError(outcome, link.origin);
      case 'undecryptable':
        throw new CliError(EXIT.service, ALTERED);
      case 'destroyed':
        throw new CliError(
          EXIT.destroyed,
          'wrong password, and it was the last attempt: the secret has been destroyed; ask the sender for a new link',
        );
      case 'released': {
        const { text, viewsLeft, files } = outcome;
        // The server's stream length disagrees with the authenticated bundle: nothing of it is trusted.
        if (files?.kind === 'altered') throw new CliError(EXIT.service, ALTERED);
        const download = files && { origin: link.origin, files: files.files, viewsLeft, fetch: files.download };
        return { text, viewsLeft, download };
      }
      case 'wrong_password': {
        const left = `wrong password: ${outcome.attemptsLeft} attempt${outcome.attemptsLeft === 1 ? '' : 's'} left`;
        if (source) throw new CliError(EXIT.wrongPassword, `${left} (nothing was used up)`);
        await ctx.err(`handoff: ${left}\n`);
        password = (await promptPassword('Password: ')) ?? undefined;
      }
    }
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
      if (revealed.text === '') return EXIT.ok; // files only: nothing to print
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
      'out-dir': { type: 'string' },
      force: { type: 'boolean' },
      'env-file': { type: 'string' },
      exec: { type: 'boolean' },
      'password-fd': { type: 'string' },
      'password-env': { type: 'string' },
      json: { type: 'boolean' },
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
  const outDir = values['out-dir'];
  const force = values.force ?? false;
  preflight(destination, ctx);
  if (outDir !== undefined) checkOutDir(outDir, force, false);

  const peek = await checkLink(link.origin, link.key);
  if (peek.kind === 'gone') throw new CliError(EXIT.gone, GONE_MESSAGE);
  if (peek.kind === 'error') throw serviceError(peek, link.origin);
  if (peek.streamBytes !== null) {
    if (outDir === undefined) {
      throw usageError(
        `this secret has files (about ${formatBytes(peek.streamBytes)}): add --out-dir DIR to save them ` +
          '(nothing was used up)',
      );
    }
    checkOutDir(outDir, force, true);
  }
  const revealed = await reveal(link, peek.kdf, source, ctx);
  const received = await receiveFiles(revealed, outDir, force, destination, ctx);
  let code: number = EXIT.ok;
  if (values.json) {
    const result = { text: revealed.text, viewsLeft: revealed.viewsLeft, files: received.saved };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    code = await deliver(revealed, destination, ctx);
  }
  if (received.error) throw received.error;
  return code;
}

type Received = { saved: { name: string; size: number; path: string }[]; error: CliError | null };

/**
 * Saves the files before the text is delivered, so that a command run with
 * --exec finds them. The view is spent by now: when the files fail, the text
 * still comes out (not to --exec) and the failure is reported after it.
 */
async function receiveFiles(
  revealed: Revealed,
  outDir: string | undefined,
  force: boolean,
  destination: Destination,
  ctx: CliContext,
): Promise<Received> {
  if (!revealed.download) return { saved: [], error: null };
  if (outDir === undefined) {
    // The peek said the secret had no files, but it has: a server that is not telling the truth.
    throw new CliError(EXIT.service, 'the secret has files although the server said it had none; nothing was saved');
  }
  try {
    return { saved: await saveFiles(revealed.download, outDir, force, ctx), error: null };
  } catch (error) {
    if (!(error instanceof CliError) || destination.kind === 'exec') throw error;
    return { saved: [], error };
  }
}

export const open: Command = {
  name: 'open',
  summary: 'reveal a secret from its link (uses up one view)',
  help: HELP,
  run,
};
