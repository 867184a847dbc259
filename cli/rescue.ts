import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, openSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliContext } from './context';
import { SECRET_FILE_MODE } from './files';

/*
 * A revealed secret is never dropped (security review F-09). Once a view is
 * used, the text may be the only copy left: when it cannot go where it was
 * asked to (the write failed, or --exec / --env-file refused its variables),
 * it is saved to a new 0600 file in the folder it was meant for, under a
 * short random name that cannot exist yet; if even that fails, it is printed
 * to standard output with a warning on standard error.
 */

/** A short name that no sender chooses and that fits every file system. */
export function rescueFileName(): string {
  return `handoff-rescued-${randomBytes(6).toString('hex')}`;
}

function writeNew(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', SECRET_FILE_MODE);
  try {
    fchmodSync(fd, SECRET_FILE_MODE);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * Saves `text` in `dir` (see above) and reports where on standard error.
 * @param why - what went wrong, for the message (never a value)
 * @returns the path written, or null when the text went to standard output
 */
export async function rescueSecret(text: string, dir: string, why: string, ctx: CliContext): Promise<string | null> {
  const bytes = new TextEncoder().encode(text);
  const path = resolve(dir, rescueFileName());
  try {
    writeNew(path, bytes);
    await ctx.err(`handoff: ${why}; the view is used, so the secret was saved to ${path} (mode 0600)\n`);
    return path;
  } catch {
    await ctx.err(
      `handoff: ${why}, and ${dir} cannot be written either; the view is used, so the secret follows on standard output\n`,
    );
    await ctx.out(bytes);
    return null;
  }
}
