import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '@/cli/main';
import { EXIT } from '@/cli/errors';
import { fakeContext } from '../support/cli-context';

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('handoff (in process)', () => {
  it('prints help for every command, with its options, and exit codes in the main help', async () => {
    for (const command of COMMANDS) {
      for (const argv of [
        [command.name, '--help'],
        [command.name, '-h'],
        ['help', command.name],
      ]) {
        const t = fakeContext();
        expect(await main(argv, t.ctx), argv.join(' ')).toBe(EXIT.ok);
        expect(t.stdout()).toContain(`Usage: handoff ${command.name}`);
        expect(t.stdout()).toContain('--help');
      }
    }
    const t = fakeContext();
    expect(await main(['--help'], t.ctx)).toBe(EXIT.ok);
    for (const line of [
      '3    gone',
      '4    wrong password',
      '5    wrong password and no attempts left',
      '6    invalid link',
    ]) {
      expect(t.stdout()).toContain(line);
    }
  });

  it('is a usage error without a command or with an unknown one', async () => {
    const none = fakeContext();
    expect(await main([], none.ctx)).toBe(EXIT.usage);
    expect(none.stdout()).toContain('Usage:');
    const unknown = fakeContext();
    expect(await main(['sned'], unknown.ctx)).toBe(EXIT.usage);
    expect(unknown.stderr()).toBe('handoff: unknown command "sned"; run `handoff --help`\n');
  });

  it('sends from standard input and exits 2 when the server cannot be reached', async () => {
    const t = fakeContext({ stdin: 'secret', env: { HANDOFF_SERVER: `http://127.0.0.1:${await closedPort()}` } });
    expect(await main(['send'], t.ctx)).toBe(EXIT.service);
    expect(t.stderr()).toMatch(/^handoff: cannot reach http:\/\/127\.0\.0\.1:\d+/);
    expect(t.stdout()).toBe('');
  });

  it('refuses to wait on a terminal for input unless - asks for it', async () => {
    const t = fakeContext({ stdinIsTTY: true, env: { HANDOFF_SERVER: 'http://127.0.0.1:9' } });
    expect(await main(['send'], t.ctx)).toBe(EXIT.usage);
    expect(t.stderr()).toContain('nothing to send');
  });

  it('refuses empty input and a password typed as an argument, without naming it', async () => {
    const env = { HANDOFF_SERVER: 'http://127.0.0.1:9' };
    const empty = fakeContext({ stdin: '', env });
    expect(await main(['send', '-'], empty.ctx)).toBe(EXIT.usage);
    expect(empty.stderr()).toContain('the input is empty');
    const typed = fakeContext({ stdin: 'x', env });
    expect(await main(['send', '--password', 'hunter2-not-a-file'], typed.ctx)).toBe(EXIT.usage);
    expect(typed.stderr()).toContain('--password takes no value');
    expect(typed.stderr()).not.toContain('hunter2');
  });

  it('exits 6 for an invalid link and checks --exec/--out combinations before any request', async () => {
    const cases: [string[], number, string][] = [
      [['open', 'https://h.example/s#short'], EXIT.invalidLink, 'cut short'],
      [['status', 'https://h.example/m#short'], EXIT.invalidLink, 'invalid manage link'],
      [['revoke', 'nonsense'], EXIT.invalidLink, 'not a URL'],
      [['open', 'https://h.example/s#x', '--out', 'a', '--exec', '--', 'env'], EXIT.usage, 'only one of'],
      [['open', 'https://h.example/s#x', '--force'], EXIT.usage, '--force goes with --out'],
      [['open', 'https://h.example/s#x', '--exec'], EXIT.usage, '--exec needs a command'],
      [['open', 'https://h.example/s#x', '--', 'env'], EXIT.usage, 'are for --exec'],
      [['open', 'a', 'b'], EXIT.usage, 'one LINK'],
    ];
    for (const [argv, code, message] of cases) {
      const t = fakeContext();
      expect(await main(argv, t.ctx), argv.join(' ')).toBe(code);
      expect(t.stderr()).toContain(message);
    }
  });
});
