import { apiDeps } from '@/lib/api/context';
import { secretStatus } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  return secretStatus(request, (await params).id, apiDeps());
}
