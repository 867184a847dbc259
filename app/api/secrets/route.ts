import { apiDeps } from '@/lib/api/context';
import { createSecret } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return createSecret(request, apiDeps());
}
