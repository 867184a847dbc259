#!/usr/bin/env node
/*
 * The `handoff` command (package.json "bin"). The CLI is TypeScript under
 * cli/, which Node 20 cannot run; `npm run build` bundles it into
 * dist-cli/handoff.mjs (cli/build.mjs, esbuild), and this launcher loads it.
 */
import { existsSync } from 'node:fs';

// Hide the arguments (a link may be one) from /proc/PID/cmdline as early as possible (F-08).
process.title = 'handoff';

const built = new URL('../dist-cli/handoff.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'handoff: the CLI is not built yet. In the repository, run `npm run build` (or just `node cli/build.mjs`).\n',
  );
  process.exit(1);
}
await import(built.href);
