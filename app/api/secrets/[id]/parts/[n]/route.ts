import { apiDeps } from '@/lib/api/context';
import { getPart, putPart } from '@/lib/api/files';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; n: string }> };

export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const { id, n } = await params;
  return putPart(request, id, n, apiDeps());
}

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, n } = await params;
  return getPart(request, id, n, apiDeps());
}
