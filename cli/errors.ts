/*
 * Exit codes of `handoff` (documented in docs/api.md and `handoff --help`).
 * They are part of the CLI's contract: scripts branch on them, so a code is
 * never reused for another meaning.
 */
export const EXIT = {
  ok: 0,
  /** Bad arguments, or a local problem: unreadable input, a file that exists, a secret that is not a .env text. */
  usage: 1,
  /** The server cannot be reached, answers with an error, or sends something that does not decrypt. */
  service: 2,
  /** The secret is gone: already opened, expired, revoked, or it never existed (the server cannot tell them apart). */
  gone: 3,
  /** The password is wrong, or needed and not given. Nothing was consumed. */
  wrongPassword: 4,
  /** The last password attempt failed: the server destroyed the secret. */
  destroyed: 5,
  /** The link is not a valid Handoff link. */
  invalidLink: 6,
  /** `--exec`: the command exists but cannot be run (the shells' convention). */
  cannotExecute: 126,
  /** `--exec`: the command was not found (the shells' convention). */
  commandNotFound: 127,
  /** Interrupted (Ctrl-C) at a prompt, or during an upload (which is then deleted). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports as `handoff: <message>` and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (exit 1); the message should say what to do instead. */
export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, message);
}
