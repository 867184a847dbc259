import { z } from 'zod';
import {
  ENVELOPE_CHAR_LENGTHS,
  ID_BYTES,
  KEY_BYTES,
  MAX_ENVELOPE_CHARS,
  PASSWORD_SALT_BYTES,
  SCRYPT_LOG2_N,
  SCRYPT_P,
  SCRYPT_R,
  isStreamPaddedLength,
} from '../protocol/v1';
import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '../policy';
import { base64urlField, choiceField, isCanonicalBase64url } from './fields';
import { answerSchema } from './request-fields';

/*
 * The HTTP contract of /api/secrets (docs/api.md), shared by the route
 * handlers and the clients. Objects are strict: an unknown key is a 400, so
 * nothing the client sends can ride along unvalidated.
 */

export const secretIdSchema = base64urlField(ID_BYTES);
/** 32-byte proofs and SHA-256 verifiers. */
export const digestSchema = base64urlField(KEY_BYTES);

export const kdfSchema = z.strictObject({
  name: z.literal('scrypt'),
  log2N: z.literal(SCRYPT_LOG2_N),
  r: z.literal(SCRYPT_R),
  p: z.literal(SCRYPT_P),
  salt: base64urlField(PASSWORD_SALT_BYTES),
});

export const envelopeSchema = z
  .string()
  .max(MAX_ENVELOPE_CHARS)
  .refine((s) => ENVELOPE_CHAR_LENGTHS.has(s.length), 'must be a padded v1 envelope')
  .refine(isCanonicalBase64url, 'must be canonical base64url without padding');

/**
 * A secret's files, as the sender declares them at create time: the padded
 * length of the file stream (docs/protocol.md §Files). The server also caps
 * it at streamPaddedLength(HANDOFF_MAX_FILE_BYTES).
 */
export const filesRequestSchema = z.strictObject({
  streamBytes: z.number().int().refine(isStreamPaddedLength, 'must be a padded stream length (streamPaddedLength)'),
});

/**
 * "Tell me when it is opened" (docs/api.md § Notifications): an email address or a webhook URL.
 * Which ones this server accepts is the operator's choice; the server answers 400 for the others.
 */
export const notifyRequestSchema = z.strictObject({
  to: z
    .string()
    .max(2048)
    .refine(
      (to) => z.email().safeParse(to).success || /^https?:\/\/[^\s]+$/i.test(to),
      'must be an email address or an http(s) URL',
    ),
});

export const createSecretRequestSchema = z
  .strictObject({
    id: secretIdSchema,
    envelope: envelopeSchema,
    linkVerifier: digestSchema,
    passwordVerifier: digestSchema.nullable(),
    kdf: kdfSchema.nullable(),
    ttlSeconds: choiceField(TTL_CHOICES_SECONDS),
    maxViews: choiceField(VIEW_CHOICES),
    manageVerifier: digestSchema.nullable().optional(),
    files: filesRequestSchema.nullable().optional(),
    notify: notifyRequestSchema.nullable().optional(),
  })
  .refine((b) => (b.passwordVerifier === null) === (b.kdf === null), {
    message: 'passwordVerifier and kdf must be given together',
    path: ['kdf'],
  })
  .refine((b) => !b.files || b.manageVerifier, {
    message: 'a secret with files needs a manageVerifier (its token authorises the upload)',
    path: ['manageVerifier'],
  })
  .refine((b) => !b.notify || b.manageVerifier, {
    message: 'notifications need a manageVerifier (the destination lives with the receipt)',
    path: ['manageVerifier'],
  });

/** Present for a secret with files: how many parts to PUT, and until when the commit may come. */
export const uploadSchema = z.strictObject({
  parts: z.number().int().positive(),
  expiresAt: z.iso.datetime(),
});

export const createSecretResponseSchema = z.strictObject({
  id: secretIdSchema,
  expiresAt: z.iso.datetime(),
  upload: uploadSchema.optional(),
});

export const peekSecretResponseSchema = z.strictObject({
  expiresAt: z.iso.datetime(),
  viewsLeft: z.number().int().positive(),
  kdf: kdfSchema.nullable(),
  /** Padded file stream length; null for a secret without files. */
  streamBytes: z.number().int().positive().nullable(),
});

export const revealSecretRequestSchema = z.strictObject({
  linkProof: digestSchema,
  passwordProof: digestSchema.nullable().optional(),
  /** SHA-256 of a fresh 32-byte lease token; required for a secret with files. */
  leaseVerifier: digestSchema.nullable().optional(),
});

/** The released secret's files: what the lease token may download, and until when. */
export const revealedFilesSchema = z.strictObject({
  streamBytes: z.number().int().positive(),
  parts: z.number().int().positive(),
  leaseExpiresAt: z.iso.datetime(),
});

export const revealSecretResponseSchema = z.strictObject({
  /** A v1 envelope; for a request's id, the answer (docs/protocol.md § Answer). */
  envelope: z.union([envelopeSchema, answerSchema]),
  viewsLeft: z.number().int().nonnegative(),
  files: revealedFilesSchema.nullable(),
});

/** POST /api/secrets/:id/commit */
export const commitUploadResponseSchema = z.strictObject({ expiresAt: z.iso.datetime() });

export const uploadIncompleteResponseSchema = z.strictObject({
  error: z.literal('upload_incomplete'),
  message: z.string(),
  missing: z.array(z.number().int().nonnegative()),
});

/** A part index in a path: canonical decimal (no sign, no leading zero), at most 6 digits. */
export const partIndexSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,5})$/, 'must be a part index: 0, 1, 2, …')
  .transform(Number);

export const secretStateSchema = z.enum(['active', 'viewed', 'expired', 'revoked', 'locked']);

/** The sender's receipt (GET /api/secrets/:id/status): never any ciphertext. */
export const secretStatusResponseSchema = z.strictObject({
  state: secretStateSchema,
  maxViews: z.number().int().positive(),
  viewsUsed: z.number().int().nonnegative(),
  viewedAt: z.array(z.iso.datetime()),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  hasPassword: z.boolean(),
  failedAttempts: z.number().int().nonnegative(),
});

/**
 * How a secret ended (GET /api/secrets/:id/ending with the link proof): only
 * for a secret whose sender kept a receipt, and only once it can no longer be opened.
 */
export const secretEndingResponseSchema = z.strictObject({
  ending: z.enum(['viewed', 'expired', 'revoked', 'locked']),
  endedAt: z.iso.datetime(),
});

export const wrongPasswordResponseSchema = z.strictObject({
  error: z.literal('wrong_password'),
  message: z.string(),
  attemptsLeft: z.number().int().nonnegative(),
});

export type CreateSecretRequest = z.infer<typeof createSecretRequestSchema>;
/** What a client sends; the server narrows it to CreateSecretRequest by validating. */
export type CreateSecretInput = z.input<typeof createSecretRequestSchema>;
export type CreateSecretResponse = z.infer<typeof createSecretResponseSchema>;
export type PeekSecretResponse = z.infer<typeof peekSecretResponseSchema>;
export type RevealSecretRequest = z.infer<typeof revealSecretRequestSchema>;
export type RevealSecretResponse = z.infer<typeof revealSecretResponseSchema>;
export type SecretKdf = z.infer<typeof kdfSchema>;
export type FilesRequest = z.infer<typeof filesRequestSchema>;
export type UploadInfo = z.infer<typeof uploadSchema>;
export type RevealedFiles = z.infer<typeof revealedFilesSchema>;
export type CommitUploadResponse = z.infer<typeof commitUploadResponseSchema>;
export type UploadIncompleteResponse = z.infer<typeof uploadIncompleteResponseSchema>;
export type SecretStatusResponse = z.infer<typeof secretStatusResponseSchema>;
export type SecretStateName = z.infer<typeof secretStateSchema>;
export type SecretEndingResponse = z.infer<typeof secretEndingResponseSchema>;
