import { apiDeps } from '@/lib/api/context';
import { peekSecret, revokeSecret } from '@/lib/api/secrets';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  return peekSecret(request, (await params).id, apiDeps());
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return revokeSecret(request, (await params).id, apiDeps());
}
