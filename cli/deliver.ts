import { dirname } from 'node:path';
import type { CliContext } from './context';
import { DotenvError, parseDotenv, UnsafeDotenvValue, type DotenvEntry } from './dotenv';
import { refusedEnvNames } from './env-policy';
import { CliError, EXIT } from './errors';
import { runWithEnv } from './exec';
import { mergeIntoEnvFile, writeSecretFile } from './files';
import { rescueSecret } from './rescue';

/*
 * Where `open` puts a revealed text: a file, an env file, a command's
 * environment. The view is used by now, so each way out either delivers the
 * text or rescues it (cli/rescue.ts) and exits 1: a secret is never dropped.
 */

/** `--out FILE`: a 0600 file; when the write fails, the text is rescued beside it (F-09). */
export async function deliverToFile(path: string, text: string, force: boolean, ctx: CliContext): Promise<number> {
  try {
    writeSecretFile(path, new TextEncoder().encode(text), force);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    await rescueSecret(text, dirname(path), error.message, ctx);
    return EXIT.usage;
  }
  if (ctx.stderrIsTTY) await ctx.err(`handoff: wrote ${path} (mode 0600)\n`);
  return EXIT.ok;
}

/** A revealed text. */
export type RevealedText = { text: string };

/**
 * The variables of a `.env` secret, or the reason it is not one.
 * Messages name line numbers only, never a value.
 */
function dotenvEntries(text: string): DotenvEntry[] | string {
  let entries: DotenvEntry[];
  try {
    entries = parseDotenv(text);
  } catch (error) {
    if (!(error instanceof DotenvError)) throw error;
    return `the secret is not a .env text (${error.message})`;
  }
  return entries.length === 0 ? 'the secret holds no KEY=value lines' : entries;
}

function refusedMessage(flag: string, refused: readonly string[], what: string): string {
  return (
    `${flag}: the secret sets ${refused.join(', ')}, which can make programs load or run code; ${what}. ` +
    'If you trust the sender with that, pass --allow-env NAME for each'
  );
}

/** `--env-file FILE`: merges the variables, refusing those that control loading or execution (F-03, F-10). */
export async function deliverToEnvFile(
  path: string,
  revealed: RevealedText,
  allowed: ReadonlySet<string>,
  ctx: CliContext,
): Promise<number> {
  const { text } = revealed;
  const entries = dotenvEntries(text);
  if (typeof entries === 'string') {
    await rescueSecret(text, dirname(path), `${entries}; ${path} was not changed`, ctx);
    return EXIT.usage;
  }
  const refused = refusedEnvNames(
    entries.map((e) => e.key),
    allowed,
  );
  if (refused.length > 0) {
    await rescueSecret(text, dirname(path), refusedMessage('--env-file', refused, `${path} was not changed`), ctx);
    return EXIT.usage;
  }
  try {
    mergeIntoEnvFile(path, entries);
  } catch (error) {
    if (error instanceof UnsafeDotenvValue) {
      const why = `--env-file: ${error.message} (it has a quote or CR and a $ or backtick); ${path} was not changed`;
      await rescueSecret(text, dirname(path), why, ctx);
      return EXIT.usage;
    }
    if (!(error instanceof CliError)) throw error;
    await rescueSecret(text, dirname(path), error.message, ctx);
    return EXIT.usage;
  }
  if (ctx.stderrIsTTY) await ctx.err(`handoff: merged ${entries.length} variable(s) into ${path}\n`);
  return EXIT.ok;
}

export type ExecPlan = { command: string; path: string; args: readonly string[] };

/**
 * `--exec -- CMD`: runs the command resolved before the reveal, with the
 * secret's variables, unless the text is not a `.env` text or one of them
 * is refused (then nothing runs, and the text is rescued in the current
 * folder). Names the variables it passes on standard error, never their values.
 */
export async function deliverToExec(
  plan: ExecPlan,
  revealed: RevealedText,
  allowed: ReadonlySet<string>,
  ctx: CliContext,
): Promise<number> {
  const { text } = revealed;
  const entries = dotenvEntries(text);
  if (typeof entries === 'string') {
    await rescueSecret(text, '.', `--exec: ${entries}; ${plan.command} was not run`, ctx);
    return EXIT.usage;
  }
  const vars: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const { key, value } of entries) vars[key] = value;
  const names = Object.keys(vars);
  const refused = refusedEnvNames(names, allowed);
  if (refused.length > 0) {
    await rescueSecret(text, '.', refusedMessage('--exec', refused, `${plan.command} was not run`), ctx);
    return EXIT.usage;
  }
  const shown = names.map((name) => (ctx.env[name] === undefined ? name : `${name} (replaces yours)`));
  await ctx.err(`handoff: --exec: running ${plan.path} with ${shown.join(', ')} from the secret\n`);
  return runWithEnv({ path: plan.path, argv0: plan.command }, plan.args, ctx.env, vars);
}
