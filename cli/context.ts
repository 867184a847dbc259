/*
 * What a command may touch of its process, gathered in one object so that
 * commands can run in unit tests with fake streams. Invariant: commands write
 * only through `out`/`err`, never to `process.stdout` directly.
 */

export type CliContext = {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Writes to standard output and resolves once the bytes are handed to the OS. */
  out: (data: string | Uint8Array) => Promise<void>;
  /** Writes to standard error. */
  err: (text: string) => Promise<void>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
};

function writer(stream: NodeJS.WriteStream): (data: string | Uint8Array) => Promise<void> {
  return (data) =>
    new Promise((resolve) => {
      // A closed pipe (`handoff open ... | head -1`) is not our failure: drop the rest.
      stream.write(data, () => resolve());
    });
}

/** The real process. */
export function processContext(): CliContext {
  process.stdout.on('error', () => undefined);
  return {
    env: process.env,
    stdin: process.stdin,
    out: writer(process.stdout),
    err: writer(process.stderr),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
