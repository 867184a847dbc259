/**
 * Runs once when the server starts: parse the configuration, open the store
 * and check the deployment now, so a bad environment or an unsafe Redis stops
 * the start with one readable message instead of failing requests later.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { verifyDeployment } = await import('./lib/api/context');
  try {
    const warning = await verifyDeployment();
    if (warning) console.warn(warning);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
