import { z } from 'zod';
import { ANSWER_CHAR_LENGTHS, MAX_ANSWER_CHARS, MAX_NOTE_CHARS, NOTE_CHAR_LENGTHS } from '../protocol/requests';
import { isCanonicalBase64url } from './fields';

/*
 * The two ciphertexts of requests (docs/protocol.md § Requests), checked by
 * length and alphabet only: the server never decrypts either.
 */

/** A request's note envelope: 380, 1 404 or 5 500 base64url characters. */
export const noteSchema = z
  .string()
  .max(MAX_NOTE_CHARS)
  .refine((s) => NOTE_CHAR_LENGTHS.has(s.length), 'must be a padded note envelope')
  .refine(isCanonicalBase64url, 'must be canonical base64url without padding');

/** An answer: version || enc || HPKE ciphertext, padded payload + 49 bytes. */
export const answerSchema = z
  .string()
  .max(MAX_ANSWER_CHARS)
  .refine((s) => ANSWER_CHAR_LENGTHS.has(s.length), 'must be a padded answer')
  .refine(isCanonicalBase64url, 'must be canonical base64url without padding');
