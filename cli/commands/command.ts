import type { CliContext } from '../context';

/** One `handoff` subcommand. `run` returns the exit code or throws a CliError. */
export type Command = {
  name: string;
  /** One line for `handoff --help`. */
  summary: string;
  /** The full text of `handoff NAME --help`. */
  help: string;
  run: (args: string[], ctx: CliContext) => Promise<number>;
};
