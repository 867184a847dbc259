import 'server-only';
import type { LimitedAction } from '../policy/rate-limits';
import { PART_BYTES } from '../protocol/v1';
import { openApiDocument } from '../schemas/openapi';
import { commitUploadReply, getPartReply, putPartReply } from './files';
import { identify, sameOriginOrToken, userBucket, type Identity } from '../auth/identity';
import { callbackReply, loginReply, logoutReply, sessionReply } from './auth';
import { createTokenReply, listTokensReply, revokeTokenReply } from './tokens';
import { clientAddress } from '../ratelimit/client-address';
import type { ApiReply, ApiRequest } from './fast-path';
import { emptyReply, errorReply, jsonReply } from './http';
import { policyReply } from './policy';
import {
  commitAnswerReply,
  createRequestReply,
  peekRequestReply,
  putAnswerPartReply,
  revokeRequestReply,
  submitAnswerReply,
} from './requests';
import {
  createSecretReply,
  failureReply,
  healthReply,
  peekSecretReply,
  readyReply,
  revealSecretReply,
  revokeSecretReply,
  secretEndingReply,
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
 *
 * Each method names the rate limit it counts against, and the host counts it
 * (admit) before it reads a byte of the body (security review F-05): a client
 * over its limit costs no body buffering. Handlers never hit the limiter for
 * their action themselves, so no request counts twice.
 */

/** A handler: `id` and `part` are the percent-decoded path parameters ('' where the path has none). */
export type RouteHandler = (request: ApiRequest, id: string, deps: ApiDeps, part: string) => Promise<ApiReply>;

/**
 * Who may call a method (HANDOFF_AUTH, lib/auth/identity.ts):
 *  - anyone: never reads a cookie, the identity header or a personal token (opening, receipts, answers);
 *  - creator: anyone while sign-in is off; else a signed-in user or a personal token, or 401 sign_in_required;
 *  - user: only while sign-in is on (else 404), and only a signed-in user or a personal token.
 */
export type RouteWho = 'anyone' | 'creator' | 'user';

/** One method of a row: the rate-limited action it counts (null: none), and its handler. */
export type RouteMethod = { readonly limit: LimitedAction | null; readonly run: RouteHandler; readonly who: RouteWho };

export type ApiRoute = {
  /** The path as the OpenAPI document writes it, e.g. `/api/secrets/{id}`. */
  readonly template: string;
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, RouteMethod>>;
  /** The Allow header of this path. */
  readonly allow: string;
  /** The body cap: a file part is binary and larger than any JSON body. */
  readonly body: 'json' | 'part';
};

function route(template: string, methods: Record<string, RouteMethod>, body: ApiRoute['body'] = 'json'): ApiRoute {
  const source = template.replace(/\{\w+\}/g, '([^/]+)');
  const names = Object.keys(methods);
  if (names.includes('GET')) names.push('HEAD');
  names.push('OPTIONS');
  return { template, pattern: new RegExp(`^${source}$`), methods, allow: names.join(', '), body };
}

// Built once per policy, on the first request for it; it never changes while the process runs.
const openApiTexts = new WeakMap<object, string>();

/**
 * GET /api/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas, its
 * lifetime and view enums narrowed to this instance's policy.
 */
export async function openApiReply(deps: ApiDeps): Promise<ApiReply> {
  const policy = deps.config.policy;
  let text = openApiTexts.get(policy);
  if (text === undefined) {
    text = JSON.stringify(openApiDocument(policy));
    openApiTexts.set(policy, text);
  }
  return { ...jsonReply(200, null), body: text };
}

/** A method that counts against the client's limit for `limit`. */
const limited = (limit: LimitedAction, run: RouteHandler): RouteMethod => ({ limit, run, who: 'anyone' });
/** A method outside every rate limit. */
const open = (run: RouteHandler): RouteMethod => ({ limit: null, run, who: 'anyone' });
/** A create: counted per user when signed in, per client address otherwise; gated when sign-in is on. */
const creates = (limit: LimitedAction, run: RouteHandler): RouteMethod => ({ limit, run, who: 'creator' });
/** An account route: only while sign-in is on, only for a signed-in user, counted per user. */
const account = (limit: LimitedAction | null, run: RouteHandler): RouteMethod => ({ limit, run, who: 'user' });

/** The table: one row per path, one handler (and its rate limit) per method. */
export const API_ROUTES: readonly ApiRoute[] = [
  route('/api/secrets', { POST: creates('create', (r, _id, d) => createSecretReply(r, d)) }),
  route('/api/secrets/{id}', { GET: limited('peek', peekSecretReply), DELETE: limited('manage', revokeSecretReply) }),
  route('/api/secrets/{id}/reveal', { POST: limited('reveal', revealSecretReply) }),
  route('/api/secrets/{id}/status', { GET: limited('manage', secretStatusReply) }),
  route('/api/secrets/{id}/ending', { GET: limited('peek', secretEndingReply) }),
  route('/api/secrets/{id}/commit', { POST: limited('upload', commitUploadReply) }),
  route(
    '/api/secrets/{id}/parts/{n}',
    {
      PUT: limited('upload', (r, id, d, n) => putPartReply(r, id, n, d)),
      GET: limited('download', (r, id, d, n) => getPartReply(r, id, n, d)),
    },
    'part',
  ),
  route('/api/requests', { POST: creates('requestCreate', (r, _id, d) => createRequestReply(r, d)) }),
  route('/api/requests/{id}', {
    GET: limited('peek', peekRequestReply),
    DELETE: limited('manage', revokeRequestReply),
  }),
  route('/api/requests/{id}/answer', { POST: limited('answer', submitAnswerReply) }),
  route('/api/requests/{id}/answer/commit', { POST: limited('upload', commitAnswerReply) }),
  route(
    '/api/requests/{id}/answer/parts/{n}',
    { PUT: limited('upload', (r, id, d, n) => putAnswerPartReply(r, id, n, d)) },
    'part',
  ),
  // Sign-in (docs/deploy.md § Sign-in): the OIDC flow, who is signed in, personal API tokens.
  route('/api/auth/session', { GET: open((r, _id, d) => sessionReply(r, d)) }),
  route('/api/auth/login', { GET: open((r, _id, d) => loginReply(r, d)) }),
  route('/api/auth/callback', { GET: open((r, _id, d) => callbackReply(r, d)) }),
  route('/api/auth/logout', { POST: open((r, _id, d) => logoutReply(r, d)) }),
  route('/api/tokens', {
    GET: account(null, (r, _id, d) => listTokensReply(r, d)),
    POST: account('tokens', (r, _id, d) => createTokenReply(r, d)),
  }),
  route('/api/tokens/{id}', { DELETE: account('tokens', revokeTokenReply) }),
  route('/api/health', { GET: open((_r, _id, d) => healthReply(d)) }),
  route('/api/ready', { GET: open((_r, _id, d) => readyReply(d)) }),
  route('/api/openapi.json', { GET: open((_r, _id, d) => openApiReply(d)) }),
  route('/api/policy', { GET: open(async (_r, _id, d) => policyReply(d.config.policy)) }),
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

/** The method of a row that refusal() let through (HEAD is GET's). */
export function methodOf(found: ApiRoute, method: string): RouteMethod {
  return found.methods[method === 'HEAD' ? 'GET' : method]!;
}

/** What a create counts against when the caller is signed in: the user's own budget. */
const USER_LIMITS: Partial<Record<LimitedAction, LimitedAction>> = {
  create: 'userCreate',
  requestCreate: 'userRequestCreate',
};

/** Whether a method may go on, and as whom: the refusal to send, or the caller's identity (null: anonymous). */
export type Authorized = { reply: ApiReply } | { identity: Identity | null };

const ANONYMOUS: Authorized = { identity: null };

/**
 * Who is calling a method that asks (RouteWho), before its rate limit and its
 * body: 404 for an account route while sign-in is off, 401 sign_in_required
 * without a permitted identity, 403 cross_site for a cookie-borne change from
 * another origin.
 */
export async function authorize(method: RouteMethod, request: ApiRequest, deps: ApiDeps): Promise<Authorized> {
  if (method.who === 'anyone') return ANONYMOUS;
  const auth = deps.auth;
  if (!auth || auth.config.mode === 'none')
    return method.who === 'user' ? { reply: errorReply('not_found') } : ANONYMOUS;
  let identity: Identity | null;
  try {
    identity = await identify(request, auth, true);
  } catch (error) {
    return { reply: failureReply(error) };
  }
  if (!identity) return { reply: errorReply('sign_in_required') };
  if (!sameOriginOrToken(request, identity, auth.config)) return { reply: errorReply('cross_site') };
  return { identity };
}

/** The action and bucket a method counts against: the user's own for a signed-in create, else the address's. */
export function limitOf(
  limit: LimitedAction,
  identity: Identity | null,
  address: () => string,
): [LimitedAction, string] {
  if (!identity) return [limit, address()];
  return [USER_LIMITS[limit] ?? limit, userBucket(identity)];
}

/**
 * Counts a request against its method's rate limit, for `client` (the
 * bucket clientAddress() names), before any byte of its body is read.
 * @returns the refusal (429 with Retry-After; a store failure's answer), or null to go on
 */
export async function admit(limit: LimitedAction, client: string, deps: ApiDeps): Promise<ApiReply | null> {
  try {
    const decision = await deps.limiter.hit(limit, client);
    if (decision.allowed) return null;
    return errorReply('rate_limited', {}, { 'Retry-After': String(decision.retryAfterSeconds) });
  } catch (error) {
    return failureReply(error);
  }
}

/** Runs the handler of a row that refusal() let through (and admit(), where the method is limited). */
export async function dispatch(
  found: ApiRoute,
  request: ApiRequest,
  pathname: string,
  deps: ApiDeps,
): Promise<ApiReply> {
  const match = found.pattern.exec(pathname)!;
  const reply = await methodOf(found, request.method).run(request, decoded(match[1]), deps, decoded(match[2]));
  return request.method === 'HEAD' ? { ...reply, body: null } : reply;
}

/**
 * Answers any request for a path under /api: 404, 405, 204 (OPTIONS), 429, or
 * the handler's reply. The body stays unread until the handler reads it.
 * @param found - the row of `pathname` when the caller already looked it up (its template names the
 *   request in metrics and access lines)
 */
export async function routeApi(
  request: ApiRequest,
  pathname: string,
  deps: ApiDeps,
  found: ApiRoute | undefined = findRoute(pathname),
): Promise<ApiReply> {
  const refused = refusal(found, request.method);
  if (refused) return refused;
  const method = methodOf(found!, request.method);
  const authorized = await authorize(method, request, deps);
  if ('reply' in authorized) return request.method === 'HEAD' ? { ...authorized.reply, body: null } : authorized.reply;
  const { identity } = authorized;
  if (method.limit) {
    const address = () => clientAddress(request.headers, deps.config.trustedProxies);
    const limitedOut = await admit(...limitOf(method.limit, identity, address), deps);
    if (limitedOut) return limitedOut;
  }
  return dispatch(found!, identity ? { ...request, identity } : request, pathname, deps);
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
