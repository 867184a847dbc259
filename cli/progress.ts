import type { TransferProgress } from '../lib/client/create';
import type { CliContext } from './context';

/*
 * Transfer progress, on standard error and only when it is a terminal: a
 * pipe or a log file gets no carriage returns, and standard output stays
 * for the link or the secret.
 */

const MIB = 1024 * 1024;

/** Bytes for people: `812 B`, `14.2 KiB`, `3.0 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MIB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

export type ProgressLine = { update: TransferProgress; end: () => Promise<void> };

/** A one-line progress display (`handoff: uploading 3.0 of 12.5 MiB (24%)`), or nothing off a terminal. */
export function progressLine(ctx: CliContext, verb: string): ProgressLine {
  if (!ctx.stderrIsTTY) return { update: () => undefined, end: async () => undefined };
  let shown = false;
  let last = -1;
  return {
    update: (done, total) => {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (percent === last) return;
      last = percent;
      shown = true;
      void ctx.err(`\rhandoff: ${verb} ${formatBytes(done)} of ${formatBytes(total)} (${percent}%)\u001b[K`);
    },
    end: async () => {
      if (shown) await ctx.err('\n');
    },
  };
}
