import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CliInstructions } from '@/components/cli/cli-instructions';
import { cliBundle } from '@/lib/api/cli-bundle';

export const metadata: Metadata = { title: 'Handoff: command line' };

/**
 * The "Command line" page: the hash is that of the bundle this server serves
 * at this moment (read per request, like every page), never a copy made at build time.
 */
export default async function CliPage() {
  const bundle = await cliBundle();
  const requestHeaders = await headers();
  // Only a first guess for the rendered command; the browser puts in the origin it reached.
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  const host = requestHeaders.get('host') ?? 'localhost';
  return <CliInstructions sha256={bundle?.sha256 ?? null} serverOrigin={`${proto}://${host}`} />;
}
