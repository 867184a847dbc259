import 'server-only';
import { createHash } from 'node:crypto';

/*
 * An inline script in every page's <head> (app/layout.tsx), allowed by its
 * hash so that no nonce has to travel in the RSC payload. The parser runs it
 * while Next's async bundles are still downloading; what it sets up is first
 * needed after hydration. It prepares the page for its CSP's Trusted Types:
 * `require-trusted-types-for 'script'` makes the browser refuse plain strings
 * at every DOM XSS sink (innerHTML, script.src, eval, ...). React renders text
 * only and needs none of them; the one caller is the bundler's runtime, which
 * loads further chunks by assigning a string to `script.src`. The `default`
 * policy is consulted for such strings: it passes same-origin URLs under
 * /_next/static/ unchanged (the runtime recognises its chunks by their `src`
 * attribute), refuses everything else (the browser blocks and reports it), and
 * creates no HTML and no script at all. `trusted-types default`, without
 * 'allow-duplicates', forbids any other policy, so no later script can create
 * a permissive one or replace this one.
 *
 * No page ships zod (the browser checks answers with lib/client/responses.ts;
 * tests/integration/browser-bundle.test.ts reads the built chunks), so no page
 * needs zod's `jitless` flag against its eval probe.
 */

/** The inline script. Its hash is computed below, so editing it keeps the CSP in step. */
export const PAGE_BOOTSTRAP_SCRIPT = [
  '(function(){',
  'var t=window.trustedTypes;if(!t||!t.createPolicy)return;',
  "t.createPolicy('default',{createScriptURL:function(s){",
  'var u=new URL(s,location.href);',
  "if(u.origin===location.origin&&u.pathname.indexOf('/_next/static/')===0)return s;",
  'return null}})',
  '})();',
].join('');

/** The `'sha256-…'` source that allows the bootstrap script in `script-src`. */
export const PAGE_BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(PAGE_BOOTSTRAP_SCRIPT).digest('base64')}'`;
