import 'server-only';
import { commitUploadReply, getPartReply, putPartReply } from './files';
import type { ApiReply, ApiRequest } from './fast-path';
import { errorReply } from './http';
import {
  createSecretReply,
  healthReply,
  peekSecretReply,
  readyReply,
  revealSecretReply,
  revokeSecretReply,
  secretStatusReply,
  type ApiDeps,
} from './secrets';

/*
 * The API's routing, framework-independent: an ApiRequest in, an ApiReply out
 * (or null for paths this router does not own, such as /api/openapi.json,
 * which Next serves). Used by the lean node:http adapter that server.mjs
 * puts in front of Next; app/api/** holds the same handlers as Next routes.
 */

type Route = {
  pattern: RegExp;
  /** `part`: the second path parameter (the part index), '' where there is none. */
  methods: Record<string, (request: ApiRequest, id: string, deps: ApiDeps, part: string) => Promise<ApiReply>>;
};

const ROUTES: Route[] = [
  { pattern: /^\/api\/secrets$/, methods: { POST: (r, _id, d) => createSecretReply(r, d) } },
  { pattern: /^\/api\/secrets\/([^/]+)$/, methods: { GET: peekSecretReply, DELETE: revokeSecretReply } },
  { pattern: /^\/api\/secrets\/([^/]+)\/reveal$/, methods: { POST: revealSecretReply } },
  { pattern: /^\/api\/secrets\/([^/]+)\/status$/, methods: { GET: secretStatusReply } },
  { pattern: /^\/api\/secrets\/([^/]+)\/commit$/, methods: { POST: commitUploadReply } },
  {
    pattern: /^\/api\/secrets\/([^/]+)\/parts\/([^/]+)$/,
    methods: { PUT: (r, id, d, n) => putPartReply(r, id, n, d), GET: (r, id, d, n) => getPartReply(r, id, n, d) },
  },
  { pattern: /^\/api\/health$/, methods: { GET: (_r, _id, d) => healthReply(d) } },
  { pattern: /^\/api\/ready$/, methods: { GET: (_r, _id, d) => readyReply(d) } },
];

/** Answers an API request, or returns null when the path is not one of these routes. */
export async function routeApi(request: ApiRequest, pathname: string, deps: ApiDeps): Promise<ApiReply | null> {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const handler = route.methods[method];
    if (!handler) {
      return errorReply('method_not_allowed', {}, { Allow: Object.keys(route.methods).join(', ') });
    }
    const reply = await handler(request, decoded(match[1]), deps, decoded(match[2]));
    return request.method === 'HEAD' ? { ...reply, body: null } : reply;
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
