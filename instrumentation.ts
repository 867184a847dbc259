/**
 * Runs once when the server starts: parse the configuration and open the
 * store now, so a bad environment fails the start with one readable message
 * instead of the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { apiDeps } = await import('./lib/api/context');
  apiDeps();
}
