import { openApiDocument } from '@/lib/schemas/openapi';

export const dynamic = 'force-dynamic';

/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas. */
export function GET(): Response {
  return new Response(JSON.stringify(openApiDocument()), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}
