import { z } from 'zod';
import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { REQUEST_TTL_CHOICES_SECONDS } from '../policy/requests';
import { choiceField } from './fields';
import { answerSchema, noteSchema } from './request-fields';
import { digestSchema, filesRequestSchema, notifyRequestSchema, secretIdSchema, uploadSchema } from './secrets';

export { answerSchema, noteSchema };

/*
 * The HTTP contract of /api/requests (docs/api.md § Requests), shared by the
 * route handlers and the clients. Strict objects, as for secrets. The answer
 * is a secret under the request's id: it is read, burned, receipted and
 * revoked through /api/secrets/{id}/… with the collect proof and the manage token.
 */

export const requestIdSchema = secretIdSchema;

/** POST /api/requests: the id, the three verifiers and the note envelope; never a key or a public key. */
export const createRequestRequestSchema = z.strictObject({
  id: requestIdSchema,
  note: noteSchema,
  submitVerifier: digestSchema,
  collectVerifier: digestSchema,
  manageVerifier: digestSchema,
  ttlSeconds: choiceField(REQUEST_TTL_CHOICES_SECONDS),
  answerTtlSeconds: choiceField(TTL_CHOICES_SECONDS),
  maxViews: choiceField(VIEW_CHOICES),
  /** Optional: where to say "answered" (docs/deploy.md § Notifications); the server's checks apply. */
  notify: notifyRequestSchema.nullable().optional(),
});

export const createRequestResponseSchema = z.strictObject({
  id: requestIdSchema,
  expiresAt: z.iso.datetime(),
});

export const requestStateSchema = z.enum(['open', 'uploading', 'answered', 'revoked']);

/** GET /api/requests/:id: what the proof's holder may know. `note` is null for the manage token. */
export const peekRequestResponseSchema = z.strictObject({
  state: requestStateSchema,
  note: noteSchema.nullable(),
  createdAt: z.iso.datetime(),
  /** Until when an answer is accepted. */
  expiresAt: z.iso.datetime(),
  answerTtlSeconds: z.number().int().positive(),
  maxViews: z.number().int().positive(),
  answeredAt: z.iso.datetime().nullable(),
  /** Padded file stream length of the answer (uploading or answered); null without files. */
  streamBytes: z.number().int().positive().nullable(),
});

/** POST /api/requests/:id/answer, with the submit proof as bearer. */
export const submitAnswerRequestSchema = z
  .strictObject({
    answer: answerSchema,
    files: filesRequestSchema.nullable().optional(),
    /** SHA-256 of a fresh 32-byte upload token; required with files (it authorises the parts and the commit). */
    uploadVerifier: digestSchema.nullable().optional(),
  })
  .refine((b) => !b.files === !b.uploadVerifier, {
    message: 'files and uploadVerifier must be given together',
    path: ['uploadVerifier'],
  });

export const submitAnswerResponseSchema = z.strictObject({
  /** When the answer expires. */
  expiresAt: z.iso.datetime(),
  upload: uploadSchema.optional(),
});

export type CreateRequestRequest = z.infer<typeof createRequestRequestSchema>;
export type CreateRequestInput = z.input<typeof createRequestRequestSchema>;
export type CreateRequestResponse = z.infer<typeof createRequestResponseSchema>;
export type PeekRequestResponse = z.infer<typeof peekRequestResponseSchema>;
export type RequestStateName = z.infer<typeof requestStateSchema>;
export type SubmitAnswerRequest = z.input<typeof submitAnswerRequestSchema>;
export type SubmitAnswerResponse = z.infer<typeof submitAnswerResponseSchema>;
