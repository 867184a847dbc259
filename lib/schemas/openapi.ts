import { z } from 'zod';
import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { OPEN_POLICY, type InstancePolicy } from '../policy/instance';
import { policyResponseSchema } from './policy';
import { ENVELOPE_CHAR_LENGTHS, ID_BYTES, KEY_BYTES, PART_BYTES, PASSWORD_SALT_BYTES } from '../protocol/v1';
import { API_ERRORS, apiErrorBodySchema, type ApiErrorCode } from './errors';
import { AUTH_SECURITY_SCHEMES, authPaths } from './openapi-auth';
import { REQUEST_COMPONENTS, REQUEST_REFINEMENTS, REQUEST_SECURITY_SCHEMES, requestPaths } from './openapi-requests';
import {
  commitUploadResponseSchema,
  createSecretRequestSchema,
  createSecretResponseSchema,
  digestSchema,
  envelopeSchema,
  filesRequestSchema,
  kdfSchema,
  peekSecretResponseSchema,
  revealSecretRequestSchema,
  revealSecretResponseSchema,
  revealedFilesSchema,
  secretIdSchema,
  secretEndingResponseSchema,
  secretStatusResponseSchema,
  uploadIncompleteResponseSchema,
  uploadSchema,
  wrongPasswordResponseSchema,
} from './secrets';

/*
 * The OpenAPI 3.1 description of the HTTP API (served at /api/openapi.json,
 * explained in docs/api.md). Every schema in it is generated with
 * z.toJSONSchema from the zod schemas the route handlers validate with, so
 * the document cannot drift from what the server accepts. What JSON Schema
 * cannot express of a zod refinement (canonical base64url, a closed list of
 * numbers) is added from the same constants the refinement checks.
 */

/** GET /api/health. The handler writes this shape; it is described here because nothing parses it. */
export const healthResponseSchema = z.strictObject({ status: z.enum(['ok', 'unavailable']) });
/** GET /api/ready, likewise. */
export const readyResponseSchema = z.strictObject({ status: z.enum(['ok', 'unavailable', 'draining']) });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type ReadyResponse = z.infer<typeof readyResponseSchema>;

/** Named components: each becomes `#/components/schemas/<id>` and is referenced wherever it is reused. */
const COMPONENTS: [z.ZodType, string][] = [
  [secretIdSchema, 'SecretId'],
  [digestSchema, 'Digest'],
  [envelopeSchema, 'Envelope'],
  [kdfSchema, 'Kdf'],
  [filesRequestSchema, 'FilesRequest'],
  [createSecretRequestSchema, 'CreateSecretRequest'],
  [uploadSchema, 'Upload'],
  [createSecretResponseSchema, 'CreateSecretResponse'],
  [peekSecretResponseSchema, 'PeekSecretResponse'],
  [revealSecretRequestSchema, 'RevealSecretRequest'],
  [revealedFilesSchema, 'RevealedFiles'],
  [revealSecretResponseSchema, 'RevealSecretResponse'],
  [commitUploadResponseSchema, 'CommitUploadResponse'],
  [uploadIncompleteResponseSchema, 'UploadIncompleteResponse'],
  [secretStatusResponseSchema, 'SecretStatusResponse'],
  [secretEndingResponseSchema, 'SecretEndingResponse'],
  [wrongPasswordResponseSchema, 'WrongPasswordResponse'],
  [apiErrorBodySchema, 'ApiError'],
  [healthResponseSchema, 'HealthResponse'],
  [readyResponseSchema, 'ReadyResponse'],
  [policyResponseSchema, 'PolicyResponse'],
  ...REQUEST_COMPONENTS,
];

const BASE64URL = '^[A-Za-z0-9_-]*$';
const b64 = (bytes: number, what: string) => ({
  pattern: BASE64URL,
  description: `${what}: ${bytes} bytes as canonical base64url without padding.`,
});

/** Keywords for refinements that JSON Schema cannot state, keyed by the zod schema they refine. */
const REFINEMENTS = new Map<unknown, Record<string, unknown>>([
  [secretIdSchema, b64(ID_BYTES, 'The secret id, derived from the link key')],
  [digestSchema, b64(KEY_BYTES, 'A proof, a token or its SHA-256 verifier')],
  [kdfSchema.shape.salt, b64(PASSWORD_SALT_BYTES, 'The scrypt salt')],
  [
    envelopeSchema,
    {
      pattern: BASE64URL,
      description:
        'version || nonce || AES-256-GCM ciphertext || tag, as canonical base64url; its length is one of: ' +
        `${[...ENVELOPE_CHAR_LENGTHS].join(', ')} characters (the padded sizes).`,
    },
  ],
  [createSecretRequestSchema.shape.ttlSeconds, { enum: [...TTL_CHOICES_SECONDS], description: 'Lifetime in seconds.' }],
  [createSecretRequestSchema.shape.maxViews, { enum: [...VIEW_CHOICES], description: 'How many reveals are allowed.' }],
  [
    filesRequestSchema.shape.streamBytes,
    {
      minimum: 1,
      description:
        'Padded plaintext length of the file stream: a value streamPaddedLength can produce (docs/protocol.md ' +
        '§Stream padding), at most streamPaddedLength(HANDOFF_MAX_FILE_BYTES) of the server.',
    },
  ],
  ...REQUEST_REFINEMENTS,
]);

function componentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // What the parsers accept: the server's for requests, the clients' for responses.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
      Object.assign(js, REFINEMENTS.get(zodSchema));
      // Noise for readers: every zod int is a safe integer; date-times say so with `format`.
      if (js.minimum === Number.MIN_SAFE_INTEGER) delete js.minimum;
      if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
      if (js.format === 'date-time') delete js.pattern;
    },
  });
  for (const schema of Object.values(schemas)) {
    // Components live inside the document: no dialect or id of their own.
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas as Record<string, Record<string, unknown>>;
}

/** Narrows the create bodies' lifetime and view enums to what `policy` offers. */
function narrowed(schemas: Record<string, Record<string, unknown>>, policy: InstancePolicy) {
  const enumOf = (component: string, property: string, values: readonly number[]) => {
    const properties = schemas[component]?.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties?.[property]) properties[property].enum = [...values];
  };
  enumOf('CreateSecretRequest', 'ttlSeconds', policy.ttlChoices);
  enumOf('CreateSecretRequest', 'maxViews', policy.viewChoices);
  enumOf('CreateRequestRequest', 'ttlSeconds', policy.requestTtlChoices);
  enumOf('CreateRequestRequest', 'answerTtlSeconds', policy.ttlChoices);
  enumOf('CreateRequestRequest', 'maxViews', policy.viewChoices);
  return schemas;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });

/** A documented error response, its description listing the codes from the closed table. */
function errors(...codes: ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes)
    byStatus.set(API_ERRORS[code].status, [...(byStatus.get(API_ERRORS[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((c) => `\`${c}\`: ${API_ERRORS[c].message}`).join(' '),
        content: json('ApiError'),
      },
    ]),
  );
}

const SERVICE_ERRORS: ApiErrorCode[] = ['rate_limited', 'internal', 'store_unavailable', 'outcome_unknown'];
const idParameter = { name: 'id', in: 'path', required: true, schema: ref('SecretId') };
const partParameter = {
  name: 'n',
  in: 'path',
  required: true,
  description: 'The part index, 0 … parts − 1, in decimal without leading zeros.',
  schema: { type: 'integer', minimum: 0, maximum: 999_999 },
};
const binary = { 'application/octet-stream': {} };

/**
 * The OpenAPI 3.1 document of the Handoff API.
 * @param policy - the instance's policy: the create bodies' enums list only what it offers
 * @example
 * JSON.stringify(openApiDocument(getConfig().policy)); // what GET /api/openapi.json serves
 */
export function openApiDocument(policy: InstancePolicy = OPEN_POLICY) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Handoff API',
      version: '1',
      description:
        'Zero-knowledge, self-destructing secret sharing. Clients encrypt before upload (protocol v1); ' +
        'the server stores ciphertext and SHA-256 verifiers only. Every response carries ' +
        '`Cache-Control: no-store`. Binary fields are canonical base64url without padding. Guide: docs/api.md.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/secrets': {
        post: {
          operationId: 'createSecret',
          summary: 'Store an encrypted secret',
          description: 'The body is made by a client that encrypted the secret (lib/crypto `sealSecret`).',
          requestBody: { required: true, content: json('CreateSecretRequest') },
          responses: {
            '201': {
              description:
                'Stored. With `files`, the secret stays invisible until its parts are uploaded and committed.',
              content: json('CreateSecretResponse'),
            },
            ...errors('invalid_json', 'invalid_request', 'policy_violation', 'id_taken', 'payload_too_large'),
            ...errors('unsupported_media_type', ...SERVICE_ERRORS, 'store_full', 'uploads_paused'),
            ...errors('sign_in_required', 'cross_site'),
          },
        },
      },
      '/api/secrets/{id}': {
        parameters: [idParameter],
        get: {
          operationId: 'peekSecret',
          summary: "Read a secret's metadata without consuming a view",
          security: [{ linkProof: [] }],
          responses: {
            '200': {
              description: 'The secret exists and the link proof is right.',
              content: json('PeekSecretResponse'),
            },
            ...errors('invalid_request', 'unauthorized', 'not_found', ...SERVICE_ERRORS),
          },
        },
        delete: {
          operationId: 'revokeSecret',
          summary: 'Destroy a secret now (idempotent)',
          security: [{ manageToken: [] }],
          responses: {
            '204': { description: 'Revoked, or already gone while its receipt lives.' },
            ...errors('invalid_request', 'unauthorized', 'not_found', ...SERVICE_ERRORS),
          },
        },
      },
      '/api/secrets/{id}/reveal': {
        parameters: [idParameter],
        post: {
          operationId: 'revealSecret',
          summary: 'Release the ciphertext, consuming one view atomically',
          requestBody: { required: true, content: json('RevealSecretRequest') },
          responses: {
            '200': { description: 'One view released.', content: json('RevealSecretResponse') },
            '403': {
              description: `\`wrong_password\`: ${API_ERRORS.wrong_password.message} Nothing is consumed; at 0 attempts left the secret is destroyed.`,
              content: json('WrongPasswordResponse'),
            },
            ...errors('invalid_json', 'invalid_request', 'lease_required', 'not_found', 'payload_too_large'),
            ...errors('unsupported_media_type', ...SERVICE_ERRORS),
          },
        },
      },
      '/api/secrets/{id}/parts/{n}': {
        parameters: [idParameter, partParameter],
        put: {
          operationId: 'putPart',
          summary: 'Upload one part of the encrypted file stream of a pending secret (idempotent)',
          security: [{ manageToken: [] }],
          requestBody: {
            required: true,
            description: `Exactly the part's length: ${PART_BYTES} bytes, or the rest for the last part.`,
            content: binary,
          },
          responses: {
            '204': { description: 'Stored.' },
            ...errors('invalid_request', 'unauthorized', 'not_found', 'upload_committed', 'payload_too_large'),
            ...errors('unsupported_media_type', ...SERVICE_ERRORS, 'store_full', 'uploads_paused'),
          },
        },
        get: {
          operationId: 'getPart',
          summary: 'Download one part while the lease from the reveal lasts (never consumes)',
          security: [{ leaseToken: [] }],
          responses: {
            '200': { description: 'The part, as sent.', content: binary },
            ...errors('invalid_request', 'unauthorized', 'not_found', ...SERVICE_ERRORS),
          },
        },
      },
      '/api/secrets/{id}/commit': {
        parameters: [idParameter],
        post: {
          operationId: 'commitUpload',
          summary: 'Make a pending secret visible once every part is stored (idempotent); no body',
          security: [{ manageToken: [] }],
          responses: {
            '200': { description: 'Committed.', content: json('CommitUploadResponse') },
            '409': {
              description: `\`upload_incomplete\`: ${API_ERRORS.upload_incomplete.message} \`missing\` lists the part indices.`,
              content: json('UploadIncompleteResponse'),
            },
            ...errors('invalid_request', 'unauthorized', 'not_found', 'payload_too_large', ...SERVICE_ERRORS),
          },
        },
      },
      '/api/secrets/{id}/status': {
        parameters: [idParameter],
        get: {
          operationId: 'secretStatus',
          summary: "The sender's receipt: state, views used and when",
          security: [{ manageToken: [] }],
          responses: {
            '200': { description: 'The receipt.', content: json('SecretStatusResponse') },
            ...errors('invalid_request', 'unauthorized', 'not_found', ...SERVICE_ERRORS),
          },
        },
      },
      '/api/secrets/{id}/ending': {
        parameters: [idParameter],
        get: {
          operationId: 'secretEnding',
          summary:
            'How a secret that no longer opens ended (viewed, expired, revoked, locked), for the link holder; ' +
            'only while the sender kept a receipt',
          security: [{ linkProof: [] }],
          responses: {
            '200': { description: 'The ending.', content: json('SecretEndingResponse') },
            ...errors('invalid_request', 'unauthorized', 'not_found', ...SERVICE_ERRORS),
          },
        },
      },
      ...requestPaths({
        json,
        errors,
        service: SERVICE_ERRORS,
        idParameter,
        partParameter,
        binary,
        partBytes: PART_BYTES,
      }),
      ...authPaths({ errors, service: SERVICE_ERRORS }),
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Whether the store answers',
          responses: {
            '200': { description: 'Healthy.', content: json('HealthResponse') },
            '503': { description: 'The store does not answer.', content: json('HealthResponse') },
          },
        },
      },
      '/api/ready': {
        get: {
          operationId: 'ready',
          summary: 'Whether this instance should get traffic (for orchestrators and load balancers)',
          responses: {
            '200': { description: 'Ready.', content: json('ReadyResponse') },
            '503': { description: 'Shutting down, or the store does not answer.', content: json('ReadyResponse') },
          },
        },
      },
      '/api/policy': {
        get: {
          operationId: 'policy',
          summary: "This instance's policy: the lifetimes, view counts and limits a sender may choose",
          description: 'Public and the same for every client; cacheable for five minutes.',
          responses: { '200': { description: 'The policy.', content: json('PolicyResponse') } },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          summary: 'This document',
          responses: {
            '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    },
    components: {
      schemas: narrowed(componentSchemas(), policy),
      securitySchemes: {
        linkProof: {
          type: 'http',
          scheme: 'bearer',
          description: 'The link proof, HKDF(K, id, "handoff/v1/link"): proves possession of the share link.',
        },
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The manage token M from the manage link `/m#<id><M>`; the server stores only SHA-256(M).',
        },
        leaseToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The lease token T whose SHA-256 the reveal sent as `leaseVerifier`.',
        },
        ...REQUEST_SECURITY_SCHEMES,
        ...AUTH_SECURITY_SCHEMES,
      },
    },
  };
}
