import { fetchReceipt } from '../../lib/client/manage';
import type { SecretStatusResponse } from '../../lib/schemas/secrets';
import { CliError, EXIT } from '../errors';
import { serviceError } from '../failures';
import { parseManageLink } from '../links';
import { parseCommandArgs } from '../options';
import type { Command } from './command';

const HELP = `Usage: handoff status MANAGE_LINK [--json]

Shows the receipt of a secret: whether and when it was opened, and when it
expires. Needs the manage link (<server>/m#...) that \`handoff send --manage\`
printed; it cannot read the secret.

Options:
  --json             print the receipt as JSON (the API's response)
  -h, --help         show this help`;

const STATES: Record<SecretStatusResponse['state'], string> = {
  active: 'active: waiting to be opened',
  viewed: 'opened: no views left, the secret is gone from the server',
  expired: 'expired before it was used up',
  revoked: 'revoked: the link no longer opens',
  locked: 'destroyed after too many wrong passwords',
};

/** The receipt as aligned `Label: value` lines. */
export function formatReceipt(r: SecretStatusResponse): string {
  const rows: [string, string][] = [
    ['State', STATES[r.state]],
    ['Views', `${r.viewsUsed} of ${r.maxViews} used`],
    ...r.viewedAt.map((at, i): [string, string] => [i === 0 ? 'Opened at' : '', at]),
    ['Created', r.createdAt],
    ['Expires', r.expiresAt],
  ];
  if (r.endedAt) rows.push(['Ended', r.endedAt]);
  rows.push(['Password', r.hasPassword ? `yes, ${r.failedAttempts} wrong attempt(s)` : 'no']);
  return rows.map(([label, value]) => `${(label ? `${label}:` : '').padEnd(11)}${value}`).join('\n');
}

async function run(args: string[], ctx: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await ctx.out(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError(EXIT.usage, 'status takes one MANAGE_LINK; see --help');
  const link = parseManageLink(positionals[0]!);
  if (!link.ok) throw new CliError(EXIT.invalidLink, `invalid manage link: ${link.reason}`);
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
