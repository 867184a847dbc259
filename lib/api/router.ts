import 'server-only';
import { PART_BYTES } from '../protocol/v1';
import { openApiDocument } from '../schemas/openapi';
import { commitUploadReply, getPartReply, putPartReply } from './files';
import type { ApiReply, ApiRequest } from './fast-path';
import { emptyReply, errorReply, jsonReply } from './http';
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
 * The API's one routing table, framework-independent: an ApiRequest in, an
 * ApiReply out. Every way of starting the app answers /api/* from here: the
 * lean node:http adapter that server.mjs puts in front of Next, and the one
 * catch-all Next route (app/api/[[...path]]/route.ts) that `next dev` uses.
 * Adding a route is one row below (plus its schema, handler, OpenAPI entry and
 * docs); tests/unit/api-routes.test.ts pins every row, so a lost or unlisted
 * row fails a test.
 *
 * Every path under /api answers: an unknown path 404 not_found, a known path
 * with a method it lacks 405 method_not_allowed with Allow, OPTIONS 204 with
 * Allow. HEAD runs GET and drops the body.
 */

/** A handler: `id` and `part` are the percent-decoded path parameters ('' where the path has none). */
export type RouteHandler = (request: ApiRequest, id: string, deps: ApiDeps, part: string) => Promise<ApiReply>;

export type ApiRoute = {
  /** The path as the OpenAPI document writes it, e.g. `/api/secrets/{id}`. */
  readonly template: string;
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, RouteHandler>>;
  /** The Allow header of this path. */
  readonly allow: string;
  /** The body cap: a file part is binary and larger than any JSON body. */
  readonly body: 'json' | 'part';
};

function route(template: string, methods: Record<string, RouteHandler>, body: ApiRoute['body'] = 'json'): ApiRoute {
  const source = template.replace(/\{\w+\}/g, '([^/]+)');
  const names = Object.keys(methods);
  if (names.includes('GET')) names.push('HEAD');
  names.push('OPTIONS');
  return { template, pattern: new RegExp(`^${source}$`), methods, allow: names.join(', '), body };
}

// Built once, on the first request for it; it never changes while the process runs.
let openApiText: string | undefined;

/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas. */
export async function openApiReply(): Promise<ApiReply> {
  openApiText ??= JSON.stringify(openApiDocument());
  return { ...jsonReply(200, null), body: openApiText };
}

/** The table: one row per path, one handler per method. */
export const API_ROUTES: readonly ApiRoute[] = [
  route('/api/secrets', { POST: (r, _id, d) => createSecretReply(r, d) }),
  route('/api/secrets/{id}', { GET: peekSecretReply, DELETE: revokeSecretReply }),
  route('/api/secrets/{id}/reveal', { POST: revealSecretReply }),
  route('/api/secrets/{id}/status', { GET: secretStatusReply }),
  route('/api/secrets/{id}/commit', { POST: commitUploadReply }),
  route(
    '/api/secrets/{id}/parts/{n}',
    { PUT: (r, id, d, n) => putPartReply(r, id, n, d), GET: (r, id, d, n) => getPartReply(r, id, n, d) },
    'part',
  ),
  route('/api/health', { GET: (_r, _id, d) => healthReply(d) }),
  route('/api/ready', { GET: (_r, _id, d) => readyReply(d) }),
  route('/api/openapi.json', { GET: () => openApiReply() }),
];

/** The row whose path matches, or undefined. Allocates nothing. */
export function findRoute(pathname: string): ApiRoute | undefined {
  for (const candidate of API_ROUTES) if (candidate.pattern.test(pathname)) return candidate;
  return undefined;
}

/**
 * The answer that needs no handler (and no body): 404 for an unknown path,
 * 204 for OPTIONS, 405 for a method the path lacks; null when a handler runs.
 */
export function refusal(found: ApiRoute | undefined, method: string): ApiReply | null {
  if (!found) return errorReply('not_found');
  if (method === 'OPTIONS') {
    const reply = emptyReply(204);
    reply.headers.Allow = found.allow;
    return reply;
  }
  if (found.methods[method === 'HEAD' ? 'GET' : method]) return null;
  return errorReply('method_not_allowed', {}, { Allow: found.allow });
}

/** Runs the handler of a row that refusal() let through. */
export async function dispatch(
  found: ApiRoute,
  request: ApiRequest,
  pathname: string,
  deps: ApiDeps,
): Promise<ApiReply> {
  const handler = found.methods[request.method === 'HEAD' ? 'GET' : request.method]!;
  const match = found.pattern.exec(pathname)!;
  const reply = await handler(request, decoded(match[1]), deps, decoded(match[2]));
  return request.method === 'HEAD' ? { ...reply, body: null } : reply;
}

/**
 * Answers any request for a path under /api: 404, 405, 204 (OPTIONS) or the handler's reply.
 * @param found - the row of `pathname` when the caller already looked it up (its template names the
 *   request in metrics and access lines)
 */
export function routeApi(
  request: ApiRequest,
  pathname: string,
  deps: ApiDeps,
  found: ApiRoute | undefined = findRoute(pathname),
): Promise<ApiReply> {
  const refused = refusal(found, request.method);
  return refused ? Promise.resolve(refused) : dispatch(found!, request, pathname, deps);
}

/** A percent-decoded path parameter; '' when absent or malformed (the handler then answers 400). */
function decoded(param: string | undefined): string {
  try {
    return decodeURIComponent(param ?? '');
  } catch {
    return '';
  }
}

/** The body cap of a row, in bytes. */
export function bodyCap(found: ApiRoute, deps: ApiDeps): number {
  return found.body === 'part' ? PART_BYTES : deps.config.maxBodyBytes;
}
