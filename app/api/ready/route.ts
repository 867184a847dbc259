import { apiDeps } from '@/lib/api/context';
import { ready } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return ready(apiDeps());
}
