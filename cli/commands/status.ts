import { fetchReceipt } from '../../lib/client/manage';
import type { SecretStatusResponse } from '../../lib/schemas/secrets';
import { CliError, EXIT } from '../errors';
import { localTime } from '../local-time';
import { serviceError } from '../failures';
import { LINK_OPTIONS, linkHelp, readLink } from '../link-input';
import { parseManageLink } from '../links';
import { parseCommandArgs, warnPlainHttp } from '../options';
import { linkPath } from '../request-links';
import { statusOwner } from '../owner-manage';
import type { Command } from './command';

const HELP = `Usage: handoff status MANAGE_LINK|- [--json] [--link-fd N]

Shows the receipt of a secret: whether and when it was opened, and when it
expires, in the local time zone (TZ) with its UTC offset; --json keeps UTC. Needs the manage link (<server>/m#...) that \`handoff send --manage\`
printed; it cannot read the secret.

Options:
  --json             print the receipt as JSON (the API's response)
  --link-fd N        read MANAGE_LINK from file descriptor N
  -h, --help         show this help

${linkHelp('MANAGE_LINK')}`;

const STATES: Record<SecretStatusResponse['state'], string> = {
  active: 'active: waiting to be opened',
  viewed: 'opened: no views left, the secret is gone from the server',
  expired: 'expired before it was used up',
  revoked: 'revoked: the link no longer opens',
  locked: 'destroyed after too many wrong passwords',
};

/** The receipt as aligned `Label: value` lines, times in the local time zone with their offset. */
export function formatReceipt(r: SecretStatusResponse): string {
  const rows: [string, string][] = [
    ['State', STATES[r.state]],
    ['Views', `${r.viewsUsed} of ${r.maxViews} used`],
    ...r.viewedAt.map((at, i): [string, string] => [i === 0 ? 'Opened at' : '', localTime(at)]),
    ['Created', localTime(r.createdAt)],
    ['Expires', localTime(r.expiresAt)],
  ];
  if (r.endedAt) rows.push(['Ended', localTime(r.endedAt)]);
  rows.push(['Password', r.hasPassword ? `yes, ${r.failedAttempts} wrong attempt(s)` : 'no']);
  return rows.map(([label, value]) => `${(label ? `${label}:` : '').padEnd(11)}${value}`).join('\n');
}

async function run(args: string[], ctx: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, ...LINK_OPTIONS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  const usage = 'status takes one MANAGE_LINK; see --help';
  const text = await readLink(positionals, values['link-fd'], 'manage', ctx, usage);
  if (linkPath(text) === '/o') return statusOwner(text, values.json === true, ctx);
  const link = parseManageLink(text);
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid manage link: ${link.reason}`);
  await warnPlainHttp(link.origin, 'the manage token, and so can revoke this secret', ctx);
  const outcome = await fetchReceipt(link.origin, link.id, link.token);
  if (outcome.kind === 'gone') {
    throw new CliError(EXIT.gone, 'no receipt for this manage link: it is wrong, or the receipt has expired');
  }
  if (outcome.kind === 'error') throw serviceError(outcome, link.origin);
  await ctx.out(values.json ? `${JSON.stringify(outcome.receipt)}\n` : `${formatReceipt(outcome.receipt)}\n`);
  return EXIT.ok;
}

export const status: Command = {
  name: 'status',
  summary: 'show whether and when a secret was opened (needs the manage link)',
  help: HELP,
  run,
};
