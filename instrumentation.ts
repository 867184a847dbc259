/**
 * Runs once when the server starts: stops a production build that server.mjs
 * did not start (`next start`), then checks the configuration and the store.
 * The Node.js-only work lives in lib/api/startup.ts, imported only in the
 * Node.js runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./lib/api/startup')).startup();
}
