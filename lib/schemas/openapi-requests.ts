import type { z } from 'zod';
import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { REQUEST_TTL_CHOICES_SECONDS } from '../policy/requests';
import { ANSWER_CHAR_LENGTHS, NOTE_CHAR_LENGTHS } from '../protocol/requests';
import type { ApiErrorCode } from './errors';
import {
  answerSchema,
  createRequestRequestSchema,
  createRequestResponseSchema,
  noteSchema,
  peekRequestResponseSchema,
  submitAnswerRequestSchema,
  submitAnswerResponseSchema,
} from './requests';

/*
 * The request part of the OpenAPI document (lib/schemas/openapi.ts builds it
 * with its own helpers): components, refinements and paths of /api/requests.
 */

export const REQUEST_COMPONENTS: [z.ZodType, string][] = [
  [noteSchema, 'Note'],
  [answerSchema, 'Answer'],
  [createRequestRequestSchema, 'CreateRequestRequest'],
  [createRequestResponseSchema, 'CreateRequestResponse'],
  [peekRequestResponseSchema, 'PeekRequestResponse'],
  [submitAnswerRequestSchema, 'SubmitAnswerRequest'],
  [submitAnswerResponseSchema, 'SubmitAnswerResponse'],
];

const BASE64URL = '^[A-Za-z0-9_-]*$';

export const REQUEST_REFINEMENTS: [unknown, Record<string, unknown>][] = [
  [
    noteSchema,
    {
      pattern: BASE64URL,
      description:
        "The request's note: a v1 envelope under the note key (docs/protocol.md § Note); its length is one of: " +
        `${[...NOTE_CHAR_LENGTHS].join(', ')} characters.`,
    },
  ],
  [
    answerSchema,
    {
      pattern: BASE64URL,
      description:
        'An answer: version || HPKE enc || ciphertext || tag (docs/protocol.md § Answer); its length is one of: ' +
        `${[...ANSWER_CHAR_LENGTHS].join(', ')} characters.`,
    },
  ],
  [
    createRequestRequestSchema.shape.ttlSeconds,
    { enum: [...REQUEST_TTL_CHOICES_SECONDS], description: 'How long the request takes an answer, in seconds.' },
  ],
  [
    createRequestRequestSchema.shape.answerTtlSeconds,
    { enum: [...TTL_CHOICES_SECONDS], description: 'How long the answer is kept once it arrives, in seconds.' },
  ],
  [
    createRequestRequestSchema.shape.maxViews,
    { enum: [...VIEW_CHOICES], description: 'How many reveals of the answer are allowed.' },
  ],
];

/** The helpers of lib/schemas/openapi.ts that the paths need. */
export type PathHelpers = {
  json: (id: string) => unknown;
  errors: (...codes: ApiErrorCode[]) => Record<string, unknown>;
  service: ApiErrorCode[];
  idParameter: unknown;
  partParameter: unknown;
  binary: unknown;
  partBytes: number;
};

export function requestPaths(h: PathHelpers) {
  const { json, errors, service } = h;
  return {
    '/api/requests': {
      post: {
        operationId: 'createRequest',
        summary: 'Ask for a secret: store a request (verifiers and the encrypted note)',
        description:
          "The body is made by the requester's client (lib/crypto `sealRequest`); it carries no key, no public " +
          'key and no proof. With `notify: {"to": …}` the server tells that email address or webhook once the ' +
          'request is answered (event `answered`), or once its deadline passes without an answer (event ' +
          '`expired_unanswered`; docs/deploy.md § Notifications): a destination this server does ' +
          'not send to is a 400 `invalid_request` on `notify.to`.',
        requestBody: { required: true, content: json('CreateRequestRequest') },
        responses: {
          '201': {
            description: 'Stored; open for one answer until `expiresAt`.',
            content: json('CreateRequestResponse'),
          },
          ...errors('invalid_json', 'invalid_request', 'policy_violation', 'id_taken', 'payload_too_large'),
          ...errors('unsupported_media_type'),
          ...errors(...service, 'store_full'),
          ...errors('sign_in_required', 'cross_site'),
        },
      },
    },
    '/api/requests/{id}': {
      parameters: [h.idParameter],
      get: {
        operationId: 'peekRequest',
        summary: "A request's state, and its note for the submit or collect proof (never consumes)",
        security: [{ submitProof: [] }, { collectProof: [] }, { manageToken: [] }],
        responses: {
          '200': {
            description: 'The request; `note` is null for the manage token.',
            content: json('PeekRequestResponse'),
          },
          ...errors('invalid_request', 'unauthorized', 'not_found', ...service),
        },
      },
      delete: {
        operationId: 'revokeRequest',
        summary: 'Close a request and burn its answer, if any (idempotent)',
        security: [{ manageToken: [] }],
        responses: {
          '204': { description: 'Revoked.' },
          ...errors('invalid_request', 'unauthorized', 'not_found', ...service),
        },
      },
    },
    '/api/requests/{id}/answer': {
      parameters: [h.idParameter],
      post: {
        operationId: 'submitAnswer',
        summary: 'Answer a request: the first valid answer wins; it is then read as the secret under this id',
        description:
          'The answer is stored as a secret under the request id, read with the collect proof as link proof ' +
          '(POST /api/secrets/{id}/reveal, parts with a lease), its receipt and revocation with the manage ' +
          'token (GET /api/secrets/{id}/status, DELETE /api/secrets/{id}). With `files` it is pending until ' +
          'its parts are uploaded and committed with the upload token.',
        security: [{ submitProof: [] }],
        requestBody: { required: true, content: json('SubmitAnswerRequest') },
        responses: {
          '201': { description: 'Accepted.', content: json('SubmitAnswerResponse') },
          ...errors('invalid_json', 'invalid_request', 'unauthorized', 'not_found', 'request_closed'),
          ...errors('payload_too_large', 'unsupported_media_type', ...service, 'store_full', 'uploads_paused'),
        },
      },
    },
    '/api/requests/{id}/answer/parts/{n}': {
      parameters: [h.idParameter, h.partParameter],
      put: {
        operationId: 'putAnswerPart',
        summary: "Upload one part of a pending answer's encrypted file stream (idempotent)",
        security: [{ uploadToken: [] }],
        requestBody: {
          required: true,
          description: `Exactly the part's length: ${h.partBytes} bytes, or the rest for the last part.`,
          content: h.binary,
        },
        responses: {
          '204': { description: 'Stored.' },
          ...errors('invalid_request', 'unauthorized', 'not_found', 'upload_committed', 'payload_too_large'),
          ...errors('unsupported_media_type', ...service, 'store_full', 'uploads_paused'),
        },
      },
    },
    '/api/requests/{id}/answer/commit': {
      parameters: [h.idParameter],
      post: {
        operationId: 'commitAnswer',
        summary: 'Make a pending answer readable once every part is stored (idempotent); no body',
        security: [{ uploadToken: [] }],
        responses: {
          '200': { description: 'Committed.', content: json('CommitUploadResponse') },
          '409': {
            description: '`upload_incomplete`: `missing` lists the part indices.',
            content: json('UploadIncompleteResponse'),
          },
          ...errors('invalid_request', 'unauthorized', 'not_found', 'payload_too_large', ...service),
        },
      },
    },
  };
}

export const REQUEST_SECURITY_SCHEMES = {
  submitProof: {
    type: 'http',
    scheme: 'bearer',
    description: 'The submit proof, from the request link (docs/protocol.md § Key tree): peek and answer.',
  },
  collectProof: {
    type: 'http',
    scheme: 'bearer',
    description: 'The collect proof, from the owner link: peek; as `linkProof`, reveal the answer.',
  },
  uploadToken: {
    type: 'http',
    scheme: 'bearer',
    description: "The responder's upload token U whose SHA-256 the answer sent as `uploadVerifier`.",
  },
};
