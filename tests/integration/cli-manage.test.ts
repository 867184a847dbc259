import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCli, runCli, sendWithCli } from '../support/cli-run';

/*
 * `handoff status` and `handoff revoke` with the manage link that
 * `handoff send --manage` prints, against the production build on real Redis.
 */

const base = inject('redisAppUrl');
const MANAGE = /^http:\/\/127\.0\.0\.1:\d+\/m#[A-Za-z0-9_-]{65}$/;

type Receipt = {
  state: string;
  maxViews: number;
  viewsUsed: number;
  viewedAt: string[];
  createdAt: string;
  expiresAt: string;
  hasPassword: boolean;
};

/** A UTC instant as wall-clock time in a zone `offsetMinutes` from UTC (one without summer time), as status prints it. */
function wallClock(iso: string, offsetMinutes: number, offset: string): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)} ${offset}`;
}

async function receipt(manageLink: string): Promise<Receipt> {
  const run = await runCli(['status', manageLink, '--json']);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as Receipt;
}

beforeAll(() => buildCli());

describe('handoff status and revoke', () => {
  it('prints the manage link with --manage, as a second line or in JSON', async () => {
    const plain = await runCli(['send', '--server', base, '--manage'], { input: 'x' });
    const [link, manage, extra] = plain.out.split('\n');
    expect(link).toMatch(/\/s#/);
    expect(manage).toMatch(MANAGE);
    expect(extra).toBe('');
    const quiet = await sendWithCli(base, 'x');
    expect(quiet.manageLink).toBeUndefined();
  });

  it('shows a receipt that follows the secret from active to opened', async () => {
    const sent = await sendWithCli(base, 'watched', ['--manage', '--views', '2']);
    expect(await receipt(sent.manageLink!)).toMatchObject({ state: 'active', maxViews: 2, viewsUsed: 0, viewedAt: [] });
    expect((await runCli(['open', sent.link])).code).toBe(0);
    const once = await receipt(sent.manageLink!);
    expect(once).toMatchObject({ state: 'active', viewsUsed: 1 });
    expect(once.viewedAt).toHaveLength(1);
    expect((await runCli(['open', sent.link])).code).toBe(0);
    expect(await receipt(sent.manageLink!)).toMatchObject({ state: 'viewed', viewsUsed: 2 });

    const human = await runCli(['status', sent.manageLink!]);
    expect(human.code).toBe(0);
    expect(human.out).toContain('Views:     2 of 2 used');
    expect(human.out).toMatch(/Opened at: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d\n/);
  });

  it('prints the times of a receipt in the local time zone (TZ), with the offset; --json keeps UTC', async () => {
    const sent = await sendWithCli(base, 'when', ['--manage']);
    expect((await runCli(['open', sent.link])).code).toBe(0);
    const utc = await receipt(sent.manageLink!);
    expect(utc.createdAt).toMatch(/Z$/);
    // Zones without summer time, one on each side of UTC, one with a half-hour offset.
    for (const [zone, minutes, offset] of [
      ['Asia/Kolkata', 330, '+05:30'],
      ['America/Phoenix', -420, '-07:00'],
    ] as const) {
      const human = await runCli(['status', sent.manageLink!], { env: { TZ: zone } });
      expect(human.code, human.err).toBe(0);
      expect(human.out).toContain(`Opened at: ${wallClock(utc.viewedAt[0]!, minutes, offset)}\n`);
      expect(human.out).toContain(`Created:   ${wallClock(utc.createdAt, minutes, offset)}\n`);
      expect(human.out).toContain(`Expires:   ${wallClock(utc.expiresAt, minutes, offset)}\n`);
    }
  });

  it('revokes a secret: its link exits 3 afterwards, and revoking again is harmless', async () => {
    const sent = await sendWithCli(base, 'to be revoked', ['--manage']);
    const revoked = await runCli(['revoke', sent.manageLink!]);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toContain('Revoked');
    expect((await runCli(['open', sent.link])).code).toBe(3);
    expect((await receipt(sent.manageLink!)).state).toBe('revoked');
    expect((await runCli(['revoke', sent.manageLink!])).code).toBe(0);
  });

  it('exits 3 for a manage link the server does not know, and 6 for a share link', async () => {
    const sent = await sendWithCli(base, 'x', ['--manage']);
    const wrongToken = sent.manageLink!.replace(/.$/, (c) => (c === 'A' ? 'Q' : 'A'));
    for (const command of ['status', 'revoke']) {
      const unknown = await runCli([command, wrongToken]);
      expect(unknown.code, command).toBe(3);
      const share = await runCli([command, sent.link]);
      expect(share.code, command).toBe(6);
      expect(share.err).toContain('this is a share link');
    }
    expect((await receipt(sent.manageLink!)).state).toBe('active');
  });
});
