import { answer } from './commands/answer';
import { open } from './commands/open';
import { request } from './commands/request';
import { revoke } from './commands/revoke';
import { send } from './commands/send';
import { status } from './commands/status';
import type { Command } from './commands/command';
import type { CliContext } from './context';
import { CliError, EXIT } from './errors';
import { version } from '../package.json';

export const COMMANDS: readonly Command[] = [send, open, request, answer, status, revoke];

export const VERSION: string = version;

export const EXIT_CODES_HELP = `Exit codes:
  0    done
  1    usage or local error (bad option, unreadable input, file exists, not a .env text,
       a variable refused by --exec/--env-file: the text is then saved, not lost)
  2    network or service error (unreachable, 5xx, rate limited, altered data)
  3    gone: already opened, expired, revoked, or never existed
  4    wrong password, or a password is needed and none was given (nothing used up)
  5    wrong password and no attempts left: the secret was destroyed
  6    invalid link
  130  interrupted (Ctrl-C) at a prompt or during an upload, which is then deleted
  with --exec: the command's own exit code (127 not found, 126 cannot run)`;

export const MAIN_HELP = `handoff ${VERSION}: share a secret as a self-destructing link, end-to-end encrypted

Usage:
${COMMANDS.map((c) => `  handoff ${c.name.padEnd(8)} ${c.summary}`).join('\n')}
  handoff help [COMMAND]

Run \`handoff COMMAND --help\` for a command's options.

Environment:
  HANDOFF_SERVER   the server \`send\` uses unless --server is given
  HANDOFF_TOKEN    a personal API token for \`send\` and \`request\` on a server where
                   creating needs sign-in (or --token-file PATH)
  HANDOFF_LINK     the link \`open\` opens when none is given (kept out of argv,
                   where other local users can read it; see \`handoff open --help\`)
  HANDOFF_MANAGE_LINK  the same for \`status\` and \`revoke\`
  HANDOFF_REQUEST_LINK  the request link \`answer\` answers when none is given

${EXIT_CODES_HELP}`;

/**
 * Runs one CLI invocation.
 * @param argv - the arguments after `handoff`
 * @returns the exit code; failures are reported on `ctx.err`, never thrown
 */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (name === 'help' && rest[0] !== undefined && !topic) throw new CliError(EXIT.usage, `no command "${rest[0]}"`);
      await ctx.out(`${topic ? topic.help : MAIN_HELP}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      await ctx.out(`handoff ${VERSION} (protocol v1)\n`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(EXIT.usage, `unknown command "${name}"; run \`handoff --help\``);
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      await ctx.err(`handoff: ${error.message}\n`);
      return error.exitCode;
    }
    // Unexpected: name the kind of failure only, since a message could quote secret material;
    // HANDOFF_DEBUG=1 shows the whole error for a bug report.
    const detail = ctx.env.HANDOFF_DEBUG === '1' && error instanceof Error ? `\n${error.stack ?? error.message}` : '';
    await ctx.err(
      `handoff: unexpected ${error instanceof Error ? error.name : typeof error}; please report it${detail}\n`,
    );
    return EXIT.service;
  }
}
