import type { ApiErrorCode } from './errors';

/*
 * The sign-in part of the OpenAPI document (lib/schemas/openapi.ts builds it
 * with its own helpers): /api/auth/* and the personal tokens of /api/tokens.
 * Guide: docs/deploy.md § Sign-in, docs/api.md § Personal tokens.
 */

type Helpers = { errors: (...codes: ApiErrorCode[]) => Record<string, unknown>; service: ApiErrorCode[] };

const object = (properties: Record<string, unknown>) => ({
  'application/json': { schema: { type: 'object', properties, required: Object.keys(properties) } },
});
const text = { type: 'string' };
const time = { type: 'string', format: 'date-time' };
const nullableTime = { type: ['string', 'null'], format: 'date-time' };
const redirect = (description: string) => ({ '302': { description } });

export const AUTH_SECURITY_SCHEMES = {
  personalToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal API token `hnd_pat_…` (settings page). Read only by the create routes and /api/tokens; ' +
      'sent anywhere else it is a wrong proof.',
  },
  session: { type: 'apiKey', in: 'cookie', name: 'handoff_session', description: 'The sealed sign-in session.' },
};

const signedIn = [{ personalToken: [] }, { session: [] }];

export function authPaths({ errors, service }: Helpers) {
  return {
    '/api/auth/session': {
      get: {
        operationId: 'authSession',
        summary: 'The sign-in mode and who is signed in (null: nobody)',
        responses: {
          '200': {
            description: 'Mode `none`, `proxy` or `oidc`; `user` is the signed-in label (an email) or null.',
            content: object({ mode: { enum: ['none', 'proxy', 'oidc'] }, user: { type: ['string', 'null'] } }),
          },
          ...errors(...service),
        },
      },
    },
    '/api/auth/login': {
      get: {
        operationId: 'authLogin',
        summary: 'Start an OpenID Connect sign-in (HANDOFF_AUTH=oidc)',
        parameters: [{ name: 'return', in: 'query', required: false, schema: { type: 'string' } }],
        responses: {
          ...redirect('To the provider; to /signin?error=provider when it cannot be reached.'),
          ...errors('not_found'),
        },
      },
    },
    '/api/auth/callback': {
      get: {
        operationId: 'authCallback',
        summary: "The provider's redirect back: sets the session cookie",
        responses: {
          ...redirect('To where the sign-in started, or to /signin?error=provider|denied|failed.'),
          ...errors('not_found', ...service),
        },
      },
    },
    '/api/auth/logout': {
      post: {
        operationId: 'authLogout',
        summary: "End this browser's session (same origin only)",
        responses: {
          '200': { description: 'Signed out; the cookie is cleared.', content: object({ signedOut: { const: true } }) },
          ...errors('cross_site', 'not_found', ...service),
        },
      },
    },
    '/api/tokens': {
      get: {
        operationId: 'listTokens',
        summary: "The caller's personal API tokens (never the tokens themselves)",
        security: signedIn,
        responses: {
          '200': {
            description: 'Id, name, creation and last use of each token.',
            content: object({
              tokens: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { id: text, name: text, createdAt: time, lastUsedAt: nullableTime },
                  required: ['id', 'name', 'createdAt', 'lastUsedAt'],
                },
              },
            }),
          },
          ...errors('sign_in_required', 'not_found', ...service),
        },
      },
      post: {
        operationId: 'createToken',
        summary: 'Create a personal API token, shown this once (browser session or identity proxy only)',
        security: [{ session: [] }],
        requestBody: {
          required: true,
          content: object({ name: { type: 'string', minLength: 1, maxLength: 60 } }),
        },
        responses: {
          '201': {
            description: 'The token: store it now, it is never shown again.',
            content: object({ id: text, name: text, token: { type: 'string', pattern: '^hnd_pat_' }, createdAt: time }),
          },
          ...errors('invalid_json', 'invalid_request', 'sign_in_required', 'cross_site', 'not_found', ...service),
        },
      },
    },
    '/api/tokens/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      delete: {
        operationId: 'revokeToken',
        summary: 'Revoke one of your personal API tokens, at once',
        security: signedIn,
        responses: {
          '204': { description: 'Revoked.' },
          ...errors('sign_in_required', 'cross_site', 'not_found', ...service),
        },
      },
    },
  };
}
