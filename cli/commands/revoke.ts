import { revokeLink } from '../../lib/client/manage';
import { CliError, EXIT } from '../errors';
import { serviceError } from '../failures';
import { parseManageLink } from '../links';
import { parseCommandArgs } from '../options';
import type { Command } from './command';

const HELP = `Usage: handoff revoke MANAGE_LINK

Destroys a secret now, whether or not it was opened: its link stops working.
Needs the manage link (<server>/m#...). Revoking twice is harmless.

Options:
  -h, --help         show this help`;

async function run(args: string[], ctx: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError(EXIT.usage, 'revoke takes one MANAGE_LINK; see --help');
  const link = parseManageLink(positionals[0]!);
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid manage link: ${link.reason}`);
  const outcome = await revokeLink(link.origin, link.id, link.token);
  if (outcome.kind === 'gone') {
    throw new CliError(EXIT.gone, 'nothing to revoke: the manage link is wrong, or its receipt has expired');
  }
  if (outcome.kind === 'error') throw serviceError(outcome, link.origin);
  await ctx.out('Revoked: the link no longer opens.\n');
  return EXIT.ok;
}

export const revoke: Command = {
  name: 'revoke',
  summary: 'destroy a secret now (needs the manage link)',
  help: HELP,
  run,
};
