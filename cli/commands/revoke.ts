import { revokeLink } from '../../lib/client/manage';
import { CliError, EXIT } from '../errors';
import { serviceError } from '../failures';
import { LINK_OPTIONS, linkHelp, readLink } from '../link-input';
import { parseManageLink } from '../links';
import { parseCommandArgs, warnPlainHttp } from '../options';
import { linkPath } from '../request-links';
import { revokeOwner } from '../owner-manage';
import type { Command } from './command';

const HELP = `Usage: handoff revoke MANAGE_LINK|- [--link-fd N]

Destroys a secret now, whether or not it was opened: its link stops working.
Needs the manage link (<server>/m#...). Revoking twice is harmless.

Options:
  --link-fd N        read MANAGE_LINK from file descriptor N
  -h, --help         show this help

${linkHelp('MANAGE_LINK')}`;

async function run(args: string[], ctx: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { ...LINK_OPTIONS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  const usage = 'revoke takes one MANAGE_LINK; see --help';
  const text = await readLink(positionals, values['link-fd'], 'manage', ctx, usage);
  if (linkPath(text) === '/o') return revokeOwner(text, false, ctx);
  const link = parseManageLink(text);
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid manage link: ${link.reason}`);
  await warnPlainHttp(link.origin, 'the manage token, and so can revoke this secret', ctx);
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
