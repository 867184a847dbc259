import { apiDeps } from '@/lib/api/context';
import { commitUpload } from '@/lib/api/files';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  return commitUpload(request, (await params).id, apiDeps());
}
