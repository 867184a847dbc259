import { checkLink, checkLinkFragment, revealLink, type CheckOutcome } from '../../lib/client/reveal';
import { checkRequest } from '../../lib/client/request';
import type { SecretKdf } from '../../lib/schemas/secrets';
import type { CliContext } from '../context';
import { CliError, EXIT, usageError } from '../errors';
import { deliverToEnvFile, deliverToExec, deliverToFile } from '../deliver';
import { allowedEnvNames } from '../env-policy';
import { resolveCommand } from '../exec';
import { goneMessage, revealError, serviceError } from '../failures';
import { checkOutputPath, readEnvFile } from '../files';
import { LINK_OPTIONS, linkHelp, readLink } from '../link-input';
import { linkProblemReason, parseShareLink, type ShareLink } from '../links';
import { rescueSecret } from '../rescue';
import { parseCommandArgs, warnPlainHttp } from '../options';
import { passwordSource, promptPassword, readPassword, type PasswordSource } from '../password';
import { formatBytes } from '../progress';
import { checkOutDir, saveFiles, type FileDownload, type ReplacePolicy } from '../receive';
import { parseRequestLink, linkPath } from '../request-links';
import { DEFAULT_WAIT_TIMEOUT, parseDuration, readOwnerAnswer, waitForAnswer } from '../owner';
import type { Command } from './command';

const HELP = `Usage: handoff open LINK|- [options]
       handoff open LINK|- --exec -- CMD [ARGS...]
       handoff open OWNER_LINK|- [--wait [--timeout T]] [options]

Reveals a secret (this uses up one of its views) and decrypts it on this
machine. Prints it to standard output unless told otherwise. The server is the
one in the link. Asks for the password on the terminal when the secret has one.

Options:
  --out FILE         write it to FILE, readable by you only (mode 0600)
  --out-dir DIR      write the secret's files into DIR, an existing folder that
                     must be empty (their names are known only once the view is
                     used); each with mode 0600. Needed when the secret has files
  --force            with --out: replace FILE if it exists; with --out-dir: DIR
                     may hold files (see --replace)
  --replace NAME     with --out-dir DIR --force: the secret may replace DIR/NAME,
                     or write NAME if it is a dotfile (repeatable). A dotfile or
                     an existing name not listed sends all the files into a new
                     subfolder of DIR instead: the sender never picks what is
                     replaced
  --env-file FILE    the secret is a .env text: merge its KEY=value lines into
                     FILE (created if missing; rewritten with mode 0600)
  --exec -- CMD ...  the secret is a .env text: run CMD with its variables in
                     the environment; names them (never values) on standard
                     error; exits with CMD's code
  --allow-env NAME   with --exec or --env-file: accept variable NAME although it
                     can make programs load or run code (repeatable; see below)
  --password-fd N    read the password from file descriptor N instead of asking
  --password-env V   read the password from environment variable V
  --link-fd N        read LINK from file descriptor N
  --json             print {text, viewsLeft, files: [{name, size, path}]} as JSON
                     instead of the text
  --wait             with an owner link (<server>/o#..., from \`handoff request\`):
                     wait for the answer, asking the server with growing pauses
                     (nothing is used up until it is there)
  --timeout T        with --wait: give up after T (30s, 10m, 2h, 1d; default ${DEFAULT_WAIT_TIMEOUT})
  -h, --help         show this help

${linkHelp('LINK')}

An owner link reads the answer to your request: as a secret, it uses up one
of the answer's views; --out, --out-dir, --env-file and --exec work as for a
share link, and the confirmation code (the responder's) goes to standard
error. Without --wait, an unanswered request exits 3 (nothing is used up).

Before the view is used: LINK, the options, FILE free (a symlink counts as
there), the folder of FILE or --env-file, DIR empty (unless --force), CMD found
with your PATH (that exact file is what runs), whether the secret has files.
Only after decryption: whether the text is a .env text, its variable names, and
the files' names. So --exec and --env-file refuse, after the view is used,
variables that make programs load or run code: NODE_OPTIONS and NODE_* (not
NODE_ENV), LD_*, DYLD_*, PATH, BASH_ENV, ENV, IFS, PS4, SHELLOPTS, PYTHON*,
PERL*, RUBY*, GIT_*, JAVA_TOOL_OPTIONS, npm_config_*, HOME, EDITOR, PAGER, TLS
trust files and the like (docs/api.md has the list); nothing is run or merged
then. --env-file also refuses a value with a quote and a $ or backtick,
which no line could keep inert for a shell. Whenever the text cannot go where
asked after the view is used (refused, or a write failed), it is saved to a new
0600 file (handoff-rescued-...) in the folder it was meant for, or else printed
to standard output, and handoff exits 1: a revealed secret is never dropped.
Files are streamed to 0600 temporary files and get their names only once all
of them have verified.`;

type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string; force: boolean }
  | { kind: 'env-file'; path: string }
  | { kind: 'exec'; command: string; args: string[]; path: string };

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
    return { kind: 'exec', command: name, args, path: '' };
  }
  if (values.out !== undefined) return { kind: 'file', path: values.out, force: values.force ?? false };
  if (values['env-file'] !== undefined) return { kind: 'env-file', path: values['env-file'] };
  return { kind: 'stdout' };
}

function replacePolicy(values: { force?: boolean; replace?: string[]; 'out-dir'?: string }): ReplacePolicy {
  const replace = values.replace ?? [];
  if (replace.length > 0 && (values['out-dir'] === undefined || !values.force)) {
    throw usageError('--replace NAME goes with --out-dir DIR --force');
  }
  return { force: values.force ?? false, replace: new Set(replace) };
}

/** Everything that can fail locally fails here, before a view is consumed. */
function preflight(destination: Destination, ctx: CliContext): void {
  if (destination.kind === 'file') checkOutputPath(destination.path, destination.force);
  if (destination.kind === 'env-file') readEnvFile(destination.path);
  if (destination.kind === 'exec') destination.path = resolveCommand(destination.command, ctx.env);
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
        throw new CliError(EXIT.gone, goneMessage(outcome.ending));
      case 'error':
        throw revealError(outcome, link.origin);
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

async function deliver(
  revealed: Revealed,
  destination: Destination,
  allowed: ReadonlySet<string>,
  ctx: CliContext,
): Promise<number> {
  switch (destination.kind) {
    case 'stdout': {
      if (revealed.text === '') return EXIT.ok; // files only: nothing to print
      const tail = ctx.stdoutIsTTY && !revealed.text.endsWith('\n') ? '\n' : '';
      await ctx.out(new TextEncoder().encode(revealed.text + tail));
      return EXIT.ok;
    }
    case 'file':
      return deliverToFile(destination.path, revealed.text, destination.force, ctx);
    case 'env-file':
      return deliverToEnvFile(destination.path, revealed, allowed, ctx);
    case 'exec':
      return deliverToExec(destination, revealed, allowed, ctx);
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
      'allow-env': { type: 'string', multiple: true },
      replace: { type: 'string', multiple: true },
      wait: { type: 'boolean' },
      timeout: { type: 'string' },
      ...LINK_OPTIONS,
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
  const destination = destinationOf(values, command);
  const allowed = allowedEnvNames(values['allow-env']);
  const policy = replacePolicy(values);
  const source = passwordSource({ 'password-fd': values['password-fd'], 'password-env': values['password-env'] });
  const usage = 'open takes one LINK (put a command for --exec after --); see --help';
  const text = await readLink(links, values['link-fd'], 'share', ctx, usage);
  if (linkPath(text) === '/o') {
    return openOwnerLink(text, { ...values, destination, allowed, policy }, ctx);
  }
  if (values.wait || values.timeout !== undefined)
    throw usageError('--wait and --timeout go with an owner link (/o#...)');
  const parsed = parseShareLink(text, true);
  if (!parsed.ok) throw new CliError(EXIT.invalidLink, `invalid link: ${parsed.reason}`);
  await warnPlainHttp(parsed.origin, 'the link proof, and so can use up or destroy this secret', ctx);
  let link: ShareLink;
  let peek: CheckOutcome;
  if ('key' in parsed) {
    link = parsed;
    peek = await checkLink(link.origin, link.key);
  } else {
    // Too long: the shared flow tries the key without what a chat app glued on (docs/protocol.md).
    const read = await checkLinkFragment(parsed.origin, parsed.fragment);
    if (read.kind === 'invalid') {
      throw new CliError(EXIT.invalidLink, `invalid link: ${linkProblemReason(read.problem)}`);
    }
    await ctx.err('handoff: the characters after the key were dropped (a chat app added them)\n');
    link = { origin: parsed.origin, key: read.key };
    peek = read.check;
  }
  const outDir = values['out-dir'];
  const force = policy.force;
  preflight(destination, ctx);
  if (outDir !== undefined) checkOutDir(outDir, force, false);

  if (peek.kind === 'gone') throw new CliError(EXIT.gone, goneMessage(peek.ending));
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
  const received = await receiveFiles(revealed, outDir, policy, destination, ctx);
  let code: number = EXIT.ok;
  if (values.json) {
    const result = { text: revealed.text, viewsLeft: revealed.viewsLeft, files: received.saved };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    code = await deliver(revealed, destination, allowed, ctx);
  }
  if (received.error) throw received.error;
  return code;
}

/** `open` with an owner link: waits if asked, then reads the answer and delivers it like a secret. */
async function openOwnerLink(
  text: string,
  options: {
    destination: Destination;
    allowed: ReadonlySet<string>;
    policy: ReplacePolicy;
    wait?: boolean;
    timeout?: string;
    json?: boolean;
    'out-dir'?: string;
    'password-fd'?: string;
    'password-env'?: string;
  },
  ctx: CliContext,
): Promise<number> {
  const link = parseRequestLink(text, 'owner');
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid owner link: ${link.reason}`);
  if (options['password-fd'] !== undefined || options['password-env'] !== undefined) {
    throw usageError('an answer has no password: --password-fd and --password-env go with share links');
  }
  if (options.timeout !== undefined && !options.wait) throw usageError('--timeout goes with --wait');
  const timeoutSeconds = parseDuration(options.timeout ?? DEFAULT_WAIT_TIMEOUT);
  await warnPlainHttp(link.origin, 'the collect proof, and so can use up this answer', ctx);
  const { destination, policy } = options;
  const outDir = options['out-dir'];
  preflight(destination, ctx);
  if (outDir !== undefined) checkOutDir(outDir, policy.force, false);
  if (options.wait) await waitForAnswer(link.origin, link.fragment, ctx, { timeoutSeconds });
  const peek = await checkRequest(link.origin, link.fragment);
  if (peek.kind === 'found' && peek.request.streamBytes !== null) {
    if (outDir === undefined) {
      throw usageError(
        `the answer has files (about ${formatBytes(peek.request.streamBytes)}): add --out-dir DIR to save them ` +
          '(nothing was used up)',
      );
    }
    checkOutDir(outDir, policy.force, true);
  }
  const answer = await readOwnerAnswer(link.origin, link.fragment);
  await ctx.err(`handoff: confirmation code ${answer.confirmation}\n`);
  const download = answer.files && {
    origin: link.origin,
    files: answer.files.files,
    viewsLeft: answer.viewsLeft,
    fetch: answer.files.download,
  };
  const revealed: Revealed = { text: answer.text, viewsLeft: answer.viewsLeft, download };
  const received = await receiveFiles(revealed, outDir, policy, destination, ctx);
  let code: number = EXIT.ok;
  if (options.json) {
    const result = {
      text: revealed.text,
      viewsLeft: revealed.viewsLeft,
      files: received.saved,
      confirmation: answer.confirmation,
    };
    await ctx.out(`${JSON.stringify(result)}\n`);
  } else {
    code = await deliver(revealed, destination, options.allowed, ctx);
  }
  if (received.error) throw received.error;
  return code;
}

type Received = { saved: { name: string; size: number; path: string }[]; error: CliError | null };

/**
 * Saves the files before the text is delivered, so that a command run with
 * --exec finds them. The view is spent by now: when the files fail, the text
 * still comes out (to --exec's current folder as a rescued file, since the
 * command does not run) and the failure is reported after it.
 */
async function receiveFiles(
  revealed: Revealed,
  outDir: string | undefined,
  policy: ReplacePolicy,
  destination: Destination,
  ctx: CliContext,
): Promise<Received> {
  if (!revealed.download) return { saved: [], error: null };
  if (outDir === undefined) {
    // The peek said the secret had no files, but it has: a server that is not telling the truth.
    throw new CliError(EXIT.service, 'the secret has files although the server said it had none; nothing was saved');
  }
  try {
    return { saved: await saveFiles(revealed.download, outDir, policy, ctx), error: null };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (destination.kind !== 'exec') return { saved: [], error };
    // The command is not run without its files; its variables are not dropped either.
    if (revealed.text !== '') await rescueSecret(revealed.text, '.', `--exec: ${destination.command} was not run`, ctx);
    throw error;
  }
}

export const open: Command = {
  name: 'open',
  summary: 'reveal a secret from its link (uses up one view)',
  help: HELP,
  run,
};
