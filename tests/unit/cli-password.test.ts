import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '@/cli/errors';
import { readHiddenLine, readPassword, type RawInput } from '@/cli/password';

/** A fake terminal: records raw-mode switches and lets the test type. */
function terminal() {
  const modes: boolean[] = [];
  const input = Object.assign(new PassThrough(), { setRawMode: (on: boolean) => modes.push(on) }) as PassThrough &
    RawInput;
  return { input, modes, type: (...chunks: string[]) => chunks.forEach((c) => input.write(c)) };
}

describe('CLI hidden password prompt', () => {
  it('reads a line in raw mode and restores the terminal', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input);
    t.type('hun', 'ter2\r', 'ignored after Enter');
    await expect(line).resolves.toBe('hunter2');
    expect(t.modes).toEqual([true, false]);
  });

  it('edits with Backspace and Ctrl-U and ignores arrow keys and control characters', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input);
    t.type('wrong', '\u0015', 'pass', '\u001b[D', 'x\u007f', 'w\b', 'word\u0001é\n');
    await expect(line).resolves.toBe('passwordé');
  });

  it('stops with the interrupted exit code on Ctrl-C', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input);
    t.type('abc\u0003');
    await expect(line).rejects.toMatchObject({ exitCode: EXIT.interrupted });
    expect(t.modes).toEqual([true, false]);
  });
});

describe('CLI password from the environment', () => {
  it('reads the variable and removes it, so a command run with --exec does not inherit it', async () => {
    const env: Record<string, string | undefined> = { PW: 's3cret', OTHER: 'x' };
    await expect(readPassword({ kind: 'env', name: 'PW' }, env)).resolves.toBe('s3cret');
    expect(env).toEqual({ OTHER: 'x' });
  });

  it('is a usage error when the variable is missing or empty', async () => {
    for (const env of [{}, { PW: '' }]) {
      const failure = readPassword({ kind: 'env', name: 'PW' }, env);
      await expect(failure).rejects.toBeInstanceOf(CliError);
      await expect(failure).rejects.toMatchObject({ exitCode: EXIT.usage });
    }
  });
});
