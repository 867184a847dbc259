import { apiDeps } from '@/lib/api/context';
import { health } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return health(apiDeps());
}
