import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { delimiter, resolve as resolvePath } from 'node:path';
import { CliError, EXIT } from './errors';

/*
 * `open --exec -- CMD ARGS...`: run a command with the secret's variables in
 * its environment (the `op run` / `doppler run` pattern). The CLI prints
 * nothing; the command's own exit code becomes the CLI's.
 */

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds CMD the way a shell would, with handoff's own PATH (unless CMD
 * contains a `/`), before a view is used: a typo fails early, and the binary
 * checked is the one that runs, whatever PATH the secret holds (F-03).
 * @returns the command's absolute path
 * @throws CliError (127) when there is no such executable
 */
export function resolveCommand(command: string, env: Record<string, string | undefined>): string {
  const candidates = command.includes('/')
    ? [command]
    : (env.PATH ?? '').split(delimiter).map((dir) => `${dir || '.'}/${command}`);
  const found = candidates.find(isExecutableFile);
  if (found === undefined) throw new CliError(EXIT.commandNotFound, `--exec: command not found: ${command}`);
  return resolvePath(found);
}

/*
 * Ctrl-C, Ctrl-\ and a closing terminal signal the whole foreground process
 * group, so the command receives them itself; handoff only has to outlive it
 * to pass on its exit code, and must not send a second copy. A SIGTERM aimed
 * at handoff alone is passed on.
 */
const GROUP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGQUIT', 'SIGHUP'];
const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGTERM'];

/**
 * Runs the command at `path` (from `resolveCommand`, so PATH is not searched
 * again) as `argv0`, with `vars` added to (and overriding) `env`, standard
 * streams inherited, and signals handled as above.
 * @returns its exit code, or 128 + the signal number when a signal ended it
 */
export function runWithEnv(
  command: { path: string; argv0: string },
  args: readonly string[],
  env: Record<string, string | undefined>,
  vars: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const childEnv = { ...env, ...vars } as NodeJS.ProcessEnv;
    const child = spawn(command.path, args, { stdio: 'inherit', env: childEnv, argv0: command.argv0 });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    const wait = (): void => undefined;
    for (const s of FORWARDED_SIGNALS) process.on(s, forward);
    for (const s of GROUP_SIGNALS) process.on(s, wait);
    const done = (): void => {
      for (const s of FORWARDED_SIGNALS) process.removeListener(s, forward);
      for (const s of GROUP_SIGNALS) process.removeListener(s, wait);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      done();
      const exitCode = error.code === 'ENOENT' ? EXIT.commandNotFound : EXIT.cannotExecute;
      reject(new CliError(exitCode, `--exec: cannot run ${command.argv0} (${error.code ?? 'error'})`));
    });
    child.on('exit', (code, signal) => {
      done();
      if (code !== null) resolve(code);
      else resolve(128 + (signal ? (osConstants.signals[signal] ?? 0) : 0));
    });
  });
}
