import { apiDeps } from '@/lib/api/context';
import { revealSecret } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  return revealSecret(request, (await params).id, apiDeps());
}
