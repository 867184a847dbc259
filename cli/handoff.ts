/*
 * The entry point of the `handoff` command, bundled into dist-cli/handoff.mjs
 * by cli/build.mjs and started by bin/handoff.mjs. Everything else under cli/
 * is free of side effects, so unit tests can import it.
 */
import { processContext } from './context';
import { main } from './main';

// First thing: on Linux this overwrites the arguments in /proc/PID/cmdline,
// where every local user could read a link given as an argument (F-08).
process.title = 'handoff';

const code = await main(process.argv.slice(2), processContext());
process.exit(code);
