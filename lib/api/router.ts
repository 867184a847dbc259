import 'server-only';
import { commitUpload, getPart, putPart } from './files';
import { errorResponse } from './http';
import {
  createSecret,
  health,
  peekSecret,
  ready,
  revealSecret,
  revokeSecret,
  secretStatus,
  type ApiDeps,
} from './secrets';

/*
 * The API's routing, framework-independent: a Web Request in, a Response out
 * (or null for paths this router does not own, such as /api/openapi.json,
 * which Next serves). Used by the lean node:http adapter that server.mjs
 * puts in front of Next; app/api/** holds the same handlers as Next routes.
 */

type Route = {
  pattern: RegExp;
  /** `part`: the second path parameter (the part index), '' where there is none. */
  methods: Record<string, (request: Request, id: string, deps: ApiDeps, part: string) => Promise<Response>>;
};

const ROUTES: Route[] = [
  { pattern: /^\/api\/secrets$/, methods: { POST: (r, _id, d) => createSecret(r, d) } },
  { pattern: /^\/api\/secrets\/([^/]+)$/, methods: { GET: peekSecret, DELETE: revokeSecret } },
  { pattern: /^\/api\/secrets\/([^/]+)\/reveal$/, methods: { POST: revealSecret } },
  { pattern: /^\/api\/secrets\/([^/]+)\/status$/, methods: { GET: secretStatus } },
  { pattern: /^\/api\/secrets\/([^/]+)\/commit$/, methods: { POST: commitUpload } },
  {
    pattern: /^\/api\/secrets\/([^/]+)\/parts\/([^/]+)$/,
    methods: { PUT: (r, id, d, n) => putPart(r, id, n, d), GET: (r, id, d, n) => getPart(r, id, n, d) },
  },
  { pattern: /^\/api\/health$/, methods: { GET: (_r, _id, d) => health(d) } },
  { pattern: /^\/api\/ready$/, methods: { GET: (_r, _id, d) => ready(d) } },
];

/** Answers an API request, or returns null when the path is not one of these routes. */
export async function routeApi(request: Request, pathname: string, deps: ApiDeps): Promise<Response | null> {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const handler = route.methods[method];
    if (!handler) {
      return errorResponse('method_not_allowed', {}, { Allow: Object.keys(route.methods).join(', ') });
    }
    const response = await handler(request, decoded(match[1]), deps, decoded(match[2]));
    return request.method === 'HEAD'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  }
  return null;
}

/** A percent-decoded path parameter; '' when absent or malformed (the handler then answers 400). */
function decoded(param: string | undefined): string {
  try {
    return decodeURIComponent(param ?? '');
  } catch {
    return '';
  }
}
