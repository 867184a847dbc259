import 'server-only';
import { verifyDeployment } from './context';

/**
 * Parses the configuration, opens the store and checks the deployment at
 * start, so a bad environment or an unsafe Redis stops the process with one
 * readable message instead of failing requests later.
 */
export async function startup(): Promise<void> {
  try {
    const warning = await verifyDeployment();
    if (warning) console.warn(warning);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
